import Foundation
import Testing
import _ChronomapTestSupport

/// `chronomap grid` as a user runs it, on the fixture region (`FixtureRegion`).
@Suite struct GridCommandTests {
    let runner = CommandRunner()

    @Test func writesThePNGWithItsAltText() throws {
        let folder = try TestPaths.makeScratchFolder()
        let out = folder.appendingPathComponent("grid.png").path
        let outcome = try runner.run([
            "grid", "--dates", "2024-02-01,2024-03-06,2024-06-01", "--columns", "3", "--size", "1200x600", "--out", out,
            "--lang", "ru", "--data", FixtureRegion.folder.get(),
        ])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let chunks = try PNGChunks(Data(contentsOf: URL(fileURLWithPath: out)))
        #expect(chunks.size?.width == 1200 && chunks.size?.height == 600)
        #expect(chunks.text["Description"]?.hasPrefix("Карты (3): Марроудейл") == true)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
                "grid.png", "grid.png.long.txt", "grid.png.txt",
            ])
    }

    @Test(arguments: [
        (["--dates", "2024-02-01,2024-13-01", "--out", "g.png"], "chronomap: --dates: 2024-13-01 is not a valid date"),
        (["--dates", "2024-02-01,2024-02-01", "--out", "g.png"], "chronomap: --dates: 2024-02-01 is given twice"),
        (["--dates", "2023-12-31", "--out", "g.png"], "chronomap: --dates: 2023-12-31 is before the data's range"),
        (["--dates", "2024-02-01", "--out", "g.gif"], "chronomap: --out: g.gif does not end in .png, .svg or .pdf"),
        (
            ["--dates", "2024-02-01,2024-03-06", "--columns", "3", "--out", "g.png"],
            "chronomap: --columns: 3 is not from 1 to the 2 dates given"
        ),
    ])
    func badInputIsOneLineAndWritesNothing(arguments: [String], message: String) throws {
        let folder = try TestPaths.makeScratchFolder()
        let outcome = try runner.run(["grid"] + arguments + ["--data", FixtureRegion.folder.get()], in: folder)
        #expect(outcome.status == 64)
        #expect(outcome.standardError.hasPrefix(message), "\(outcome.standardError)")
        #expect(outcome.standardError.split(separator: "\n").count == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
