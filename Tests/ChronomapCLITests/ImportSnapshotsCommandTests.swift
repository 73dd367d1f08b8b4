import Foundation
import Testing
import _ChronomapTestSupport

/// `chronomap import snapshots` from a KML in Google My Maps' structure, its controllers read from the folders.
@Suite struct ImportSnapshotsCommandTests {
    let runner = CommandRunner()
    static var fixtures: URL { TestPaths.packageRoot.appendingPathComponent("Tests/ImportTests/Fixtures") }

    @Test func aMyMapsKMLsFoldersBecomeTheControllers() throws {
        let folder = try TestPaths.makeScratchFolder()
        let (data, created) = try RiverlandCommands.initialize(in: folder, firstDate: "2024-03-05")
        #expect(created.status == 0, "\(created.standardError)")
        let kml = Self.fixtures.appendingPathComponent("ogr/mymaps-2024-03-05.kml").path
        let both = try runner.run(
            [
                "import", "snapshots", kml, "--controller-from", "folder", "--controller-property", "side", "--data",
                data,
            ], in: folder)
        #expect(
            both.status == 64
                && both.standardError.contains("--controller-property: not read with --controller-from folder"))
        let unmapped = try runner.run(
            ["import", "snapshots", kml, "--controller-from", "folder", "--data", data], in: folder)
        #expect(unmapped.status == 65)
        #expect(
            unmapped.standardError.contains(
                "\(kml): layer \"Hill Front\" features[0]: folder \"Hill Front\" is not a party"))
        let imported = try runner.run(
            [
                "import", "snapshots", kml, "--controller-from", "folder", "--party-map", "Hill Front=hill-front",
                "--party-map", "Disputed=contested", "--party-map", "Valley Council=valley-council", "--data", data,
            ], in: folder)
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(imported.standardError.contains("1 snapshot (2024-03-05) became 3 control zones"))
        let validated = try runner.run(["validate", "--data", data], in: folder)
        #expect(validated.status == 0, "\(validated.standardOutput)\(validated.standardError)")
    }

    /// A `--fill` over a study area spanning two countries warns, naming the file the user gave: with
    /// `--party-map` the snapshot is read from a converted copy, whose name must not show.
    @Test func aFillWarningNamesTheUsersFile() throws {
        let folder = try TestPaths.makeScratchFolder()
        let (data, created) = try RiverlandCommands.initialize(in: folder, base: "base-two-countries.geojson")
        #expect(created.status == 0, "\(created.standardError)")
        let snapshot = Self.fixtures.appendingPathComponent("riverland/riverland-2024-03-01.geojson").path
        let imported = try runner.run(
            [
                "import", "snapshots", snapshot, "--controller-property", "holder", "--party-map",
                "hill-front=hill-front", "--party-map", "valley-council=valley-council", "--fill", "valley-council",
                "--data", data,
            ], in: folder)
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(
            imported.standardError.contains("\(snapshot): warning: --fill valley-council gives it"),
            "\(imported.standardError)")
        #expect(!imported.standardError.contains("chronomap-snapshots-"))
    }
}
