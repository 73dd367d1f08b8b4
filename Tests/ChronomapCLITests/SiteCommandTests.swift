import Foundation
import Testing
import _ChronomapTestSupport

/// `chronomap site` as a user meets it: a folder and its address on success, one line naming the flag otherwise.
@Suite struct SiteCommandTests {
    static func run(_ arguments: [String]) throws -> CommandRunner.Outcome {
        try CommandRunner().run(
            [
                "site", "--data", TestPaths.bundledData,
                "--style", TestPaths.packageRoot.appendingPathComponent("styles/default.json").path,
            ] + arguments)
    }

    @Test func writesASiteAndPrintsItsPage() throws {
        let folder = try TestPaths.makeScratchFolder().appendingPathComponent("site").path
        let outcome = try Self.run(["--from", "2023-09-19", "--to", "2023-09-20", "--zoom", "6", "--out", folder])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput == folder + "/index.html\n")
        #expect(outcome.standardError.contains("2 dates:"))
        for file in ["index.html", "embed.html", "dates.json", "changes/2023-09-19_2023-09-20.geojson"] {
            #expect(FileManager.default.fileExists(atPath: folder + "/" + file), "\(file)")
        }
        // The same folder drawn as an overlay would mix two kinds of tiles: refused, naming --out.
        let other = try Self.run([
            "--from", "2023-09-19", "--to", "2023-09-20", "--zoom", "6", "--out", folder, "--overlay",
        ])
        #expect(other.status == 64)
        #expect(other.standardError.hasPrefix("chronomap: --out: \(folder) holds a site made with other settings"))
    }

    @Test(arguments: [
        (["--from", "2023-10-15", "--to", "2023-09-18"], "--from: 2023-10-15 is after --to 2023-09-18"),
        (["--from", "1990-01-01", "--to", "2023-09-18"], "--from:"),
        (["--from", "2023-09-18", "--to", "2023-09-31"], "--to:"),
        (["--from", "2023-09-18", "--to", "2023-09-19", "--zoom", "9-3"], "--zoom:"),
        (
            ["--from", "2023-09-18", "--to", "2023-09-19", "--basemap", "javascript:alert(1)//{z}/{x}/{y}"],
            "--basemap:"
        ),
        (
            ["--from", "2023-09-18", "--to", "2023-09-19", "--basemap", "https://tile.example.org/{z}/{x}.png"],
            "--basemap: it has no {y}"
        ),
        (["--from", "2023-09-18", "--to", "2023-09-19", "--basemap-attribution", "OSM"], "--basemap-attribution:"),
        (["--from", "2023-09-18", "--to", "2023-09-19", "--jobs", "0"], "--jobs: must be 1 or more"),
        (["--from", "2023-09-18", "--to", "2023-09-19", "--lang", "xx"], "--lang:"),
    ])
    func badArgumentsAreOneLineNamingTheFlag(arguments: [String], message: String) throws {
        let outcome = try Self.run(arguments + ["--out", try TestPaths.makeScratchFolder().path + "/site"])
        #expect(outcome.status == 64, "\(outcome.standardError)")
        #expect(outcome.standardError.hasPrefix("chronomap: \(message)"), "\(outcome.standardError)")
        #expect(outcome.standardError.split(separator: "\n").count == 1)
    }
}
