import Canvas
import Foundation
import Testing
import _ChronomapTestSupport

/// A site as readers meet it: served by a plain static server on 127.0.0.1 and opened in headless Chromium.
/// What loaded is read from the server's log of requests; what the page says, from its DOM.
@Suite(.serialized) struct SiteInChromiumTests {
    /// Tile requests answered 200, as `date/zoom`.
    static func tilesLoaded(_ hits: [StaticServer.Hit]) -> Set<String> {
        Set(
            hits.filter { $0.status == 200 && $0.path.hasPrefix("/tiles/") && $0.path.hasSuffix(".png") }.map {
                $0.path.split(separator: "/").dropFirst().prefix(2).joined(separator: "/")
            })
    }

    /// The text of the element with an id, from a DOM dump (the element's own text up to its first child tag).
    static func text(ofElement id: String, in dom: String) -> String? {
        guard let start = dom.range(of: "id=\"\(id)\"") else { return nil }
        guard let close = dom[start.upperBound...].firstIndex(of: ">") else { return nil }
        let rest = dom[dom.index(after: close)...]
        return String(rest.prefix { $0 != "<" })
    }

    /// How many pixels of a screenshot, one in 3 by 3, have one of the colours (0-255, within 8 a channel).
    static func samples(of image: Surface, near colours: [(Double, Double, Double)]) throws -> Int {
        var count = 0
        for y in stride(from: 0, to: image.height, by: 3) {
            for x in stride(from: 0, to: image.width, by: 3) {
                let pixel = try image.pixel(x: x, y: y)
                let matches = colours.contains { colour in
                    abs(pixel.red - colour.0 / 255) < 0.03 && abs(pixel.green - colour.1 / 255) < 0.03
                        && abs(pixel.blue - colour.2 / 255) < 0.03
                }
                if matches { count += 1 }
            }
        }
        return count
    }

    @Test func aPermalinkShowsItsDateAndLoadsThatDatesTilesAtThatZoom() async throws {
        let folder = try SiteFixture.warSite.get()
        let log = StaticServer.Log()
        let dom = try await StaticServer.serving(folder.path, log: log) { base in
            try await HeadlessChromium.dom(of: base + "index.html#2020-10-27/8/39.60/46.90")
        }
        #expect(Self.text(ofElement: "date-label", in: dom) == "27 October 2020")
        #expect(Self.tilesLoaded(log.all) == ["2020-10-27/8"])
        #expect(log.all.contains { $0.path == "/events/2020-10-27.json" && $0.status == 200 })
        #expect(log.all.contains { $0.path == "/legend/2020-10-27/8.json" && $0.status == 200 })
        // The slider reads the date, not a number; the map's address holds the view the page shows.
        #expect(dom.contains("aria-valuetext=\"27 October 2020\""))
        #expect(!dom.contains("class=\"notice"))
        #expect(log.all.allSatisfy { $0.status == 200 }, "\(log.all.filter { $0.status != 200 })")
    }

    @Test func twoDatesLoadBothDatesTilesWithTheDividerAndTheChanges() async throws {
        let folder = try SiteFixture.warSite.get()
        let log = StaticServer.Log()
        let dom = try await StaticServer.serving(folder.path, log: log) { base in
            try await HeadlessChromium.dom(of: base + "index.html#2020-10-25..2020-11-10/8/39.60/46.90")
        }
        #expect(Self.tilesLoaded(log.all) == ["2020-10-25/8", "2020-11-10/8"])
        #expect(log.all.contains { $0.path == "/changes/2020-10-25_2020-11-10.geojson" && $0.status == 200 })
        #expect(dom.contains("class=\"swipe\""))
        #expect(dom.contains("class=\"swipe-range\""))
        #expect(Self.text(ofElement: "date-label", in: dom) == "25 October 2020 \u{21C6} 10 November 2020")
        // The areas that changed hands are listed, and drawn as a layer the reader can switch off.
        #expect(dom.contains("Areas that changed hands"))
        #expect(dom.contains("leaflet-control-layers"))
    }

    @Test func aDayBetweenKeyDatesShowsTheMapOfTheKeyDateBefore() async throws {
        let folder = try SiteFixture.warSite.get()
        let log = StaticServer.Log()
        let dom = try await StaticServer.serving(folder.path, log: log) { base in
            try await HeadlessChromium.dom(of: base + "index.html#2020-11-01/7/39.60/46.90")
        }
        #expect(Self.tilesLoaded(log.all) == ["2020-10-28/7"])
        #expect(Self.text(ofElement: "date-label", in: dom) == "1 November 2020 \u{00B7} Map of 28 October 2020")
    }

