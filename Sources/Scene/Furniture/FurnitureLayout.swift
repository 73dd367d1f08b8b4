import Chronology
import Foundation
import GeoJSON
import Geodesy
import Projection
import Style

/// The map furniture: title and subtitle, legend (built from what is drawn), the list of the day's
/// events, scale bar, north arrow, locator inset and attribution footer. Each piece has a box that
/// labels must keep out of.
struct FurnitureLayout {
    let state: BuildState
    let title: String
    let subtitle: String
    let markerLayerIDs: Set<String>
    private(set) var boxes: [String: PixelRect] = [:]
    private(set) var legend: [LegendLine] = []
    private var items: [SceneItem] = []

    let k: Double
    let padding: Double
    let panel: StyleColor
    let panelBorder: StyleColor
    let ink: StyleColor
    let muted: StyleColor
    var width: Double { state.options.width }
    var height: Double { state.options.height }

    init(state: BuildState, title: String, subtitle: String, markerLayerIDs: Set<String>) {
        self.state = state
        self.title = title
        self.subtitle = subtitle
        self.markerLayerIDs = markerLayerIDs
        k = state.furnitureScale
        padding = 12 * k
        let style = state.style
        panel = style.furnitureColor("panel-color", default: StyleColor(red: 1, green: 1, blue: 1, alpha: 0.92))
        panelBorder = style.furnitureColor("panel-border-color", default: StyleColor(red: 0.6, green: 0.6, blue: 0.6))
        ink = style.furnitureColor("text-color", default: StyleColor(red: 0.1, green: 0.1, blue: 0.1))
        muted = style.furnitureColor("muted-text-color", default: StyleColor(red: 0.38, green: 0.38, blue: 0.38))
    }

    mutating func build() -> [SceneItem] {
        header()
        footer()
        inset()
        let legendBox = legendPanel()
        let eventsBox = eventsPanel(rightLimit: (legendBox?.minX ?? width) - padding)
        scaleBarAndNorthArrow(above: eventsBox)
        return items
    }

    // MARK: Text helpers

    func measure(_ text: String, _ role: String, _ size: Double) -> TextMetrics { state.builder.measurer.measure(text, fontRole: role, size: size) }

    mutating func text(_ string: String, x: Double, baseline: Double, role: String = "regular", size: Double, color: StyleColor, name: String) {
        let metrics = measure(string, role, size)
        items.append(.text(.init(string: string, origin: PixelPoint(x: x, y: baseline), fontRole: role, size: size, color: color,
                                 halo: nil, haloWidth: 0, box: metrics.inkBox.offsetBy(dx: x, dy: baseline), layerID: "furniture:\(name)")))
    }

