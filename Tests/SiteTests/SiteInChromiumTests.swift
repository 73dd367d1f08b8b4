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
        let folder = try SiteFixture.springSite.get()
        let log = StaticServer.Log()
        let dom = try await StaticServer.serving(folder.path, log: log) { base in
            try await HeadlessChromium.dom(of: base + "index.html#2024-03-06/8/30.75/-39.00")
        }
        #expect(Self.text(ofElement: "date-label", in: dom) == "6 March 2024")
        #expect(Self.tilesLoaded(log.all) == ["2024-03-06/8"])
        #expect(log.all.contains { $0.path == "/events/2024-03-06.json" && $0.status == 200 })
        #expect(log.all.contains { $0.path == "/legend/2024-03-06/8.json" && $0.status == 200 })
        // The slider reads the date, not a number; the map's address holds the view the page shows.
        #expect(dom.contains("aria-valuetext=\"6 March 2024\""))
        #expect(!dom.contains("class=\"notice"))
        #expect(log.all.allSatisfy { $0.status == 200 }, "\(log.all.filter { $0.status != 200 })")
    }

    @Test func twoDatesLoadBothDatesTilesWithTheDividerAndTheChanges() async throws {
        let folder = try SiteFixture.springSite.get()
        let log = StaticServer.Log()
        let dom = try await StaticServer.serving(folder.path, log: log) { base in
            try await HeadlessChromium.dom(of: base + "index.html#2024-03-05..2024-05-05/8/30.75/-39.00")
        }
        #expect(Self.tilesLoaded(log.all) == ["2024-03-05/8", "2024-05-05/8"])
        #expect(log.all.contains { $0.path == "/changes/2024-03-05_2024-05-05.geojson" && $0.status == 200 })
        #expect(dom.contains("class=\"swipe\""))
        #expect(dom.contains("class=\"swipe-range\""))
        #expect(Self.text(ofElement: "date-label", in: dom) == "5 March 2024 \u{21C6} 5 May 2024")
        // The areas that changed hands are listed, and drawn as a layer the reader can switch off.
        #expect(dom.contains("Areas that changed hands"))
        #expect(dom.contains("leaflet-control-layers"))
    }

    @Test func aDayBetweenKeyDatesShowsTheMapOfTheKeyDateBefore() async throws {
        let folder = try SiteFixture.springSite.get()
        let log = StaticServer.Log()
        let dom = try await StaticServer.serving(folder.path, log: log) { base in
            try await HeadlessChromium.dom(of: base + "index.html#2024-04-15/7/30.75/-39.00")
        }
        #expect(Self.tilesLoaded(log.all) == ["2024-03-07/7"])
        #expect(Self.text(ofElement: "date-label", in: dom) == "15 April 2024 \u{00B7} Map of 7 March 2024")
    }

    @Test(arguments: [
        // A date before the site: its first day, and a note.
        ("#1990-01-01/8/30.75/-39.00", "2024-03-05/8", "1990-01-01 is before the first date of this map"),
        // A date after it: its last day.
        ("#2031-05-05/8/30.75/-39.00", "2024-05-05/8", "2031-05-05 is after the last date of this map"),
        // A zoom the site has no tiles of: the nearest it has.
        ("#2024-03-06/15/30.75/-39.00", "2024-03-06/8", "Zoom 15 is outside this map's zooms (7 to 8)"),
        // Not a hash of this viewer at all: the default date, the whole region (at the zoom that fits it).
        ("#tuesday", "2024-05-05/", "is not of the form YYYY-MM-DD/zoom/latitude/longitude"),
        ("#2020-02-30/8/30.75/-39.0", "2024-05-05/", "2020-02-30 is not a calendar date"),
        // A place far from the region: the whole region.
        ("#2024-03-06/8/10.00/10.00", "2024-03-06/", "is outside this map: showing the whole region"),
    ])
    func aBadLinkFallsBackToTheNearestValidStateAndSaysSo(hash: String, tiles: String, notice: String) async throws {
        let folder = try SiteFixture.springSite.get()
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
        let folder = try SiteFixture.springSite.get()
        let screenshot = try TestPaths.makeScratchFolder().appendingPathComponent("phone.png")
        let log = StaticServer.Log()
        try await StaticServer.serving(folder.path, log: log) { base in
            try await HeadlessChromium.screenshot(
                of: base + "index.html#2024-03-06/8/30.75/-39.00", to: screenshot.path, width: 375, height: 812)
        }
        let image = try Surface(contentsOfPNGFile: screenshot.path)
        #expect(image.width == 375)
        // The parties' colours of the fixture's region.json, #e6b35c, #8fbf7f and #c4a2dc, fill much of the screen:
        // the map is there.
        let mapPixels = try Self.samples(of: image, near: [(230, 179, 92), (143, 191, 127), (196, 162, 220)])
        // A third of the screen's samples at least (125 x 271 samples in all).
        #expect(mapPixels > 125 * 271 / 3, "only \(mapPixels) sampled pixels of map colour")
        #expect(Self.tilesLoaded(log.all).contains("2024-03-06/8"))
        print("phone screenshot: \(screenshot.path)")
    }

    @Test func theEmbedPageShowsTheSnippetAndItsFrameTakesTheHeightThePageAsks() async throws {
        let folder = try SiteFixture.springSite.get()
        let log = StaticServer.Log()
        let (base, page) = try await StaticServer.serving(folder.path, log: log) { base in
            (
                base,
                try await HeadlessChromium.domAndConsole(
                    of: base + "embed.html#2024-05-05/8/30.75/-39.00", width: 700, height: 1400)
            )
        }
        let (dom, console) = page
        // The page, and the viewer in its frame, work under their security policy: nothing blocked.
        #expect(!console.contains { $0.contains("Content Security Policy") }, "\(console)")
        // The snippet names the site's own address, with the view; the frame below is that snippet at work.
        #expect(dom.contains("&lt;iframe src=\"\(base)index.html?embed=1#2024-05-05/8/30.75/-39.00\""))
        #expect(log.all.contains { $0.path == "/index.html" && $0.status == 200 })
        #expect(Self.tilesLoaded(log.all).contains("2024-05-05/8"))
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
        let folder = try SiteFixture.springSite.get()
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
                try await HeadlessChromium.domAndConsole(of: base + "index.html#2024-03-05..2024-05-05/8/30.75/-39.00"),
                try await HeadlessChromium.domAndConsole(of: base + probe.lastPathComponent)
            )
        }
        #expect(probed.console.contains { $0.contains("Content Security Policy") && $0.contains("inline script") })
        #expect(probed.console.contains { $0.contains("Content Security Policy") && $0.contains("inline style") })
        #expect(probed.dom.contains("<title>probe</title>"), "the inline script ran")
        // The viewer: both dates' tiles, the changes, the divider's handle (a data: image), and no violation.
        #expect(!page.console.contains { $0.contains("Content Security Policy") }, "\(page.console)")
        #expect(Self.tilesLoaded(log.all).isSuperset(of: ["2024-03-05/8", "2024-05-05/8"]))
        #expect(Self.text(ofElement: "date-label", in: page.dom) == "5 March 2024 \u{21C6} 5 May 2024")
        #expect(page.dom.contains("class=\"swipe-range\""))
    }

    @Test func aBasemapShowsThroughOverlayTilesWithItsCredit() async throws {
        let folder = try TestPaths.makeScratchFolder().appendingPathComponent("site")
        _ = try SiteFixture.build(into: folder, from: "2024-05-05", to: "2024-05-05", zooms: 8...8, variant: .overlay)
        // A local tile folder stands in for OpenStreetMap: every tile of zooms 6 to 8 over the region, magenta.
        let magenta = try Surface(width: 256, height: 256)
        magenta.beginPath()
        magenta.addRect(CanvasRect(x: 0, y: 0, width: 256, height: 256))
        try magenta.fill(Color(red: 1, green: 0, blue: 1))
        let png = try magenta.pngData()
        for zoom in 7...9 {
            for x in 0..<(1 << zoom) where abs(Double(x) / Double(1 << zoom) * 360 - 180 + 39) < 4 {
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
                of: base + "index.html\(query)#2024-05-05/8/30.75/-39.50", to: screenshot.path, width: 900, height: 700)
            return try await HeadlessChromium.dom(of: base + "index.html\(query)#2024-05-05/8/30.75/-39.50")
        }
        #expect(log.all.contains { $0.path.hasPrefix("/basemap/8/") && $0.status == 200 })
        #expect(Self.tilesLoaded(log.all).contains("2024-05-05/8"))
        #expect(dom.contains("Local test tiles"))
        // Through a control fill: the Highland Council's #e6b35c at the overlay's fill-opacity 0.45 over magenta
        // (255, 0, 255) is (244, 81, 182); the magenta itself shows where the overlay draws nothing.
        let image = try Surface(contentsOfPNGFile: screenshot.path)
        let blended = try Self.samples(of: image, near: [(244, 81, 182)])
        let bare = try Self.samples(of: image, near: [(255, 0, 255)])
        #expect(blended > 1_000, "only \(blended) samples of a control fill over the basemap")
        #expect(bare > 500, "only \(bare) samples of bare basemap")
        print("basemap screenshot: \(screenshot.path)")
    }

    /// A page of the site's own origin drives the viewer in a frame as a reader would (buttons, history, keys, the
    /// events list, the language) and writes down what the viewer showed after each step.
    static let harness = #"""
        <!DOCTYPE html><html><body><pre id="result">running</pre>
        <iframe id="viewer" src="index.html#2024-03-06/8/30.750/-39.000" style="width:1100px;height:800px"></iframe>
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
        let folder = try SiteFixture.springSite.get()
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
        // The key dates of the site (SiteFixture.springDays): 5, 6, 7 March, 1, 4, 5 May 2024.
        #expect(step(0).label == "6 March 2024" && step(0).hash.hasPrefix("#2024-03-06/8/"))
        #expect(step(1).label == "7 March 2024" && step(1).hash.hasPrefix("#2024-03-07/8/"))
        #expect(step(2).label == "1 May 2024" && step(2).valueText == "1 May 2024")
        // Back and Forward step through the dates visited.
        #expect(step(3).label == "7 March 2024" && step(3).hash.hasPrefix("#2024-03-07/"))
        #expect(step(4).label == "1 May 2024" && step(4).hash.hasPrefix("#2024-05-01/"))
        // Page Down jumps to the previous change.
        #expect(step(5).label == "7 March 2024" && step(5).valueText == "7 March 2024")
        // A click on an event centres the map on it: the view in the link is the event's place in the data, to a
        // pixel (0.0055 degrees at zoom 8).
        let title = steps[6][1]
        let events = try #require(
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: URL(fileURLWithPath: FixtureRegion.folder.get() + "/events.geojson")))
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
        #expect(step(8).label == "7 марта 2024" && step(8).valueText == "7 марта 2024")
    }
}
