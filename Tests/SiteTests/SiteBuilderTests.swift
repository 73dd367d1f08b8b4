import Chronology
import Foundation
import GeoJSON
import Projection
import Site
import Testing
import Tiles
import _ChronomapTestSupport

/// What `chronomap site` writes: every file the viewer reads, nothing loaded from elsewhere, identical tiles
/// stored once, re-runs that add only what is missing.
@Suite struct SiteBuilderTests {
    static func files(under folder: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder),
                !isFolder.boolValue
            {
                files.append(path)
            }
        }
        return files.sorted()
    }

    @Test func writesEverythingTheViewerReads() throws {
        let folder = try SiteFixture.springSite.get()
        let files = Set(Self.files(under: folder))
        for name in [
            "index.html", "embed.html", "site.json", "dates.json", "viewer/viewer.js", "viewer/state.js",
            "viewer/swipe.js", "viewer/viewer.css", "viewer/embed.js", "viewer/embed.css", "leaflet/leaflet.js",
            "leaflet/leaflet.css", "leaflet/images/layers.png", "leaflet/images/marker-icon.png",
        ] {
            #expect(files.contains(name), "\(name) is missing")
        }
        let dates = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("dates.json")))
                as? [String: Any])
        let days = (dates["dates"] as? [[String: Any]] ?? []).compactMap { $0["date"] as? String }
        #expect(days == SiteFixture.springDays)
        let box = try FixtureRegion.dataset.get().region.extent
        let perDay = TilePyramid(bbox: box, zooms: 7...8).tiles
        #expect(!perDay.isEmpty)
        for day in SiteFixture.springDays {
            #expect(files.contains("events/\(day).json"), "events of \(day)")
            #expect(files.contains("tiles/\(day)/tilejson.json"), "tilejson of \(day)")
            for zoom in 7...8 { #expect(files.contains("legend/\(day)/\(zoom).json"), "legend of \(day) at \(zoom)") }
            for tile in perDay {
                #expect(files.contains("tiles/\(day)/\(tile.z)/\(tile.x)/\(tile.y).png"), "\(day) \(tile)")
            }
        }
        // Changes: consecutive days, and each day against the first and the last (docs/data-format.md, "site").
        let first = SiteFixture.springDays.first ?? "", last = SiteFixture.springDays.last ?? ""
        var pairs = Set<String>()
        for (before, after) in zip(SiteFixture.springDays, SiteFixture.springDays.dropFirst()) {
            pairs.insert("\(before)_\(after)")
        }
        for day in SiteFixture.springDays.dropFirst() { pairs.insert("\(first)_\(day)") }
        for day in SiteFixture.springDays.dropLast() { pairs.insert("\(day)_\(last)") }
        #expect(Set(files.filter { $0.hasPrefix("changes/") }) == Set(pairs.map { "changes/\($0).geojson" }))
        // What changed hands over the range is read back as valid GeoJSON with the parties' ids: the handover gave
        // the Coast League's strip to the Highland Council.
        let changes = GeoJSONReader().read(
            contentsOf: folder.appendingPathComponent("changes/\(first)_\(last).geojson").path)
        #expect(!changes.hasErrors)
        guard case .featureCollection(let collection)? = changes.object else {
            Issue.record("the changes are not a FeatureCollection")
            return
        }
        let areas = collection.features.filter { $0.string("kind") == "area-change" }
        #expect(areas.contains { $0.string("from") == "coast" && $0.string("to") == "highland" })
    }

    @Test func theSiteLoadsNothingFromElsewhere() throws {
        let folder = try SiteFixture.springSite.get()
        for page in ["index.html", "embed.html"] {
            let html = try String(contentsOf: folder.appendingPathComponent(page), encoding: .utf8)
            let addresses = Self.attributes(in: html, named: ["src", "href"])
            #expect(!addresses.isEmpty)
            for address in addresses {
                #expect(!address.contains("//") && !address.hasPrefix("/"), "\(page) loads \(address)")
            }
            #expect(html.contains("\"basemap\":null"))
        }
        // Leaflet's style sheet names only its own images.
        let css = try String(contentsOf: folder.appendingPathComponent("leaflet/leaflet.css"), encoding: .utf8)
        #expect(!css.contains("url(http") && !css.contains("url(//"))
    }

    /// The policy a static host cannot send as headers, in the pages themselves, before anything they load; and
    /// nothing in them it would block (no inline script or style). Written out by hand, not read from the code.
    @Test func thePagesCarryTheirSecurityPolicyAsMetaTags() throws {
        let folder = try SiteFixture.springSite.get()
        let policy =
            "default-src &#39;self&#39;; script-src &#39;self&#39;; style-src &#39;self&#39;; "
            + "img-src &#39;self&#39; https: data:; connect-src &#39;self&#39;; frame-src &#39;self&#39;; "
            + "object-src &#39;none&#39;; base-uri &#39;self&#39;; form-action &#39;none&#39;"
        for page in ["index.html", "embed.html"] {
            let html = try String(contentsOf: folder.appendingPathComponent(page), encoding: .utf8)
            let meta = try #require(
                html.range(of: "<meta http-equiv=\"Content-Security-Policy\" content=\"\(policy)\">"), "\(page)")
            #expect(html.contains("<meta name=\"referrer\" content=\"strict-origin-when-cross-origin\">"), "\(page)")
            let firstLoad = try #require(html.range(of: "<link rel=\"stylesheet\""))
            #expect(meta.upperBound <= firstLoad.lowerBound, "\(page): the policy comes after what it governs")
            // Every script is a file or the configuration's JSON data block; no style element or attribute.
            let scripts = html.components(separatedBy: "<script").dropFirst()
            #expect(!scripts.isEmpty)
            for script in scripts {
                #expect(
                    script.hasPrefix(" src=\"") || script.hasPrefix(" type=\"application/json\""),
                    "\(page): an inline script \(script.prefix(60))")
            }
            #expect(!html.contains("<style") && !html.contains(" style=\""), "\(page)")
        }
    }

    @Test func identicalTilesAreStoredOnceAsHardLinks() throws {
        // The three key dates of the handover at zoom 10 (1, 4 and 5 May): it moved one strip, so the tiles of the
        // Highland Council's western ground look the same on the three days.
        let folder = try TestPaths.makeScratchFolder().appendingPathComponent("site")
        let summary = try SiteFixture.build(into: folder, from: "2024-05-01", to: "2024-05-05", zooms: 10...10)
        #expect(summary.tilesLinked > 0)
        let tiles = Self.files(under: folder).filter { $0.hasPrefix("tiles/") && $0.hasSuffix(".png") }
        var byContent: [Data: [String]] = [:]
        for path in tiles {
            byContent[try Data(contentsOf: folder.appendingPathComponent(path)), default: []].append(path)
        }
        let shared = byContent.values.filter { $0.count > 1 }
        #expect(shared.count > 10, "only \(shared.count) sets of identical tiles")
        for paths in shared {
            let inodes = try Set(paths.map { try Self.inode(of: folder.appendingPathComponent($0).path) })
            #expect(inodes.count == 1, "identical tiles stored apart: \(paths)")
        }
        // And tiles that differ are files of their own.
        let allInodes = try Set(tiles.map { try Self.inode(of: folder.appendingPathComponent($0).path) })
        #expect(allInodes.count == byContent.count)
    }

    @Test func aRerunAddsOnlyWhatIsMissing() throws {
        let folder = try TestPaths.makeScratchFolder().appendingPathComponent("site")
        let first = try SiteFixture.build(into: folder, from: "2024-05-01", to: "2024-05-05", zooms: 6...6)
        #expect(first.tilesWritten > 0)
        #expect(
            first.tilesWritten + first.tilesLinked == 3
                * TilePyramid(bbox: try FixtureRegion.dataset.get().region.extent, zooms: 6...6).tiles.count)
        let again = try SiteFixture.build(into: folder, from: "2024-05-01", to: "2024-05-05", zooms: 6...6)
        #expect(again.tilesWritten == 0 && again.tilesLinked == 0 && again.changesWritten == 0)
        #expect(again.tilesSkipped == first.tilesWritten + first.tilesLinked)
        // Take one tile and one changes file away: exactly those come back.
        let tiles = Self.files(under: folder).filter { $0.hasPrefix("tiles/2024-05-04/") && $0.hasSuffix(".png") }
        let removed = try #require(tiles.first)
        try FileManager.default.removeItem(at: folder.appendingPathComponent(removed))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("changes/2024-05-01_2024-05-05.geojson"))
        let third = try SiteFixture.build(into: folder, from: "2024-05-01", to: "2024-05-05", zooms: 6...6)
        #expect(third.tilesWritten + third.tilesLinked == 1)
        #expect(third.changesWritten == 1)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(removed).path))
        // The same folder drawn with another style variant would mix two kinds of tiles: refused.
        #expect(throws: SiteError.self) {
            try SiteFixture.build(into: folder, from: "2024-05-01", to: "2024-05-05", zooms: 6...6, variant: .overlay)
        }
    }

    static func inode(of path: String) throws -> UInt64 {
        var status = stat()
        guard stat(path, &status) == 0 else { throw CocoaError(.fileNoSuchFile) }
        return UInt64(status.st_ino)
    }

    /// The values of the named attributes in an HTML text.
    static func attributes(in html: String, named names: [String]) -> [String] {
        var values: [String] = []
        for name in names {
            var rest = Substring(html)
            while let range = rest.range(of: " \(name)=\"") {
                let start = range.upperBound
                guard let end = rest[start...].firstIndex(of: "\"") else { break }
                values.append(String(rest[start..<end]))
                rest = rest[end...]
            }
        }
        return values
    }
}