    @Test(arguments: [
        // A date before the site: its first day, and a note.
        ("#1990-01-01/8/39.60/46.90", "2020-10-25/8", "1990-01-01 is before the first date of this map"),
        // A date after it: its last day.
        ("#2031-05-05/8/39.60/46.90", "2020-11-10/8", "2031-05-05 is after the last date of this map"),
        // A zoom the site has no tiles of: the nearest it has.
        ("#2020-10-27/15/39.60/46.90", "2020-10-27/8", "Zoom 15 is outside this map's zooms (7 to 8)"),
        // Not a hash of this viewer at all: the default date, the whole region (at the zoom that fits it).
        ("#tuesday", "2020-11-10/", "is not of the form YYYY-MM-DD/zoom/latitude/longitude"),
        ("#2020-02-30/8/39.6/46.9", "2020-11-10/", "2020-02-30 is not a calendar date"),
        // A place far from the region: the whole region.
        ("#2020-10-27/8/10.00/10.00", "2020-10-27/", "is outside this map: showing the whole region"),
    ])
    func aBadLinkFallsBackToTheNearestValidStateAndSaysSo(hash: String, tiles: String, notice: String) async throws {
        let folder = try SiteFixture.warSite.get()
        let log = StaticServer.Log()
        let dom = try await StaticServer.serving(folder.path, log: log) { base in
            try await HeadlessChromium.dom(of: base + "index.html" + hash)
        }
        // Never a blank map: the fallback date's tiles load.
        #expect(Self.tilesLoaded(log.all).contains { $0.hasPrefix(tiles) }, "\(Self.tilesLoaded(log.all))")
        #expect(!dom.contains("class=\"notice error"))
        #expect(dom.contains(notice), "no notice \"\(notice)\"")
    }

    @Test func aPhoneSizedScreenShowsTheMapWithTheDrawerClosed() async throws {
        let folder = try SiteFixture.warSite.get()
        let screenshot = try TestPaths.makeScratchFolder().appendingPathComponent("phone.png")
        let log = StaticServer.Log()
        try await StaticServer.serving(folder.path, log: log) { base in
            try await HeadlessChromium.screenshot(
                of: base + "index.html#2020-11-10/8/39.75/46.75", to: screenshot.path, width: 375, height: 812)
        }
        let image = try Surface(contentsOfPNGFile: screenshot.path)
        #expect(image.width == 375)
        // The parties' colours of region.json, #93bea0 and #efc36a, fill much of the screen: the map is there.
        let mapPixels = try Self.samples(of: image, near: [(147, 190, 160), (239, 195, 106)])
        // A third of the screen's samples at least (125 x 271 samples in all).
        #expect(mapPixels > 125 * 271 / 3, "only \(mapPixels) sampled pixels of map colour")
        #expect(Self.tilesLoaded(log.all).contains("2020-11-10/8"))
        print("phone screenshot: \(screenshot.path)")
    }

    @Test func theEmbedPageShowsTheSnippetAndItsFrameTakesTheHeightThePageAsks() async throws {
        let folder = try SiteFixture.warSite.get()
        let log = StaticServer.Log()
        let (base, page) = try await StaticServer.serving(folder.path, log: log) { base in
            (
                base,
                try await HeadlessChromium.domAndConsole(
                    of: base + "embed.html#2020-11-10/8/39.60/46.90", width: 700, height: 1400)
            )
        }
        let (dom, console) = page
        // The page, and the viewer in its frame, work under their security policy: nothing blocked.
        #expect(!console.contains { $0.contains("Content Security Policy") }, "\(console)")
        // The snippet names the site's own address, with the view; the frame below is that snippet at work.
        #expect(dom.contains("&lt;iframe src=\"\(base)index.html?embed=1#2020-11-10/8/39.60/46.90\""))
        #expect(log.all.contains { $0.path == "/index.html" && $0.status == 200 })
        #expect(Self.tilesLoaded(log.all).contains("2020-11-10/8"))
        // The height script set the frame's height from the page's message (the snippet itself says 560).
        let frame = try #require(dom.range(of: "data-chronomap-embed=\"\""))
        let start = try #require(dom[..<frame.lowerBound].range(of: "<iframe", options: .backwards))
        let end = try #require(dom[frame.upperBound...].firstIndex(of: ">"))
        let tag = dom[start.lowerBound..<end]
        // The snippet's style, applied through the CSSOM (the page's policy allows no style attribute in markup)...
        #expect(tag.contains("border: 0px; width: 100%; max-width: 100%;"), "\(tag)")
        // ...gives no height: the script wrote it.
        #expect(tag.contains("height: "), "\(tag)")
    }

