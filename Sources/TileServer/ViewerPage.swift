import Chronology
import Foundation
import GeoJSON
import Scene
import Style

/// The viewer: one self-contained HTML page (Leaflet comes from this server, so it works with no
/// internet) with the map of a day, a slider over the key dates and a date field, the style's legend,
/// the events of the day with their sources, and the data's attribution.
enum ViewerPage {
    /// The page.
    /// - Parameters:
    ///   - dataset: the data set (title, dates, version, attribution, event kinds).
    ///   - style: the style the tiles are drawn with: the legend is read from its layers.
    ///   - extent: the area the map opens on.
    ///   - zooms: the zooms the tiles exist at.
    static func html(dataset: Dataset, style: Style, extent: BoundingBox, zooms: ClosedRange<Int>) -> String {
        let region = dataset.region
        let drawableDays = dataset.keyDates.filter(\.isDrawable).map(\.day)
        let openingDay = drawableDays.last { $0 <= region.asOf } ?? region.firstDate
        let eventKinds = orderedEventKinds(in: dataset)
        let config: JSONValue = [
            "title": .string(region.title),
            "region": .string(region.id),
            "version": .string(region.version),
            "first_date": .string(region.firstDate.description),
            "as_of": .string(region.asOf.description),
            "opening_date": .string(openingDay.description),
            "bounds": .array([extent.southWest.longitude, extent.southWest.latitude, extent.northEast.longitude, extent.northEast.latitude]
                .map { .number($0) }),
            "min_zoom": .number(Double(zooms.lowerBound)),
            "max_zoom": .number(Double(zooms.upperBound)),
            "attribution": .string("Chronomap data \(region.version) (as of \(region.asOf)); sources cited per feature; \(licenceName(region.licence))"),
            "symbols": .object(JSONObject(eventKinds.map { kind in
                let symbol = EventSymbol.forKind(kind)
                return (kind, ["glyph": .string(symbol.glyph), "color": .string(symbol.color.description), "label": .string(symbol.label)])
            })),
        ]
        // `</` inside a script element would end it early.
        let configText = JSONTextWriter.string(config).replacingOccurrences(of: "</", with: "<\\/")
        let title = escaped("\(region.title) on a date · Chronomap")
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title)</title>
            <link rel="stylesheet" href="/leaflet/leaflet.css">
            <style>\(css)</style>
            </head>
            <body>
            <header>
              <h1>\(escaped(region.title)) <span id="date-label" aria-live="polite"></span></h1>
              <form id="date-controls" onsubmit="return false">
                <button type="button" id="previous-date" title="Previous key date">&#9664;</button>
                <label for="date-slider" class="hidden-label">Key date</label>
                <input type="range" id="date-slider" min="0" max="\(max(0, drawableDays.count - 1))" step="1" value="\(max(0, drawableDays.count - 1))">
                <button type="button" id="next-date" title="Next key date">&#9654;</button>
                <label for="date-input">Date</label>
                <input type="date" id="date-input" min="\(region.firstDate)" value="\(openingDay)" required>
              </form>
            </header>
            <main>
              <div id="map" role="region" aria-label="Map"></div>
              <aside>
                <p id="notice" hidden></p>
                <section id="changes-section" hidden>
                  <h2>Changes on this date</h2>
                  <ul id="changes"></ul>
                </section>
                <section>
                  <h2>Events</h2>
                  <p class="muted" id="events-window"></p>
                  <ul id="events"></ul>
                </section>
                <section id="legend" class="legend-panel" aria-label="Legend">
                  \(legend(style: style, eventKinds: eventKinds))
                </section>
                <footer>
                  <p>Data \(escaped(region.version)), as of \(region.asOf). \(escaped(region.attribution))</p>
                  <p>Licence: \(escaped(region.licence))</p>
                  <p class="muted">Tiles: <code>/tiles/{date}/{z}/{x}/{y}.png</code> (TileJSON at <code>/tiles/{date}.json</code>);
                  GeoJSON of a day: <code>/export/{date}.geojson</code>.</p>
                </footer>
              </aside>
            </main>
            <noscript><p class="notice">The map needs JavaScript.</p></noscript>
            <script src="/leaflet/leaflet.js"></script>
            <script type="application/json" id="chronomap-config">\(configText)</script>
            <script>\(script)</script>
            </body>
            </html>

