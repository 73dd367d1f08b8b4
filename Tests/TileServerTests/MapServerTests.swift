import Chronology
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Render
import Testing
import _ChronomapTestSupport

@testable import TileServer

/// The server on the fixture region, built once per test process (loading the data and the fonts is slow).
enum ServerFixture {
    static let server: Result<MapServer, any Error> = Result {
        let renderer = try MapRenderer(
            styleFile: TestPaths.packageRoot.appendingPathComponent("styles/default.json").path)
        return try MapServer(
            dataset: FixtureRegion.dataset.get(), renderer: renderer,
            // The suites share two cores with Chromium and each other: a render may wait long, and a 503 for a
            // missed deadline would fail tests that are not about load (LoadBoundTests are).
            configuration: TileServerConfiguration(port: 0, cacheSizeInMegabytes: 32, renderDeadline: .seconds(600)))
    }
}

/// The server's routes on the fixture region: tiles, TileJSON, export, dates, events, the viewer and Leaflet, and the
/// plain-text answers to bad and unknown requests.
@Suite struct MapServerTests {
    /// Highgate's tile at zoom 8 (39.6 W, 30.85 N: column 99.84, row 104.92 by the slippy-map formulas).
    static let tilePath = "/tiles/2024-05-02/8/99/104.png"

    static func withClient<Value>(
        _ setup: TestingSetup = .router, _ body: @Sendable (any TestClientProtocol) async throws -> Value
    ) async throws -> Value {
        try await ServerFixture.server.get().buildApplication().test(setup, body)
    }

    static func bytes(_ response: TestResponse) -> [UInt8] { Array(response.body.readableBytesView) }

    static func text(_ response: TestResponse) -> String { String(buffer: response.body) }