    /// The viewer's page under its own `Content-Security-Policy` (the `<meta>` tag `site` writes): nothing it loads
    /// or runs is blocked. A page of the same site with the same policy and an inline script and style shows that
    /// Chromium does report what the policy blocks.
    @Test func theViewerRunsUnderItsSecurityPolicyWithNothingBlocked() async throws {
        let folder = try SiteFixture.warSite.get()
        let index = try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
        let meta = try #require(
            index.split(separator: "\n").first { $0.hasPrefix("<meta http-equiv=\"Content-Security-Policy\"") })
        let probe = folder.appendingPathComponent("probe-\(UUID().uuidString.prefix(8)).html")
        try """
        <!DOCTYPE html><html><head><meta charset="utf-8">\(meta)<title>probe</title></head>
        <body><p style="color: red">inline style</p><script>document.title = 'inline script ran';</script></body></html>
        """.write(to: probe, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: probe) }
        let log = StaticServer.Log()
        let (page, probed) = try await StaticServer.serving(folder.path, log: log) { base in
            (
                try await HeadlessChromium.domAndConsole(of: base + "index.html#2020-10-25..2020-11-10/8/39.60/46.90"),
                try await HeadlessChromium.domAndConsole(of: base + probe.lastPathComponent)
            )
        }
        #expect(probed.console.contains { $0.contains("Content Security Policy") && $0.contains("inline script") })
        #expect(probed.console.contains { $0.contains("Content Security Policy") && $0.contains("inline style") })
        #expect(probed.dom.contains("<title>probe</title>"), "the inline script ran")
        // The viewer: both dates' tiles, the changes, the divider's handle (a data: image), and no violation.
        #expect(!page.console.contains { $0.contains("Content Security Policy") }, "\(page.console)")
        #expect(Self.tilesLoaded(log.all).isSuperset(of: ["2020-10-25/8", "2020-11-10/8"]))
        #expect(Self.text(ofElement: "date-label", in: page.dom) == "25 October 2020 \u{21C6} 10 November 2020")
        #expect(page.dom.contains("class=\"swipe-range\""))
    }

    @Test func aBasemapShowsThroughOverlayTilesWithItsCredit() async throws {
        let folder = try TestPaths.makeScratchFolder().appendingPathComponent("site")
        _ = try SiteFixture.build(into: folder, from: "2020-11-10", to: "2020-11-10", zooms: 8...8, variant: .overlay)
        // A local tile folder stands in for OpenStreetMap: every tile of zooms 6 to 8 over the region, magenta.
        let magenta = try Surface(width: 256, height: 256)
        magenta.beginPath()
        magenta.addRect(CanvasRect(x: 0, y: 0, width: 256, height: 256))
        try magenta.fill(Color(red: 1, green: 0, blue: 1))
        let png = try magenta.pngData()
        for zoom in 7...9 {
            for x in 0..<(1 << zoom) where abs(Double(x) / Double(1 << zoom) * 360 - 180 - 46.5) < 4 {
                for y in 0..<(1 << zoom) {
                    let path = folder.appendingPathComponent("basemap/\(zoom)/\(x)/\(y).png")
                    try FileManager.default.createDirectory(
                        at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try png.write(to: path)
                }
            }
        }
        let screenshot = try TestPaths.makeScratchFolder().appendingPathComponent("basemap.png")
        let log = StaticServer.Log()
        let query = "?basemap=basemap/%7Bz%7D/%7Bx%7D/%7By%7D.png&attribution=Local%20test%20tiles"
        let dom = try await StaticServer.serving(folder.path, log: log) { base in
            try await HeadlessChromium.screenshot(
                of: base + "index.html\(query)#2020-11-10/8/39.75/46.60", to: screenshot.path, width: 900, height: 700)
            return try await HeadlessChromium.dom(of: base + "index.html\(query)#2020-11-10/8/39.75/46.60")
        }
        #expect(log.all.contains { $0.path.hasPrefix("/basemap/8/") && $0.status == 200 })
        #expect(Self.tilesLoaded(log.all).contains("2020-11-10/8"))
        #expect(dom.contains("Local test tiles"))
        // Through a control fill: #efc36a at the overlay's fill-opacity 0.45 over magenta (255, 0, 255) is
        // (248, 88, 188); the magenta itself shows where the overlay draws nothing.
        let image = try Surface(contentsOfPNGFile: screenshot.path)
        let blended = try Self.samples(of: image, near: [(248, 88, 188)])
        let bare = try Self.samples(of: image, near: [(255, 0, 255)])
        #expect(blended > 1_000, "only \(blended) samples of a control fill over the basemap")
        #expect(bare > 500, "only \(bare) samples of bare basemap")
        print("basemap screenshot: \(screenshot.path)")
    }

    /// A page of the site's own origin drives the viewer in a frame as a reader would (buttons, history, keys, the
    /// events list, the language) and writes down what the viewer showed after each step.
    static let harness = #"""
        <!DOCTYPE html><html><body><pre id="result">running</pre>
        <iframe id="viewer" src="index.html#2020-10-27/8/39.600/46.900" style="width:1100px;height:800px"></iframe>
        <script>
        var frame = document.getElementById('viewer');
        var steps = [];
        function $(id) { return frame.contentDocument.getElementById(id); }
        function note(step) {
          steps.push(step + ' | ' + $('date-label').textContent + ' | ' + frame.contentWindow.location.hash + ' | ' +
            $('date-slider').getAttribute('aria-valuetext'));
        }
        function wait(ms) { return new Promise(function (done) { setTimeout(done, ms); }); }
        frame.addEventListener('load', async function () {
          await wait(2000); note('opened');
          $('next-change').click(); await wait(800); note('next');
          $('next-change').click(); await wait(800); note('next');
          frame.contentWindow.history.back(); await wait(800); note('back');
          frame.contentWindow.history.forward(); await wait(800); note('forward');
          $('date-slider').dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true }));
          await wait(800); note('page-down');
          var event = frame.contentDocument.querySelector('button.event-title');
          steps.push('event | ' + event.querySelector('strong').textContent);
          event.click(); await wait(2500); note('event');
          $('language').value = 'ru';
          $('language').dispatchEvent(new Event('change')); await wait(800); note('russian');
          document.getElementById('result').textContent = steps.join('\n');
        });
        </script></body></html>
        """#

    @Test func buttonsHistoryKeysEventsAndLanguageDriveTheViewer() async throws {
        let folder = try SiteFixture.warSite.get()
        let page = folder.appendingPathComponent("harness-\(UUID().uuidString.prefix(8)).html")
        try Self.harness.write(to: page, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: page) }
        let log = StaticServer.Log()
        let dom = try await StaticServer.serving(folder.path, log: log) { base in
            try await HeadlessChromium.dom(of: base + page.lastPathComponent, width: 1200, height: 900)
        }
        let result = try #require(Self.text(ofElement: "result", in: dom))
        let steps = result.split(separator: "\n").map { $0.components(separatedBy: " | ") }
        try #require(steps.count == 9, "\(result)")
        func step(_ index: Int) -> (label: String, hash: String, valueText: String) {
            (steps[index][1], steps[index][2], steps[index].count > 3 ? steps[index][3] : "")
        }
        // The key dates of the site (SiteFixture.warDays): 25, 27, 28 October, 8, 9, 10 November 2020.
        #expect(step(0).label == "27 October 2020" && step(0).hash.hasPrefix("#2020-10-27/8/"))
        #expect(step(1).label == "28 October 2020" && step(1).hash.hasPrefix("#2020-10-28/8/"))
        #expect(step(2).label == "8 November 2020" && step(2).valueText == "8 November 2020")
        // Back and Forward step through the dates visited.
        #expect(step(3).label == "28 October 2020" && step(3).hash.hasPrefix("#2020-10-28/"))
        #expect(step(4).label == "8 November 2020" && step(4).hash.hasPrefix("#2020-11-08/"))
        // Page Down jumps to the previous change.
        #expect(step(5).label == "28 October 2020" && step(5).valueText == "28 October 2020")
        // A click on an event centres the map on it: the view in the link is the event's place in the data, to a
        // pixel (0.0055 degrees at zoom 8).
        let title = steps[6][1]
        let events = try #require(
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: URL(fileURLWithPath: TestPaths.bundledData + "/events.geojson")))
                as? [String: Any])
        let feature = try #require(
            (events["features"] as? [[String: Any]])?.first {
                ($0["properties"] as? [String: Any])?["title"] as? String == title
            }, "no event titled \(title)")
        let point = try #require((feature["geometry"] as? [String: Any])?["coordinates"] as? [Double])
        let view = step(7).hash.split(separator: "/").compactMap { Double($0) }
        #expect(view.count == 3, "\(step(7).hash)")
        if view.count == 3 {
            #expect(abs(view[1] - point[1]) < 0.006 && abs(view[2] - point[0]) < 0.006, "\(step(7).hash) vs \(point)")
        }
        // Russian furniture without a reload: the date in words, the slider's text too.
        #expect(step(8).label == "28 октября 2020" && step(8).valueText == "28 октября 2020")
    }
}
