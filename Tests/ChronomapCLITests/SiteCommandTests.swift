import Foundation
import Testing
import _ChronomapTestSupport

/// `chronomap site` as a user meets it: a folder and its address on success, one line naming the flag otherwise. On the fixture
/// region (`FixtureRegion`).
@Suite struct SiteCommandTests {
    static func run(_ arguments: [String]) throws -> CommandRunner.Outcome {
        try CommandRunner().run(
            [
                "site", "--data", FixtureRegion.folder.get(),
                "--style", TestPaths.packageRoot.appendingPathComponent("styles/default.json").path,
            ] + arguments)
    }

    @Test func writesASiteAndPrintsItsPage() throws {
        let folder = try TestPaths.makeScratchFolder().appendingPathComponent("site").path
        let outcome = try Self.run(["--from", "2024-03-05", "--to", "2024-03-06", "--zoom", "6", "--out", folder])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput == folder + "/index.html\n")
        #expect(outcome.standardError.contains("2 dates:"))
        for file in ["index.html", "embed.html", "dates.json", "changes/2024-03-05_2024-03-06.geojson"] {
            #expect(FileManager.default.fileExists(atPath: folder + "/" + file), "\(file)")
        }
        // The same folder drawn as an overlay would mix two kinds of tiles: refused, naming --out.
        let other = try Self.run([
            "--from", "2024-03-05", "--to", "2024-03-06", "--zoom", "6", "--out", folder, "--overlay",
        ])
        #expect(other.status == 64)
        #expect(other.standardError.hasPrefix("chronomap: --out: \(folder) holds a site made with other settings"))
    }

    @Test(arguments: [
        (["--from", "2024-05-01", "--to", "2024-03-04"], "--from: 2024-05-01 is after --to 2024-03-04"),
        (["--from", "2023-01-01", "--to", "2024-03-04"], "--from:"),
        (["--from", "2024-03-04", "--to", "2024-03-32"], "--to:"),
        (["--from", "2024-03-04", "--to", "2024-03-05", "--zoom", "9-3"], "--zoom:"),
        (
            ["--from", "2024-03-04", "--to", "2024-03-05", "--basemap", "javascript:alert(1)//{z}/{x}/{y}"],
            "--basemap:"
        ),
        (
            ["--from", "2024-03-04", "--to", "2024-03-05", "--basemap", "https://tile.example.org/{z}/{x}.png"],
            "--basemap: it has no {y}"
        ),
        (["--from", "2024-03-04", "--to", "2024-03-05", "--basemap-attribution", "OSM"], "--basemap-attribution:"),
        (["--from", "2024-03-04", "--to", "2024-03-05", "--jobs", "0"], "--jobs: must be 1 or more"),
        (["--from", "2024-03-04", "--to", "2024-03-05", "--lang", "xx"], "--lang:"),
    ])
    func badArgumentsAreOneLineNamingTheFlag(arguments: [String], message: String) throws {
        let outcome = try Self.run(arguments + ["--out", try TestPaths.makeScratchFolder().path + "/site"])
        #expect(outcome.status == 64, "\(outcome.standardError)")
        #expect(outcome.standardError.hasPrefix("chronomap: \(message)"), "\(outcome.standardError)")
        #expect(outcome.standardError.split(separator: "\n").count == 1)
    }
}