    /// Words wrapped into lines no wider than `maxWidth`, at most `maxLines` (the last one ends with "…" if cut).
    func wrap(_ text: String, role: String, size: Double, maxWidth: Double, maxLines: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let attempt = current.isEmpty ? String(word) : current + " " + word
            if measure(attempt, role, size).advance <= maxWidth || current.isEmpty {
                current = attempt
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        if lines.count > maxLines {
            lines = Array(lines.prefix(maxLines))
            var last = lines[maxLines - 1]
            while !last.isEmpty, measure(last + "\u{2026}", role, size).advance > maxWidth { last = String(last.dropLast()) }
            lines[maxLines - 1] = last.trimmingCharacters(in: .whitespaces) + "\u{2026}"
        }
        return lines
    }

    mutating func panelRect(_ rect: PixelRect, name: String, border: Bool = true) {
        items.append(.rect(.init(rect: rect, fill: panel, stroke: border ? panelBorder : nil, strokeWidth: border ? 1 : 0, dash: [], hatch: nil)))
        boxes[name] = rect
    }

    // MARK: Pieces

    mutating func header() {
        let titleSize = state.style.furnitureNumber("title-size", default: 30) * k
        let subtitleSize = state.style.furnitureNumber("subtitle-size", default: 16) * k
        panelRect(PixelRect(x: 0, y: 0, width: width, height: state.headerHeight), name: "header", border: false)
        items.append(.stroke(.init(paths: [[PixelPoint(x: 0, y: state.headerHeight), PixelPoint(x: width, y: state.headerHeight)]], isClosed: false,
                                   color: panelBorder, width: 1, dash: [], casing: nil, arrowhead: false, roundCaps: false, layerID: "furniture:header")))
        var baseline = padding + titleSize * 0.95
        text(title, x: padding * 1.5, baseline: baseline, role: "bold", size: titleSize, color: ink, name: "title")
        baseline += titleSize * 0.45
        for line in wrap(subtitle, role: "regular", size: subtitleSize, maxWidth: width - padding * 3, maxLines: 2) {
            baseline += subtitleSize * 1.35
            text(line, x: padding * 1.5, baseline: baseline, size: subtitleSize, color: muted, name: "subtitle")
        }
    }

    mutating func footer() {
        let size = state.style.furnitureNumber("footer-size", default: 11) * k
        let top = height - state.footerHeight
        panelRect(PixelRect(x: 0, y: top, width: width, height: state.footerHeight), name: "footer", border: false)
        items.append(.stroke(.init(paths: [[PixelPoint(x: 0, y: top), PixelPoint(x: width, y: top)]], isClosed: false,
                                   color: panelBorder, width: 1, dash: [], casing: nil, arrowhead: false, roundCaps: false, layerID: "furniture:footer")))
        let region = state.snapshot.region
        let sources = wrap("Sources: " + region.attribution, role: "regular", size: size, maxWidth: width - padding * 3, maxLines: 2)
        var second = "Chronomap \u{00B7} data \(region.id) v\(region.version), data as of \(region.asOf.longDescription) \u{00B7} Web Mercator \u{00B7} \(state.options.names.legendText)"
        if state.snapshot.isBeyondAsOf { second += " \u{00B7} shown: last known state" }
        var baseline = top + size * 1.45
        for line in sources {
            text(line, x: padding * 1.5, baseline: baseline, size: size, color: muted, name: "attribution")
            baseline += size * 1.35
        }
        text(second, x: padding * 1.5, baseline: baseline, size: size, color: muted, name: "attribution")
    }

    mutating func inset() {
        let insetWidth = 210 * k
        let countries = state.dataset.features(in: .base).filter { $0.kind == "country" }
        guard let extent = countries.compactMap({ $0.geometry?.boundingBox }).reduce(nil as BoundingBox?, { $0?.union($1) ?? $1 }) else { return }
        let projected = WebMercator.project(extent)
        let insetHeight = insetWidth * projected.height / projected.width
        let frame = PixelRect(x: width - insetWidth - padding, y: state.headerHeight + padding, width: insetWidth, height: insetHeight)
        let view = Viewport(box: projected, width: insetWidth, height: insetHeight)
        let water = state.style.furnitureColor("inset-water-color", default: StyleColor(css: "#d6e6f0")!)
        let land = state.style.furnitureColor("inset-land-color", default: StyleColor(css: "#f2efe6")!)
        let highlight = state.style.furnitureColor("inset-highlight-color", default: StyleColor(css: "#e2dccb")!)
        items.append(.rect(.init(rect: frame, fill: water, stroke: nil, strokeWidth: 0, dash: [], hatch: nil)))
        func project(_ ring: [Position]) -> [PixelPoint] {
            var points: [PixelPoint] = []
            for position in ring {
                let point = view.pixel(position)
                let pixel = PixelPoint(x: frame.x + point.x, y: frame.y + point.y)
                if let last = points.last, abs(last.x - pixel.x) < 0.6, abs(last.y - pixel.y) < 0.6 { continue }
                points.append(pixel)
            }
            return points
        }
        for country in countries {
            let isConflictCountry = ["ARM", "AZE"].contains(country.string("iso_a3") ?? "")
            let polygons = country.geometry!.polygons.map { $0.map(project) }
            items.append(.fill(.init(polygons: polygons, color: isConflictCountry ? highlight : land, hatch: nil, layerID: "furniture:inset")))
            items.append(.stroke(.init(paths: polygons.flatMap { $0 }, isClosed: true, color: StyleColor(red: 0.55, green: 0.55, blue: 0.55),
                                       width: 0.6, dash: [], casing: nil, arrowhead: false, roundCaps: true, layerID: "furniture:inset")))
        }
        // The main map's extent.
        let visible = WebMercator.project(state.visibleBox)
        let topLeft = view.pixel(MercatorPoint(x: visible.minX, y: visible.maxY)), bottomRight = view.pixel(MercatorPoint(x: visible.maxX, y: visible.minY))
        let extentRect = PixelRect(x: frame.x + topLeft.x, y: frame.y + topLeft.y, width: bottomRight.x - topLeft.x, height: bottomRight.y - topLeft.y)
        items.append(.rect(.init(rect: extentRect, fill: nil, stroke: state.style.furnitureColor("inset-extent-color", default: StyleColor(css: "#c0392b")!),
                                 strokeWidth: 1.5, dash: [], hatch: nil)))
        items.append(.rect(.init(rect: frame, fill: nil, stroke: panelBorder, strokeWidth: 1, dash: [], hatch: nil)))
        let captionSize = 10 * k
        text("South Caucasus", x: frame.x + 4 * k, baseline: frame.maxY - 4 * k, size: captionSize, color: muted, name: "inset")
        boxes["inset"] = frame.outset(by: 1)
    }

    /// The legend panel, bottom right; nil when there is nothing to explain.
    mutating func legendPanel() -> PixelRect? {
        let size = state.style.furnitureNumber("legend-size", default: 12.5) * k
        let drawn = Set(state.drawnLayerIDs).union(markerLayerIDs)
        var lines: [LegendLine] = []
        var seenLabels = Set<String>()
        for layer in state.style.layers {
            guard let entry = layer.legend, drawn.contains(layer.id), seenLabels.insert(entry.group + "\u{0}" + entry.label).inserted else { continue }
            lines.append(LegendLine(group: entry.group, label: entry.label, swatch: swatch(for: layer), layerID: layer.id))
        }
        var kinds: [String] = []
        for request in state.orderedIconRequests where !kinds.contains(request.event.kind) { kinds.append(request.event.kind) }
        for kind in kinds {
            let symbol = EventSymbol.forKind(kind)
            lines.append(LegendLine(group: "Events", label: symbol.label, swatch: .icon(symbol), layerID: nil))
        }
        if !state.options.highlights.isEmpty {
            lines.insert(LegendLine(group: "Change", label: state.options.highlightLegend,
                                    swatch: .fill(StyleColor(red: 1, green: 1, blue: 1, alpha: 0.15),
                                                  hatch: .init(color: StyleColor(red: 0.1, green: 0.1, blue: 0.1, alpha: 0.55), spacing: 6, angleDegrees: -45, width: 1.2),
                                                  outline: StyleColor(red: 0.1, green: 0.1, blue: 0.1), dash: []),
                                    layerID: nil), at: 0)
        }
        if state.showsApproximate {
            lines.append(LegendLine(group: "Notes", label: "Dashed outline or ~: approximate",
                                    swatch: .fill(StyleColor(red: 1, green: 1, blue: 1, alpha: 0), hatch: nil,
                                                  outline: state.style.furnitureColor("approximate-color", default: StyleColor(css: "#555555")!), dash: [4, 3]),
                                    layerID: nil))
        }
        legend = lines
        guard !lines.isEmpty, state.options.drawsLegend else { return nil }

        let rowHeight = size * 1.55
        let swatchWidth = 26 * k
        let groups = lines.reduce(into: [String]()) { if !$0.contains($1.group) { $0.append($1.group) } }
        let namesLine = state.options.names.legendText
        let textWidth = (lines.map { measure($0.label, "regular", size).advance } + groups.map { measure($0, "bold", size).advance }
                         + [measure(namesLine, "regular", size * 0.9).advance - swatchWidth - padding * 0.6]).max() ?? 0
        let panelWidth = padding * 2 + swatchWidth + padding * 0.6 + textWidth
        let panelHeight = padding * 1.6 + Double(lines.count) * rowHeight + Double(groups.count) * rowHeight * 1.05 + rowHeight
        let frame = PixelRect(x: width - panelWidth - padding, y: height - state.footerHeight - padding - panelHeight, width: panelWidth, height: panelHeight)
        panelRect(frame, name: "legend")
        var y = frame.minY + padding * 0.8
        for group in groups {
            text(group, x: frame.minX + padding, baseline: y + size * 1.05, role: "bold", size: size, color: ink, name: "legend")
            y += rowHeight * 1.05
            for line in lines where line.group == group {
                let swatchBox = PixelRect(x: frame.minX + padding, y: y + rowHeight * 0.12, width: swatchWidth, height: rowHeight * 0.72)
                drawSwatch(line.swatch, in: swatchBox)
                text(line.label, x: swatchBox.maxX + padding * 0.6, baseline: y + size * 1.0, size: size, color: ink, name: "legend")
                y += rowHeight
            }
        }
        text(namesLine, x: frame.minX + padding, baseline: y + size * 1.0, size: size * 0.9, color: muted, name: "legend")
        return frame
    }

    func swatch(for layer: StyleLayer) -> LegendLine.Swatch {
        switch layer.type {
        case .fill:
            let color = (layer.color("fill-color") ?? .black)
            var hatch: SceneItem.Fill.Hatch?
            if let hatchColor = layer.color("chronomap-hatch-color") {
                hatch = .init(color: hatchColor, spacing: layer.number("chronomap-hatch-spacing", default: 8),
                              angleDegrees: layer.number("chronomap-hatch-angle", default: 45), width: layer.number("chronomap-hatch-width", default: 1.5))
            }
            return .fill(color.withAlpha(color.alpha * layer.number("fill-opacity", default: 1)), hatch: hatch, outline: layer.color("fill-outline-color"), dash: [])
        case .line:
            return .line(layer.color("line-color") ?? .black, width: layer.number("line-width", default: 1), dash: layer.numbers("line-dasharray"),
                         casing: layer.color("chronomap-casing-color"))
        case .circle:
            let isSquare = state.keptMarkers.contains { marker in
                if marker.layerID == layer.id, case .circle(let circle) = marker.item { return circle.isSquare }
                return false
            }
            return .marker(layer.color("circle-color") ?? .black, radius: layer.number("circle-radius", default: 3), isSquare: isSquare,
                           stroke: layer.color("circle-stroke-color"))
        case .symbol, .background:
            return .none
        }
    }

    mutating func drawSwatch(_ swatch: LegendLine.Swatch, in box: PixelRect) {
        items += LegendSwatch.items(swatch, in: box, scale: k, border: panelBorder)
    }

    /// The numbered list of the day's events and those of the window before it, bottom left.
    mutating func eventsPanel(rightLimit: Double) -> PixelRect? {
        let requests = state.orderedIconRequests
        guard !requests.isEmpty else { return nil }
        let size = state.style.furnitureNumber("legend-size", default: 12.5) * k
        let panelWidth = min(560 * k, rightLimit - padding * 2)
        guard panelWidth > 200 * k else { return nil }
        let rowHeight = size * 1.4
        let numberWidth = 24 * k
        let whenWidth = measure("~since 00 Sep", "regular", size).advance + padding * 0.5
        let textWidth = panelWidth - padding * 2 - numberWidth - whenWidth
        let shown = Array(requests.prefix(10))
        var rows: [(number: String, when: String, lines: [String], recent: Bool, symbol: EventSymbol)] = []
        for (index, request) in shown.enumerated() {
            let event = request.event
            var title = event.string("title") ?? event.id
            title += SceneBuilder.claimSuffix(event, title: title)
            let when: String
            if request.isRecent {
                let date = event.eventDate!
                when = "\(date.day) \(monthAbbreviation(date.month))" + (event.string("time").map { " \($0)" } ?? "")
            } else if let start = event.eventDate, start < state.snapshot.day {
                when = "since \(start.day) \(monthAbbreviation(start.month))"
            } else {
                let date = event.eventDate!
                when = event.string("time") ?? "\(date.day) \(monthAbbreviation(date.month))"
            }
            let approximate = event.string("date_accuracy") == "approximate" || event.string("accuracy") == "approximate"
            rows.append((String(index + 1), (approximate ? "~" : "") + when,
                         wrap(title, role: "regular", size: size, maxWidth: textWidth, maxLines: 2), request.isRecent, EventSymbol.forKind(event.kind)))
        }
        let extra = requests.count - shown.count
        let lineCount = rows.reduce(0) { $0 + $1.lines.count } + (extra > 0 ? 1 : 0)
        let panelHeight = padding * 1.6 + rowHeight * 1.2 + Double(lineCount) * rowHeight + Double(rows.count) * size * 0.25
        let frame = PixelRect(x: padding, y: height - state.footerHeight - padding - panelHeight, width: panelWidth, height: panelHeight)
        panelRect(frame, name: "events")
        var y = frame.minY + padding * 0.8
        let heading = state.snapshot.events.isEmpty ? "Events of the \(state.snapshot.eventsWindowDays) days before" : "Events of the day" + (requests.contains(where: \.isRecent) ? " and the days before" : "")
        text(heading, x: frame.minX + padding, baseline: y + size, role: "bold", size: size, color: ink, name: "events")
        y += rowHeight * 1.2
        for row in rows {
            let color = row.recent ? muted : ink
            let badgeCenter = PixelPoint(x: frame.minX + padding + numberWidth / 2 - 2, y: y + rowHeight * 0.45)
            items.append(.icon(.init(center: badgeCenter, symbol: row.symbol, radius: min(rowHeight * 0.48, 9 * k), color: row.symbol.color, halo: .white,
                                     opacity: row.recent ? 0.55 : 1, badge: nil, layerID: "furniture:events")))
            text(row.number, x: frame.minX + padding + numberWidth, baseline: y + size, role: "bold", size: size * 0.9, color: color, name: "events")
            let whenX = frame.minX + padding + numberWidth + measure("00", "bold", size * 0.9).advance + 4 * k
            text(row.when, x: whenX, baseline: y + size, size: size, color: color, name: "events")
            for line in row.lines {
                text(line, x: frame.minX + padding + numberWidth + whenWidth, baseline: y + size, size: size, color: color, name: "events")
                y += rowHeight
            }
            y += size * 0.25
        }
        if extra > 0 { text("and \(extra) more", x: frame.minX + padding + numberWidth + whenWidth, baseline: y + size, size: size, color: muted, name: "events") }
        return frame
    }

    func monthAbbreviation(_ month: Int) -> String {
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][month - 1]
    }

