import Foundation
import Testing
import _ChronomapTestSupport

/// The tool as a user runs it: exit statuses and one-sentence errors as docs/cli.md says.
@Suite struct CLITests {
    static var tiny: String { TestPaths.packageRoot.appendingPathComponent("Tests/ChronologyTests/Fixtures/tiny").path }
    let runner = CommandRunner()

    @Test func exportWritesTheFileAtomically() throws {
        let folder = try TestPaths.makeScratchFolder()
        let outcome = try runner.run(["export", "--date", "2000-01-01", "--data", Self.tiny], in: folder)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput == "output/tiny-2000-01-01.geojson\n")
        let written = try String(
            contentsOf: folder.appendingPathComponent("output/tiny-2000-01-01.geojson"), encoding: .utf8)
        #expect(written.hasPrefix("{\"type\":\"FeatureCollection\""))
        let leftovers = try FileManager.default.contentsOfDirectory(
            atPath: folder.appendingPathComponent("output").path)
        #expect(leftovers == ["tiny-2000-01-01.geojson"])
    }

    @Test func impossibleDateIsAUsageError() throws {
        let outcome = try runner.run(["export", "--date", "2023-02-30", "--data", Self.tiny])
        #expect(outcome.status == 64)
        #expect(
            outcome.standardError == "chronomap: --date: 2023-02-30 is not a valid date: February 2023 has 28 days\n")
    }

    @Test func dateBeforeTheRangeNamesTheRange() throws {
        let outcome = try runner.run(["export", "--date", "1991-09-02", "--data", Self.tiny])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("control data starts on 1994-05-12"))
    }

    @Test func unknownLayerIsAUsageError() throws {
        let outcome = try runner.run(["export", "--date", "2000-01-01", "--layers", "zones,roads", "--data", Self.tiny])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.hasPrefix("chronomap: --layers: unknown layer \"roads\""))
    }

    @Test func unwritableOutputFailsWithoutAFile() throws {
        let folder = try TestPaths.makeScratchFolder()
        let blocker = folder.appendingPathComponent("file")
        try Data("x".utf8).write(to: blocker)
        let outcome = try runner.run([
            "export", "--date", "2000-01-01", "--data", Self.tiny, "--out", blocker.path + "/out.geojson",
        ])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.hasPrefix("chronomap: cannot write \(blocker.path)/out.geojson"))
    }

    @Test func brokenDataIsBadData() throws {
        let copy = try TestPaths.copyOfData(Self.tiny)
        let zones = copy.appendingPathComponent("zones.geojson")
        let text = try String(contentsOf: zones, encoding: .utf8)
        try String(text.prefix(300)).write(to: zones, atomically: true, encoding: .utf8)
        let export = try runner.run(["export", "--date", "2000-01-01", "--data", copy.path])
        #expect(export.status == 65)
        #expect(export.standardError.contains("zones.geojson:"))
        let validate = try runner.run(["validate", "--data", copy.path])
        #expect(validate.status == 65)
        #expect(validate.standardOutput.contains("zones.geojson:2:"))
    }

    @Test func validateOneFileWarnsWithoutFailing() throws {
        let file = try TestPaths.makeScratchFolder().appendingPathComponent("overlay.geojson")
        try Data(#"{"type":"Polygon","crs":{},"coordinates":[[[0,0],[0,1],[1,1],[1,0],[0,0]]]}"#.utf8).write(to: file)
        let outcome = try runner.run(["validate", file.path])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("warning: exterior ring is clockwise"))
        #expect(outcome.standardError.contains("0 errors, 2 warnings"))
    }

    @Test func timelineListsKeyDatesAsJSON() throws {
        let outcome = try runner.run(["timeline", "--json", "--areas", "--data", Self.tiny])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let entries = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [[String: Any]])
        #expect(
            entries.map { $0["date"] as? String } == [
                "1991-09-02", "1994-01-01", "1994-05-12", "1999-12-29", "2000-01-01", "2000-01-02",
            ])
        #expect(entries[0]["drawable"] as? Bool == false)
        let areas = try #require(entries[4]["areas_km2"] as? [String: Double])
        // pyproj.Geod(ellps="WGS84").polygon_area_perimeter([46, 46.25, 46.25, 46], [39, 39, 40, 40]) → 2,387.38 km².
        #expect(abs(areas["west"]! - 2_387.38) < 0.1)
    }

    @Test func versionNamesToolAndData() throws {
        let outcome = try runner.run(["--version", "--data", Self.tiny])
        #expect(outcome.standardOutput == "chronomap 0.1.0, data tiny 0.0.1 (as of 2024-06-30)\n")
    }
}
