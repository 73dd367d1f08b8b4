import Foundation
import Testing
import _ChronomapTestSupport

/// `chronomap study-area` as a user meets it: `import snapshots --fill` warns that the fill spans two countries and
/// gives the command; the user runs it, imports again, and the data set validates. East Riverland's part of the
/// extent, 30.3-30 W by 0-0.4 N, is pyproj's 1,477.08 km² (`Geod(ellps="WGS84").polygon_area_perimeter`).
@Suite struct StudyAreaCommandTests {
    let runner = CommandRunner()
    static var fixtures: URL { RiverlandCommands.fixtures }

    @Test func theFillWarningsCommandNarrowsTheStudyArea() throws {
        let folder = try TestPaths.makeScratchFolder()
        let (data, created) = try RiverlandCommands.initialize(in: folder, base: "base-two-countries.geojson")
        #expect(created.status == 0, "\(created.standardError)")
        let importing = [
            "import", "snapshots", Self.fixtures.appendingPathComponent("riverland-2024-03-01.geojson").path,
            "--controller-property", "holder", "--fill", "valley-council", "--data", data,
        ]
        let first = try runner.run(importing, in: folder)
        #expect(first.status == 0, "\(first.standardError)")
        #expect(
            first.standardError.contains(
                "(chronomap study-area with their codes among ERV,WRV --data \(data), then import again)"),
            "\(first.standardError)")

        let narrowed = try runner.run(["study-area", "ERV", "--data", data], in: folder)
        #expect(narrowed.status == 0, "\(narrowed.standardError)")
        #expect(narrowed.standardOutput == data + "/region.json\n")
        #expect(
            narrowed.standardError.contains("the study area is now 1,477 km² (East Riverland 1,477 km²)"),
            "\(narrowed.standardError)")
        #expect(narrowed.standardError.contains("warning: zones.geojson: its 2 control zones were cut to the old"))
        let stale = try runner.run(["validate", "--data", data], in: folder)
        #expect(stale.status == 65, "\(stale.standardOutput)")

        let again = try runner.run(importing, in: folder)
        #expect(again.status == 0, "\(again.standardError)")
        #expect(!again.standardError.contains("warning"), "\(again.standardError)")
        let validated = try runner.run(["validate", "--data", data], in: folder)
        #expect(validated.status == 0, "\(validated.standardOutput)")
        let shown = try runner.run(["study-area", "--data", data], in: folder)
        #expect(shown.status == 0 && shown.standardOutput == "study area: 1,477 km² (East Riverland 1,477 km²)\n")
    }

    @Test func changingNeedsTheDataFolderNamed() throws {
        let folder = try TestPaths.makeScratchFolder()
        let outcome = try runner.run(["study-area", "ERV"], in: folder)
        #expect(outcome.status == 64)
        #expect(outcome.standardError == "chronomap: --data: name the data folder to change\n")
        let missing = try runner.run(["study-area", "nowhere.geojson", "--data", folder.path], in: folder)
        #expect(missing.status == 64)
        #expect(missing.standardError.contains("nowhere.geojson: no such file"))
    }
}