    /// A scale bar in kilometres, true at the map's central latitude, and a north arrow.
    mutating func scaleBarAndNorthArrow(above eventsBox: PixelRect?) {
        let size = 11 * k
        let center = state.viewport.position(atPixelX: width / 2, y: (state.headerHeight + height - state.footerHeight) / 2)
        let metresPerPixel = state.viewport.groundMetresPerPixel(atLatitude: center.latitude)
        let target = 160 * k * metresPerPixel / 1000
        let nice = [0.5, 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000].last { $0 <= target } ?? 0.5
        let barWidth = nice * 1000 / metresPerPixel
        let bottom = (eventsBox?.minY ?? (height - state.footerHeight)) - padding
        let frame = PixelRect(x: padding, y: bottom - 46 * k, width: barWidth + 70 * k, height: 46 * k)
        panelRect(frame, name: "scale")
        let barX = frame.minX + padding, barY = frame.minY + 26 * k, barHeight = 6 * k
        for half in 0..<2 {
            items.append(.rect(.init(rect: PixelRect(x: barX + Double(half) * barWidth / 2, y: barY, width: barWidth / 2, height: barHeight),
                                     fill: half == 0 ? ink : .white, stroke: ink, strokeWidth: 1, dash: [], hatch: nil)))
        }
        let label = JSONNumberFormatter.format(nice) + " km"
        text("0", x: barX - measure("0", "regular", size).advance / 2, baseline: barY - 4 * k, size: size, color: ink, name: "scale")
        text(label, x: barX + barWidth - measure(label, "regular", size).advance / 2, baseline: barY - 4 * k, size: size, color: ink, name: "scale")
        // North arrow: Web Mercator keeps north up everywhere.
        let arrowX = frame.maxX - 18 * k, arrowTop = frame.minY + 8 * k
        items.append(.fill(.init(polygons: [[[PixelPoint(x: arrowX, y: arrowTop), PixelPoint(x: arrowX + 7 * k, y: arrowTop + 24 * k),
                                              PixelPoint(x: arrowX, y: arrowTop + 19 * k), PixelPoint(x: arrowX - 7 * k, y: arrowTop + 24 * k),
                                              PixelPoint(x: arrowX, y: arrowTop)]]], color: ink, hatch: nil, layerID: "furniture:north")))
        text("N", x: arrowX - measure("N", "bold", size).advance / 2, baseline: arrowTop + 36 * k, role: "bold", size: size, color: ink, name: "north")
        scaleBarKilometres = nice
        scaleBarPixels = barWidth
    }

    /// The scale bar drawn, for tests: its length in km and in logical pixels.
    private(set) var scaleBarKilometres: Double = 0
    private(set) var scaleBarPixels: Double = 0
}