            """
    }

    /// The legend: every style layer with a legend entry, by group, with a swatch drawn as the
    /// style draws it; then the event kinds of the data with their symbols. The viewer shows it on the map.
    static func legend(style: Style, eventKinds: [String]) -> String {
        var groups: [(name: String, rows: [String])] = []
        for layer in style.layers {
            guard let entry = layer.legend, let swatch = swatch(for: layer) else { continue }
            let row = "<li>\(swatch)<span>\(escaped(entry.label))</span></li>"
            if let index = groups.firstIndex(where: { $0.name == entry.group }) {
                groups[index].rows.append(row)
            } else {
                groups.append((entry.group, [row]))
            }
        }
        if !eventKinds.isEmpty {
            let rows = eventKinds.map { kind in
                let symbol = EventSymbol.forKind(kind)
                return "<li><span class=\"glyph\" style=\"color:\(symbol.color)\">\(escaped(symbol.glyph))</span><span>\(escaped(symbol.label))</span></li>"
            }
            groups.append(("Event kinds", rows))
        }
        func section(_ group: (name: String, rows: [String])) -> String {
            "<h3>\(escaped(group.name))</h3><ul class=\"legend\">\(group.rows.joined())</ul>"
        }
        // The first group (who held what, in the default style) stays in sight; the rest folds away so
        // the legend does not cover the map.
        guard let first = groups.first else { return "" }
        let rest = groups.dropFirst().map(section).joined()
        return section(first) + (rest.isEmpty ? "" : "<details><summary>More</summary>\(rest)</details>")
    }

    /// A 28×16 SVG swatch of a layer: a filled box (hatched, if the layer hatches), a line, or a marker.
    static func swatch(for layer: StyleLayer) -> String? {
        let open = "<svg class=\"swatch\" width=\"28\" height=\"16\" viewBox=\"0 0 28 16\" aria-hidden=\"true\">"
        switch layer.type {
        case .fill:
            let fill = layer.color("fill-color", default: .white)!
            let opacity = layer.number("fill-opacity", default: 1)
            let outline = layer.color("fill-outline-color").map { " stroke=\"\($0)\"" } ?? " stroke=\"#9a9a9a\""
            var svg = open + "<rect x=\"1\" y=\"1\" width=\"26\" height=\"14\" fill=\"\(fill)\" fill-opacity=\"\(opacity)\"\(outline)/>"
            if let hatch = layer.color("chronomap-hatch-color") {
                let spacing = layer.number("chronomap-hatch-spacing", default: 7) * 0.8
                let angle = layer.number("chronomap-hatch-angle", default: 45)
                let width = layer.number("chronomap-hatch-width", default: 1)
                let pattern = "hatch-" + layer.id.filter { $0.isLetter || $0.isNumber || $0 == "-" }
                svg += "<defs><pattern id=\"\(pattern)\" width=\"\(spacing)\" height=\"\(spacing)\" patternUnits=\"userSpaceOnUse\" "
                    + "patternTransform=\"rotate(\(angle))\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"\(spacing)\" stroke=\"\(hatch)\" "
                    + "stroke-width=\"\(width)\"/></pattern></defs><rect x=\"1\" y=\"1\" width=\"26\" height=\"14\" fill=\"url(#\(pattern))\"/>"
            }
            return svg + "</svg>"
        case .line:
            let color = layer.color("line-color", default: .black)!
            let width = layer.number("line-width", default: 1)
            let opacity = layer.number("line-opacity", default: 1)
            let dashes = layer.numbers("line-dasharray").map { String($0 * width) }.joined(separator: " ")
            var svg = open
            if let casing = layer.color("chronomap-casing-color") {
                let casingWidth = layer.number("chronomap-casing-width", default: width + 2)
                svg += "<line x1=\"2\" y1=\"8\" x2=\"26\" y2=\"8\" stroke=\"\(casing)\" stroke-width=\"\(casingWidth)\"/>"
            }
            svg += "<line x1=\"2\" y1=\"8\" x2=\"26\" y2=\"8\" stroke=\"\(color)\" stroke-width=\"\(width)\" stroke-opacity=\"\(opacity)\""
                + (dashes.isEmpty ? "" : " stroke-dasharray=\"\(dashes)\"") + "/>"
            return svg + "</svg>"
        case .circle:
            let color = layer.color("circle-color", default: .black)!
            let radius = layer.number("circle-radius", default: 3)
            let stroke = layer.color("circle-stroke-color", default: .white)!
            let strokeWidth = layer.number("circle-stroke-width", default: 0)
            return open + "<circle cx=\"14\" cy=\"8\" r=\"\(radius)\" fill=\"\(color)\" stroke=\"\(stroke)\" stroke-width=\"\(strokeWidth)\"/></svg>"
        case .background, .symbol:
            return nil
        }
    }

    /// The kinds of the data's drawable events, in the order they first happen: a legend of what
    /// the data holds, not of every kind the format allows.
    static func orderedEventKinds(in dataset: Dataset) -> [String] {
        var kinds: [String] = []
        let events = dataset.features(in: .events).filter { ($0.eventDate ?? dataset.region.firstDate) >= dataset.region.firstDate }
        for event in events.sorted(by: { ($0.eventDate!, $0.id) < ($1.eventDate!, $1.id) }) where !kinds.contains(event.kind) {
            kinds.append(event.kind)
        }
        return kinds
    }

    /// A licence's name for the map's attribution line: its text up to the first colon or parenthesis
    /// ("CC BY 4.0"); the page's footer gives it whole.
    static func licenceName(_ licence: String) -> String {
        licence.prefix { $0 != ":" && $0 != "(" }.trimmingCharacters(in: .whitespaces)
    }

    /// Text made safe for HTML element content and quoted attribute values.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    static let css = """
        html, body { margin: 0; height: 100%; font: 14px/1.4 system-ui, "DejaVu Sans", sans-serif; color: #1c1c1c; }
        body { display: flex; flex-direction: column; }
        header { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 24px; padding: 8px 14px; border-bottom: 1px solid #9a9a9a; background: #f7f5ef; }
        h1 { font-size: 20px; margin: 0; font-weight: 600; }
        #date-label { font-weight: 400; color: #5c5c5c; }
        #date-controls { display: flex; align-items: center; gap: 8px; flex: 1; min-width: 320px; }
        #date-slider { flex: 1; min-width: 160px; }
        .hidden-label { position: absolute; left: -10000px; }
        main { flex: 1; display: flex; min-height: 0; }
        #map { flex: 1; min-height: 300px; background: #d5e5ef; }
        aside { width: 360px; overflow-y: auto; padding: 4px 14px 14px; border-left: 1px solid #9a9a9a; background: #fff; }
        h2 { font-size: 15px; margin: 14px 0 6px; }
        h3 { font-size: 13px; margin: 10px 0 4px; color: #5c5c5c; }
        ul { padding-left: 0; list-style: none; margin: 0; }
        #events li, #changes li { margin: 0 0 10px; }
        .legend li { display: flex; align-items: center; gap: 8px; margin: 2px 0; }
        .legend-panel { background: rgba(255, 255, 255, 0.93); border: 1px solid #9a9a9a; border-radius: 4px; padding: 2px 10px 6px;
          max-height: 55vh; overflow-y: auto; font-size: 12.5px; line-height: 1.3; }
        .leaflet-control .legend-panel, .legend-panel.leaflet-control { margin-bottom: 18px; }
        .legend-panel h3 { margin: 6px 0 2px; }
        .legend-panel summary { cursor: pointer; color: #5c5c5c; margin-top: 4px; }
        .swatch { flex: none; }
        .glyph { display: inline-block; width: 28px; text-align: center; font-size: 16px; flex: none; }
        .muted, .meta { color: #5c5c5c; font-size: 12px; }
        .note { font-style: italic; }
        .sources a { margin-right: 6px; word-break: break-all; }
        #notice { background: #fff4d6; border: 1px solid #e0c36a; padding: 6px 8px; }
        #notice.error { background: #fde2e2; border-color: #d08080; }
        footer { margin-top: 18px; color: #5c5c5c; font-size: 12px; }
        @media (max-width: 800px) { main { flex-direction: column; } aside { width: auto; border-left: 0; border-top: 1px solid #9a9a9a; } #map { min-height: 55vh; } }
        """

    static let script = #"""
        (function () {
          'use strict';
          var config = JSON.parse(document.getElementById('chronomap-config').textContent);
          var slider = document.getElementById('date-slider');
          var dateInput = document.getElementById('date-input');
          var dateLabel = document.getElementById('date-label');
          var notice = document.getElementById('notice');
          var changesSection = document.getElementById('changes-section');
          var changesList = document.getElementById('changes');
          var eventsList = document.getElementById('events');
          var eventsWindow = document.getElementById('events-window');
          var months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
          var keyDates = [];
          var current = null;

          var b = config.bounds;
          var map = L.map('map', { minZoom: config.min_zoom, maxZoom: config.max_zoom });
          map.fitBounds([[b[1], b[0]], [b[3], b[2]]]);
          map.attributionControl.setPrefix('Leaflet');
          var tiles = null;
          var tilesDate = null;
          var legend = L.control({ position: 'bottomleft' });
          legend.onAdd = function () {
            var panel = document.getElementById('legend');
            L.DomEvent.disableClickPropagation(panel);
            L.DomEvent.disableScrollPropagation(panel);
            return panel;
          };
          legend.addTo(map);

          function isDate(text) { return /^\d{4}-\d{2}-\d{2}$/.test(text) && !isNaN(Date.parse(text + 'T00:00:00Z')); }
          function longDate(text) {
            var parts = text.split('-');
            return Number(parts[2]) + ' ' + months[Number(parts[1]) - 1] + ' ' + parts[0];
          }
          function template(date) {
            return '/tiles/' + date + '/{z}/{x}/{y}{r}.png?v=' + encodeURIComponent(config.version);
          }
          function element(tag, className, text) {
            var node = document.createElement(tag);
            if (className) { node.className = className; }
            if (text !== undefined) { node.textContent = text; }
            return node;
          }
          function say(text, isError) {
            notice.hidden = !text;
            notice.textContent = text || '';
            notice.className = isError ? 'error' : '';
          }
          function keyIndexAtOrBefore(date) {
            var found = -1;
            for (var i = 0; i < keyDates.length; i++) { if (keyDates[i].date <= date) { found = i; } }
            return found;
          }

          function showDate(date) {
            if (!isDate(date)) { say(date + ' is not a date of the form YYYY-MM-DD', true); return; }
            if (date < config.first_date) { say('control data starts on ' + config.first_date + '; ' + date + ' is before it', true); return; }
            current = date;
            dateInput.value = date;
            var index = keyIndexAtOrBefore(date);
            if (index >= 0) { slider.value = String(index); }
            var keyDate = index >= 0 && keyDates[index].date === date ? keyDates[index] : null;
            dateLabel.textContent = longDate(date) + (keyDate || keyDates.length === 0 ? '' : ' (between key dates)');
            if (tiles && tilesDate !== date) {
              tiles.setUrl(template(date));
            } else if (!tiles) {
              tiles = L.tileLayer(template(date), { minZoom: config.min_zoom, maxZoom: config.max_zoom, attribution: config.attribution }).addTo(map);
            }
            tilesDate = date;
            if (location.hash !== '#' + date) { history.replaceState(null, '', '#' + date); }
            say(date > config.as_of ? 'Data as of ' + config.as_of + ': the map shows the last known state.' : '', false);
            showChanges(keyDate);
            loadEvents(date);
          }

          function showChanges(keyDate) {
            changesList.textContent = '';
            changesSection.hidden = !keyDate || keyDate.changes.length === 0;
            if (!keyDate) { return; }
            keyDate.changes.forEach(function (change) {
              if (change.kind === 'happens') { return; }
              changesList.appendChild(element('li', '', (change.kind === 'begins' ? 'Begins: ' : 'Ends: ') + change.summary));
            });
            changesSection.hidden = changesList.children.length === 0;
          }

          function sourceNode(source) {
            if (/^https?:\/\//.test(source)) {
              var link = element('a', '', source.replace(/^https?:\/\/(www\.)?/, '').split('/')[0]);
              link.href = source;
              link.title = source;
              link.target = '_blank';
              link.rel = 'noopener noreferrer';
              return link;
            }
            return element('span', '', source + ' ');
          }

          function loadEvents(date) {
            fetch('/events/' + date + '.json').then(function (response) {
              if (!response.ok) { return response.text().then(function (text) { throw new Error(text); }); }
              return response.json();
            }).then(function (payload) {
              if (current !== date) { return; }
              eventsWindow.textContent = 'On ' + longDate(date) + ' and the ' + payload.events_window_days + ' days before.';
              eventsList.textContent = '';
              if (payload.events.length === 0) { eventsList.appendChild(element('li', 'muted', 'The data has no events on these days.')); }
              payload.events.forEach(function (event) {
                var item = element('li', 'event');
                var symbol = config.symbols[event.kind] || { glyph: '\u25CF', color: '#444444', label: event.kind };
                var heading = element('div');
                var glyph = element('span', 'glyph', symbol.glyph);
                glyph.style.color = symbol.color;
                glyph.title = symbol.label;
                heading.appendChild(glyph);
                heading.appendChild(element('strong', '', event.title));
                item.appendChild(heading);
                var when = event.date + (event.time ? ' ' + event.time + ' (UTC+4)' : '');
                if (event.days_before > 0) { when += ', ' + event.days_before + (event.days_before === 1 ? ' day' : ' days') + ' before'; }
                item.appendChild(element('div', 'meta', symbol.label + ' · ' + when + (event.accuracy === 'approximate' ? ' · approximate place' : '')));
                if (event.description) { item.appendChild(element('div', '', event.description)); }
                if (event.note) { item.appendChild(element('div', 'note', event.note)); }
                var sources = element('div', 'sources meta', 'Sources: ');
                event.sources.forEach(function (source) { sources.appendChild(sourceNode(source)); });
                item.appendChild(sources);
                eventsList.appendChild(item);
              });
            }).catch(function (error) {
              if (current === date) { say('Cannot load the events: ' + error.message, true); }
            });
          }

          function step(direction) {
            if (keyDates.length === 0 || !current) { return; }
            var target = null;
            for (var i = 0; i < keyDates.length; i++) {
              var date = keyDates[i].date;
              if (direction < 0 && date < current) { target = date; }
              if (direction > 0 && date > current && target === null) { target = date; }
            }
            if (target) { showDate(target); }
          }

          slider.addEventListener('input', function () {
            var keyDate = keyDates[Number(slider.value)];
            if (keyDate) { dateLabel.textContent = longDate(keyDate.date); }
          });
          slider.addEventListener('change', function () {
            var keyDate = keyDates[Number(slider.value)];
            if (keyDate) { showDate(keyDate.date); }
          });
          dateInput.addEventListener('change', function () { if (dateInput.value) { showDate(dateInput.value); } });
          document.getElementById('previous-date').addEventListener('click', function () { step(-1); });
          document.getElementById('next-date').addEventListener('click', function () { step(1); });
          window.addEventListener('hashchange', function () {
            var date = location.hash.slice(1);
            if (date !== current) { showDate(date); }
          });

          var requested = location.hash.slice(1);
          showDate(isDate(requested) ? requested : config.opening_date);
          fetch('/dates.json').then(function (response) { return response.json(); }).then(function (payload) {
            keyDates = payload.dates;
            slider.max = String(Math.max(0, keyDates.length - 1));
            showDate(current || config.opening_date);
          }).catch(function (error) { say('Cannot load the key dates: ' + error.message, true); });
        })();
        """#
}
