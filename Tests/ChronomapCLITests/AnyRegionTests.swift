import Foundation
import Testing
import _ChronomapTestSupport

/// A user's own region, end to end from the command line: `init`, `import snapshots`, then the maps, the export, the
/// pair and the tiles, all worded with the region's own parties and none of the bundled data set's.
@Suite(.serialized) struct AnyRegionTests {
    let runner = CommandRunner()
    /// The user's folder has no styles/ of its own: the style is named, as after an install that puts it elsewhere.
    static var style: [String] {
        ["--style", TestPaths.packageRoot.appendingPathComponent("styles/default.json").path]
    }
    static var fixtures: URL { TestPaths.packageRoot.appendingPathComponent("Tests/ImportTests/Fixtures/riverland") }
    static let karabakhWords = ["Karabakh", "Armenian", "Azerbaijan", "Stepanakert", "Artsakh", "Lachin", "Caucasus"]

    func makeRiverland() throws -> (folder: URL, data: String) {
        let folder = try TestPaths.makeScratchFolder()
        let (data, created) = try RiverlandCommands.initialize(
            in: folder, base: "base-countries.geojson", runner: runner)
        #expect(created.status == 0, "\(created.standardError)")
        let snapshots = [
            "riverland-2024-03-01.geojson", "riverland-2024-03-05.geojson", "riverland-2024-03-09.geojson",
        ]
        let imported = try runner.run(
            ["import", "snapshots"] + snapshots.map { Self.fixtures.appendingPathComponent($0).path }
                + ["--data", data, "--controller-property", "holder", "--fill", "valley-council"], in: folder)
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(imported.standardError.contains("3 snapshots (2024-03-01 to 2024-03-09) became 5 control zones"))
        let validated = try runner.run(["validate", "--data", data], in: folder)
        #expect(validated.status == 0, "\(validated.standardOutput)")
        return (folder, data)
    }

    @Test func theMapSpeaksOfItsOwnPartiesOnly() throws {
        let (folder, data) = try makeRiverland()
        let pdf = folder.appendingPathComponent("riverland.pdf").path
        let outcome = try runner.run(
            ["render", "--date", "2024-03-06", "--data", data, "--out", pdf, "--size", "1000x750"] + Self.style,
            in: folder)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let text = try ExternalTool.output("/usr/bin/pdftotext", ["-layout", pdf, "-"]).output
        #expect(text.contains("Riverland — 6 March 2024"))
        #expect(text.contains("Valley Council forces") && text.contains("Hill Front"))
        #expect(text.contains("Held by Hill Front"))
        for word in Self.karabakhWords { #expect(!text.contains(word), "\(word) on Riverland's map") }
        // An empty-of-events map still has its furniture.
        let png = try runner.run(
            ["render", "--date", "2024-03-01", "--data", data, "--out", folder.appendingPathComponent("m.png").path]
                + Self.style, in: folder)
        #expect(png.status == 0, "\(png.standardError)")
    }

    @Test func exportComparisonAndTilesWork() throws {
        let (folder, data) = try makeRiverland()
        let export = try runner.run(["export", "--date", "2024-03-06", "--data", data], in: folder)
        #expect(
            export.status == 0 && export.standardOutput == "output/riverland-2024-03-06.geojson\n",
            "\(export.standardError)")
        let compare = try runner.run(
            [
                "compare", "--before", "2024-03-01", "--after", "2024-03-09", "--json", "--size", "500x400", "--data",
                data,
            ] + Self.style, in: folder)
        #expect(compare.status == 0, "\(compare.standardError)")
        let summary = try #require(
            try JSONSerialization.jsonObject(with: Data(compare.standardOutput.utf8)) as? [String: Any])
        let changes = try #require(summary["changes"] as? [[String: Any]])
        // West of 30.3 W the Hill Front took 0.1° x 0.4° (pyproj: 492.36 km²); the 0.05° strip became contested (246.18 km²).
        let taken = try #require(changes.first { $0["to"] as? String == "hill-front" })
        #expect(taken["from_name"] as? String == "Valley Council forces" && taken["to_name"] as? String == "Hill Front")
        #expect(abs((taken["area_km2"] as? Double ?? 0) - 492.4) < 0.15)
        let contested = try #require(changes.first { $0["to"] as? String == "contested" })
        #expect(abs((contested["area_km2"] as? Double ?? 0) - 246.2) < 0.15)
        let tiles = try runner.run(
            ["tiles", "--date", "2024-03-06", "--zoom", "8-9", "--data", data] + Self.style, in: folder)
        #expect(tiles.status == 0, "\(tiles.standardError)")
        let tileFolder = folder.appendingPathComponent("output/tiles/riverland/2024-03-06")
        let pngs = try FileManager.default.subpathsOfDirectory(atPath: tileFolder.path).filter { $0.hasSuffix(".png") }
        #expect(pngs.count >= 4)
    }
}
