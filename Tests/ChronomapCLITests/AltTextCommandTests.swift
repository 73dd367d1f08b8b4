import Foundation
import Testing
import _ChronomapTestSupport

/// Every image gets its alt text: `render` and `compare` write `<image>.txt` and `<image>.long.txt` and put the
/// short form in the PNG's Description chunk.
@Suite struct AltTextCommandTests {
    let runner = CommandRunner()

    @Test(arguments: ["en", "ru"])
    func renderWritesTheAltTextBesideTheMap(language: String) throws {
        let folder = try TestPaths.makeScratchFolder("render-alt-\(language)")
        let out = folder.appendingPathComponent("m.png").path
        let outcome = try runner.run([
            "render", "--date", "2024-05-02", "--size", "640x480", "--lang", language, "--out", out, "--data",
            FixtureRegion.folder.get(),
        ])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let short = try String(contentsOfFile: out + ".txt", encoding: .utf8)
        let long = try String(contentsOfFile: out + ".long.txt", encoding: .utf8)
        #expect(
            try PNGChunks(Data(contentsOf: URL(fileURLWithPath: out))).text["Description"].map { $0 + "\n" } == short)
        #expect(short.split(whereSeparator: \.isWhitespace).count < 125)
        #expect(long.count > short.count)
        #expect(short.contains(language == "ru" ? "2 мая 2024" : "2 May 2024"), "\(short)")
    }

    @Test func compareDescribesEachImageAndThePair() throws {
        let folder = try TestPaths.makeScratchFolder()
        let outcome = try runner.run([
            "compare", "--before", "2024-02-01", "--after", "2024-06-01", "--size", "480x360", "--out-dir",
            folder.path, "--data", FixtureRegion.folder.get(),
        ])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        for image in ["before.png", "after.png", "pair.png"] {
            let path = folder.appendingPathComponent(image).path
            let short = try String(contentsOfFile: path + ".txt", encoding: .utf8)
            #expect(
                try PNGChunks(Data(contentsOf: URL(fileURLWithPath: path))).text["Description"].map { $0 + "\n" }
                    == short)
            #expect(FileManager.default.fileExists(atPath: path + ".long.txt"))
        }
        let pair = try String(contentsOfFile: folder.appendingPathComponent("pair.png.txt").path, encoding: .utf8)
        #expect(
            pair.hasPrefix(
                "Two maps of Marrowdale on one extent and scale: 1 February 2024 (left) and 1 June 2024 (right)."
            ), "\(pair)")
        // The later map says what is hatched on it.
        let after = try String(contentsOfFile: folder.appendingPathComponent("after.png.txt").path, encoding: .utf8)
        #expect(
            after.contains("Changed hands since 1 February 2024, hatched: Coast League → Highland Council forces"),
            "\(after)")
        // What compare prints as having changed hands, direction by direction, is what the pair's text says.
        let directions = outcome.standardOutput.split(separator: "\n").filter {
            $0.contains(" → ") && $0.hasSuffix("km²")
        }
        #expect(!directions.isEmpty)
        for direction in directions {
            #expect(pair.contains(direction.trimmingCharacters(in: .whitespaces)), "\(direction)")
        }
    }
}