    static func json(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(bytes(response))) as? [String: Any])
    }

    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// Width and height from a PNG's IHDR chunk (bytes 16 to 23).
    static func pngSize(_ bytes: [UInt8]) -> (width: Int, height: Int) {
        func number(_ offset: Int) -> Int { bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (number(16), number(20))
    }

    @Test func servesATileAsPNG() async throws {
        try await Self.withClient { client in
            let response = try await client.execute(uri: Self.tilePath, method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "image/png")
            #expect(response.headers[.cacheControl] == "public, max-age=86400")
            #expect(response.headers[.accessControlAllowOrigin] == "*")
            #expect(response.headers[.eTag]?.hasPrefix("\"0.1.0-") == true)
            let bytes = Self.bytes(response)
            #expect(Array(bytes.prefix(8)) == Self.pngSignature)
            #expect(Self.pngSize(bytes) == (256, 256))
            #expect(response.headers[.contentLength] == String(bytes.count))
        }
    }

    @Test func servesDoubleDensityTiles() async throws {
        try await Self.withClient { client in
            let response = try await client.execute(uri: "/tiles/2024-05-02/8/99/104@2x.png", method: .get)
            #expect(response.status == .ok)
            let bytes = Self.bytes(response)
            #expect(Array(bytes.prefix(8)) == Self.pngSignature)
            #expect(Self.pngSize(bytes) == (512, 512))
        }
    }

    @Test func answersIfNoneMatchWithNotModified() async throws {
        try await Self.withClient { client in
            let first = try await client.execute(uri: Self.tilePath, method: .get)
            let tag = try #require(first.headers[.eTag])
            let again = try await client.execute(uri: Self.tilePath, method: .get, headers: [.ifNoneMatch: tag])
            #expect(again.status == .notModified)
            #expect(again.body.readableBytes == 0)
            #expect(again.headers[.eTag] == tag)
            #expect(again.headers[.accessControlAllowOrigin] == "*")
            let weak = try await client.execute(uri: Self.tilePath, method: .get, headers: [.ifNoneMatch: "W/" + tag])
            #expect(weak.status == .notModified)
            let other = try await client.execute(
                uri: Self.tilePath, method: .get, headers: [.ifNoneMatch: "\"something-else\""])
            #expect(other.status == .ok)
            #expect(Self.bytes(other) == Self.bytes(first))
        }
    }

    @Test func answersHeadLikeGetWithoutABody() async throws {
        try await Self.withClient { client in
            let get = try await client.execute(uri: Self.tilePath, method: .get)
            let head = try await client.execute(uri: Self.tilePath, method: .head)
            #expect(head.status == .ok)
            #expect(head.headers[.contentType] == "image/png")
            #expect(head.headers[.eTag] == get.headers[.eTag])
            #expect(head.headers[.contentLength] == String(get.body.readableBytes))
            #expect(head.body.readableBytes == 0)
            let page = try await client.execute(uri: "/", method: .head)
            #expect(page.status == .ok)
            let missing = try await client.execute(uri: "/tiles/2023-02-30/8/99/104.png", method: .head)
            #expect(missing.status == .badRequest)
        }
    }

    @Test func describesADayAsTileJSON() async throws {
        try await Self.withClient { client in
            let response = try await client.execute(uri: "/tiles/2024-05-02.json", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json")
            #expect(response.headers[.accessControlAllowOrigin] == "*")
            let document = try Self.json(response)
            #expect(document["tilejson"] as? String == "3.0.0")
            #expect(document["date"] as? String == "2024-05-02")
            #expect(document["minzoom"] as? Int == 0)
            #expect(document["maxzoom"] as? Int == 16)
            let tiles = try #require(document["tiles"] as? [String])
            #expect(tiles == ["http://localhost/tiles/2024-05-02/{z}/{x}/{y}.png"])
            let bad = try await client.execute(uri: "/tiles/1990-01-01.json", method: .get)
            #expect(bad.status == .badRequest)
        }
    }

    @Test func exportsADayAsGeoJSON() async throws {
        try await Self.withClient { client in
            let response = try await client.execute(uri: "/export/2024-05-02.geojson", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/geo+json")
            #expect(response.headers[.accessControlAllowOrigin] == "*")
            let document = try Self.json(response)
            #expect(document["type"] as? String == "FeatureCollection")
            // region.json's "version".
            #expect(document["chronomap_data_version"] as? String == "0.1.0")
            #expect(document["date"] as? String == "2024-05-02")
            let features = try #require(document["features"] as? [[String: Any]])
            #expect(features.contains { ($0["properties"] as? [String: Any])?["layer"] as? String == "zone" })
        }
    }

    @Test func gzipsTheExportWhenTheClientAcceptsIt() async throws {
        try await Self.withClient { client in
            let plain = try await client.execute(uri: "/export/2024-05-02.geojson", method: .get)
            let response = try await client.execute(
                uri: "/export/2024-05-02.geojson", method: .get, headers: [.acceptEncoding: "gzip, br"])
            #expect(response.status == .ok)
            #expect(response.headers[.vary] == "Accept-Encoding")
            #expect(plain.headers[.contentEncoding] == nil)
            if GzipEncoding.isAvailable {
                #expect(response.headers[.contentEncoding] == "gzip")
                #expect(response.headers[.eTag] != plain.headers[.eTag])
                #expect(response.body.readableBytes < plain.body.readableBytes / 3)
                #expect(try Gunzip.decompress(Data(Self.bytes(response))) == Data(Self.bytes(plain)))
                let again = try await client.execute(
                    uri: "/export/2024-05-02.geojson", method: .get,
                    headers: [.acceptEncoding: "gzip", .ifNoneMatch: response.headers[.eTag] ?? ""])
                #expect(again.status == .notModified)
            } else {
                #expect(response.headers[.contentEncoding] == nil)
                #expect(Self.bytes(response) == Self.bytes(plain))
            }
        }
    }

    @Test func listsTheKeyDatesWithTheirEvents() async throws {
        let dataset = try FixtureRegion.dataset.get()
        try await Self.withClient { client in
            let response = try await client.execute(uri: "/dates.json", method: .get)
            #expect(response.status == .ok)
            let document = try Self.json(response)
            #expect(document["first_date"] as? String == "2024-01-01")
            let dates = try #require(document["dates"] as? [[String: Any]])
            #expect(dates.count == dataset.keyDates.filter(\.isDrawable).count)
            #expect(dates.allSatisfy { ($0["date"] as? String ?? "") >= "2024-01-01" })
            let day = try #require(dates.first { $0["date"] as? String == "2024-05-01" })
            let events = try #require(day["events"] as? [[String: Any]])
            #expect(!events.isEmpty)
            #expect(events.allSatisfy { $0["title"] is String && $0["kind"] is String && $0["source"] is String })
            #expect((day["changes"] as? [[String: Any]])?.isEmpty == false)
        }
    }

    @Test func listsTheEventsOfADayAndItsWindow() async throws {
        try await Self.withClient { client in
            let response = try await client.execute(uri: "/events/2024-05-02.json", method: .get)
            #expect(response.status == .ok)
            let document = try Self.json(response)
            #expect(document["date"] as? String == "2024-05-02")
            #expect(document["events_window_days"] as? Int == 3)
            let events = try #require(document["events"] as? [[String: Any]])
            #expect(events.contains { $0["date"] as? String == "2024-05-01" && $0["days_before"] as? Int == 1 })
            #expect(
                events.allSatisfy {
                    $0["title"] is String && $0["date"] is String && $0["kind"] is String && $0["source"] is String
                })
            // Who claims and who denies, worded for every language of the viewer, and where the event is.
            // The parties' `authority` from the fixture's region.json, the point from its events file.
            let capture = try #require(events.first { $0["id"] as? String == "event-capture" })
            let claim = try #require(capture["claim"] as? [String: String])
            #expect(claim["en"] == "per the Highland Council; denied by the Coast League's command")
            #expect(claim["ru"]?.isEmpty == false)
            #expect(capture["center"] as? [Double] == [-38.76, 30.78])
            let early = try await client.execute(uri: "/events/2023-12-01.json", method: .get)
            #expect(early.status == .badRequest)
        }
    }

    @Test func servesWhatChangedHandsBetweenTwoDays() async throws {
        try await Self.withClient { client in
            let response = try await client.execute(uri: "/changes/2024-04-30_2024-05-06.geojson", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/geo+json")
            let document = try Self.json(response)
            let features = try #require(document["features"] as? [[String: Any]])
            let areas = features.compactMap { $0["properties"] as? [String: Any] }.filter {
                $0["kind"] as? String == "area-change"
            }
            // By 6 May 2024 the Coast League's strip 38.9-38.6 W has passed to the Highland Council (and settled):
            // its area is pyproj's for a 0.3° strip (`FixtureRegion`).
            let main = try #require(
                areas.first { $0["from"] as? String == "coast" && $0["to"] as? String == "highland" })
            let expected = FixtureRegion.narrowStripKm2
            #expect(abs((main["area_km2"] as? Double ?? 0) - expected) < expected * 0.01)
            for bad in [
                "/changes/2024-05-06_2024-04-30.geojson", "/changes/2024-04-30.geojson",
                "/changes/1990-01-01_2024-04-30.geojson",
            ] {
                #expect(try await client.execute(uri: bad, method: .get).status == .badRequest, "\(bad)")
            }
        }
    }

    @Test func servesTheViewerAndLeafletFromLocalFiles() async throws {
        try await Self.withClient { client in
            let page = try await client.execute(uri: "/", method: .get)
            #expect(page.status == .ok)
            #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            let html = Self.text(page)
            #expect(html.contains("id=\"date-slider\""))
            #expect(html.contains("type=\"range\""))
            #expect(html.contains("type=\"date\""))
            // Relative addresses: the same page works at a server's root and in a static site's folder.
            #expect(html.contains("src=\"leaflet/leaflet.js\""))
            #expect(html.contains("href=\"leaflet/leaflet.css\""))
            #expect(!html.contains("https://unpkg") && !html.contains("cdn"))
            #expect(html.contains("src=\"viewer/viewer.js\""))
            #expect(html.contains("src=\"viewer/state.js\""))
            #expect(html.contains("\"legend\":\"legend/{date}/{z}.json\""))
            #expect(!html.contains("{{"))

            // The legend is the tiles' own: what the scene of the day drew, with the data set's wording.
            let legend = try await client.execute(uri: "/legend/2024-06-01.json?z=9", method: .get)
            #expect(legend.status == .ok)
            let document = try #require(
                try JSONSerialization.jsonObject(with: Data(Self.text(legend).utf8)) as? [String: Any])
            let lines = try #require(document["lines"] as? [[String: Any]])
            let control = lines.filter { $0["group"] as? String == "control" }
            #expect(
                control.map { $0["label"] as? String } == [
                    "Highland Council forces", "Coast League", "Delta Republic",
                ])
            #expect(
                control.compactMap { ($0["swatch"] as? [String: Any])?["color"] as? String } == [
                    "#e6b35c", "#8fbf7f", "#c4a2dc",
                ])
            // The legend at a zoom in the path, as a static site holds it, is the same document.
            let byPath = try await client.execute(uri: "/legend/2024-06-01/9.json", method: .get)
            #expect(Self.text(byPath) == Self.text(legend))
            for file in ["viewer.js", "state.js", "swipe.js", "viewer.css", "embed.js", "embed.css"] {
                let asset = try await client.execute(uri: "/viewer/" + file, method: .get)
                #expect(asset.status == .ok, "\(file)")
            }
            #expect(try await client.execute(uri: "/viewer/../Package.swift", method: .get).status != .ok)
            #expect(try await client.execute(uri: "/index.html", method: .get).status == .ok)
            let embed = try await client.execute(uri: "/embed.html", method: .get)
            #expect(embed.status == .ok && Self.text(embed).contains("src=\"viewer/embed.js\""))

            let script = try await client.execute(uri: "/leaflet/leaflet.js", method: .get)
            #expect(script.status == .ok)
            #expect(script.headers[.contentType] == "text/javascript; charset=utf-8")
            #expect(Self.text(script).contains("Leaflet"))
            let css = try await client.execute(uri: "/leaflet/leaflet.css", method: .get)
            #expect(css.status == .ok)
            let icon = try await client.execute(uri: "/leaflet/images/layers.png", method: .get)
            #expect(icon.status == .ok)
            #expect(icon.headers[.contentType] == "image/png")
        }
    }

    @Test(arguments: [
        "/leaflet/../../etc/passwd", "/leaflet/..%2F..%2F..%2Fetc%2Fpasswd", "/leaflet/images/../../../../etc/passwd",
        "/leaflet/leaflet.js.map", "/leaflet/", "/leaflet/images/..", "/leaflet/%2e%2e/leaflet.js",
    ])
    func refusesPathsOutsideLeafletsFiles(path: String) async throws {
        try await Self.withClient { client in
            let response = try await client.execute(uri: path, method: .get)
            #expect(response.status == .notFound)
            #expect(!Self.text(response).contains("root:"))
        }
    }

    @Test(arguments: [
        ("/tiles/yesterday/8/99/104.png", "is not a date of the form YYYY-MM-DD"),
        ("/tiles/2023-02-30/8/99/104.png", "February 2023 has 28 days"),
        ("/tiles/2023-12-31/8/99/104.png", "control data starts on 2024-01-01"),
        ("/tiles/2024-05-02/99/161/97.png", "zoom 99 is outside 0 to 16"),
        ("/tiles/2024-05-02/8/256/104.png", "column x 256 is outside 0 to 255"),
        ("/tiles/2024-05-02/8/99/300.png", "row y 300 is outside 0 to 255"),
        ("/tiles/2024-05-02/8/x/104.png", "is not a whole number"),
        ("/export/2023-13-01.geojson", "there is no month 13"),
    ])
    func refusesBadRequestsWithAPlainTextReason(path: String, reason: String) async throws {
        try await Self.withClient { client in
            let response = try await client.execute(uri: path, method: .get)
            #expect(response.status == .badRequest)
            #expect(response.headers[.contentType] == "text/plain; charset=utf-8")
            #expect(response.headers[.accessControlAllowOrigin] == "*")
            #expect(Self.text(response).contains(reason), "\(path): \(Self.text(response))")
        }
    }

    @Test(arguments: [
        "/nothing", "/tiles/2024-05-02/8/99/104.jpg", "/tiles/2024-05-02/8/99", "/export/2024-05-02.json",
        "/dates.xml",
    ])
    func answersUnknownPathsWithNotFound(path: String) async throws {
        try await Self.withClient { client in
            let response = try await client.execute(uri: path, method: .get)
            #expect(response.status == .notFound)
            #expect(response.headers[.contentType] == "text/plain; charset=utf-8")
            #expect(Self.text(response).hasPrefix("not found: "))
        }
    }

    @Test func servesConcurrentTileRequestsInParallel() async throws {
        try await Self.withClient { client in
            try await withThrowingTaskGroup(of: (String, HTTPResponse.Status, [UInt8]).self) { group in
                for index in 0..<8 {
                    let path = "/tiles/2024-03-06/9/\(199 + index % 4)/\(209 + index / 4).png"
                    group.addTask {
                        let response = try await client.execute(uri: path, method: .get)
                        return (path, response.status, Self.bytes(response))
                    }
                }
                var seen = 0
                for try await (path, status, bytes) in group {
                    #expect(status == .ok, "\(path)")
                    #expect(Array(bytes.prefix(8)) == Self.pngSignature, "\(path)")
                    seen += 1
                }
                #expect(seen == 8)
            }
        }
    }

    /// The same routes over a real socket, with several connections at once.
    @Test func servesOverHTTP() async throws {
        try await Self.withClient(.live) { client in
            let port = try #require(client.port)
            let page = try await client.execute(uri: "/", method: .get)
            #expect(page.status == .ok)
            let head = try await client.execute(uri: Self.tilePath, method: .head)
            #expect(head.status == .ok)
            #expect(head.body.readableBytes == 0)
            #expect(head.headers[.contentType] == "image/png")
            try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for index in 0..<8 {
                    group.addTask {
                        try await TestClient.withClient(
                            host: "localhost", port: port, configuration: .init(timeout: .seconds(60))
                        ) { connection in
                            try await connection.get("/tiles/2024-06-15/9/\(199 + index % 4)/\(209 + index / 4).png")
                                .status
                        }
                    }
                }
                for try await status in group { #expect(status == .ok) }
            }
        }
    }

    @Test func refusesToStartWithoutLeaflet() throws {
        let renderer = try MapRenderer(
            styleFile: TestPaths.packageRoot.appendingPathComponent("styles/default.json").path)
        #expect(throws: TileServerError.leafletMissing(file: "/nonexistent/leaflet/leaflet.js")) {
            try MapServer(
                dataset: FixtureRegion.dataset.get(), renderer: renderer,
                configuration: TileServerConfiguration(leafletDirectory: "/nonexistent/leaflet"))
        }
        #expect(
            TileServerError.leafletMissing(file: "/usr/share/javascript/leaflet/leaflet.js").description
                == "libjs-leaflet is not installed: /usr/share/javascript/leaflet/leaflet.js is missing; apt-get install libjs-leaflet"
        )
    }
}
