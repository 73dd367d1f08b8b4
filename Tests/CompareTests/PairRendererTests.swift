import Canvas
import Chronology
import Compare
import Foundation
import GeoJSON
import Render
import Scene
import Testing
import _ChronomapTestSupport

/// `compare` output on the fixture region: the files, their shared georeference, the pair image and the extent.
@Suite(.serialized) struct PairRendererTests {
    static var renderer: Result<MapRenderer, any Error> { FixtureMap.renderer }

    func run(_ before: String, _ after: String, layout: PairLayout = .horizontal) throws -> (PairRenderer.Output, URL) {
        let folder = try TestPaths.makeScratchFolder("pair-\(before)-\(after)")
        let output = try PairRenderer(renderer: Self.renderer.get()).compare(
            FixtureRegion.dataset.get(), before: Day(iso: before), after: Day(iso: after), eventsWindowDays: 3,
            options: SceneOptions(width: 640, height: 480), scale: 1, layout: layout, folder: folder.path)
        return (output, folder)
    }

    @Test func writesTheFiveOutputsWithIdenticalGeoreference() throws {
        let (_, folder) = try run("2024-04-30", "2024-05-06")
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        #expect(
            names.isSuperset(of: [
                "before.png", "after.png", "pair.png", "changes.geojson", "compare.html", "before.pgw", "after.pgw",
            ]))
        let beforeWorld = try String(contentsOf: folder.appendingPathComponent("before.pgw"), encoding: .utf8)
        let afterWorld = try String(contentsOf: folder.appendingPathComponent("after.pgw"), encoding: .utf8)
        #expect(beforeWorld == afterWorld)
        let before = try Surface(contentsOfPNGFile: folder.appendingPathComponent("before.png").path)
        let after = try Surface(contentsOfPNGFile: folder.appendingPathComponent("after.png").path)
        #expect(before.width == after.width && before.height == after.height)
        // The shared world file is a real one: square pixels, no rotation, and the map covers Saltmere (38.75 W,
        // 30.75 N), which changed hands between the two days (pixel edges turned into degrees with the EPSG:3857 formulas here).
        let world = beforeWorld.split(separator: "\n").compactMap { Double($0) }
        try #require(world.count == 6, "\(beforeWorld)")
        #expect(world[0] > 0 && world[3] == -world[0] && world[1] == 0 && world[2] == 0)
        let radius = 6_378_137.0
        func longitude(_ x: Double) -> Double { x / radius * 180 / .pi }
        func latitude(_ y: Double) -> Double { (2 * atan(exp(y / radius)) - .pi / 2) * 180 / .pi }
        let west = longitude(world[4] - world[0] / 2), north = latitude(world[5] - world[3] / 2)
        let east = longitude(world[4] + world[0] * (Double(before.width) - 0.5))
        let south = latitude(world[5] + world[3] * (Double(before.height) - 0.5))
        #expect(west < -38.75 && -38.75 < east && south < 30.75 && 30.75 < north, "\(world)")
        // changes.geojson is RFC 7946 as our strict reader sees it.
        let read = GeoJSONReader().read(contentsOf: folder.appendingPathComponent("changes.geojson").path)
        #expect(!read.hasErrors, "\(read.diagnostics)")
        // The page embeds both images and needs no network.
        let page = try String(contentsOf: folder.appendingPathComponent("compare.html"), encoding: .utf8)
        #expect(page.components(separatedBy: "data:image/png;base64,").count == 3)
        #expect(!page.contains("http://") && !page.contains("https://"))
        #expect(!page.contains("{{"))
        // The summary's wording is the data set's (the parties' names in the fixture's region.json).
        #expect(page.contains("Coast League \u{2192} Highland Council forces"))
    }

    /// The pair holds both images: each panel of pair.png equals the matching map drawn without a legend.
    @Test func thePairContainsBothImages() throws {
        let (output, folder) = try run("2024-04-30", "2024-05-06")
        let pair = try Surface(contentsOfPNGFile: folder.appendingPathComponent("pair.png").path)
        #expect(pair.width >= 2 * 640 && pair.height > 480)
        let before = try Surface(contentsOfPNGFile: folder.appendingPathComponent("before.png").path)
        // The title bands are the same in both (no legend there): compare a row of pixels in the header.
        var same = 0
        for x in stride(from: 0, to: 640, by: 4) where try pair.pixel(x: x, y: 64 + 20) == before.pixel(x: x, y: 20) {
            same += 1
        }
        #expect(same > 150)
        // The contested strip and the Coast League's strip east of it went to the Highland Council: two 0.3° strips,
        // pyproj's area (`FixtureRegion`).
        #expect(abs(output.changes.totalKm2 - 2 * FixtureRegion.narrowStripKm2) < 0.01 * FixtureRegion.narrowStripKm2)
    }

    @Test func nothingChangedStillWritesThePair() throws {
        let (output, folder) = try run("2024-04-30", "2024-04-30", layout: .vertical)
        #expect(output.changes.isEmpty)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("pair.png").path))
        let pair = try Surface(contentsOfPNGFile: folder.appendingPathComponent("pair.png").path)
        #expect(pair.height > 2 * 480 && pair.width == 640)
    }

    @Test func theDefaultExtentFitsTheChanges() throws {
        let (output, _) = try run("2024-03-01", "2024-06-01")
        let box = try #require(output.changes.boundingBox)
        #expect(
            output.extent.southWest.longitude < box.southWest.longitude
                && output.extent.northEast.latitude > box.northEast.latitude)
        #expect(output.afterScene.viewport == output.beforeScene.viewport)
    }
}
