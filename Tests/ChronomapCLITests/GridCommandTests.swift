import Foundation
import Testing
import _ChronomapTestSupport

/// `chronomap grid` as a user runs it.
@Suite struct GridCommandTests {
    let runner = CommandRunner()

    @Test func writesThePNGWithItsAltText() throws {
        let folder = try TestPaths.makeScratchFolder()
        let out = folder.appendingPathComponent("grid.png").path
        let outcome = try runner.run([
            "grid", "--dates", "2020-09-27,2020-11-10,2023-10-15", "--columns", "3", "--size", "1200x600", "--out", out,
            "--lang", "ru", "--data", TestPaths.bundledData,
        ])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let chunks = try PNGChunks(Data(contentsOf: URL(fileURLWithPath: out)))
        #expect(chunks.size?.width == 1200 && chunks.size?.height == 600)
        #expect(chunks.text["Description"]?.hasPrefix("Карты (3): Нагорный Карабах") == true)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
                "grid.png", "grid.png.long.txt", "grid.png.txt",
            ])
    }

    @Test(arguments: [
        (["--dates", "2020-09-27,2020-13-01", "--out", "g.png"], "chronomap: --dates: 2020-13-01 is not a valid date"),
        (["--dates", "2020-09-27,2020-09-27", "--out", "g.png"], "chronomap: --dates: 2020-09-27 is given twice"),
        (["--dates", "1990-01-01", "--out", "g.png"], "chronomap: --dates: 1990-01-01 is before the data's range"),
        (["--dates", "2020-09-27", "--out", "g.gif"], "chronomap: --out: g.gif does not end in .png, .svg or .pdf"),
        (
            ["--dates", "2020-09-27,2020-11-10", "--columns", "3", "--out", "g.png"],
            "chronomap: --columns: 3 is not from 1 to the 2 dates given"
        ),
    ])
    func badInputIsOneLineAndWritesNothing(arguments: [String], message: String) throws {
        let folder = try TestPaths.makeScratchFolder()
        let outcome = try runner.run(["grid"] + arguments + ["--data", TestPaths.bundledData], in: folder)
        #expect(outcome.status == 64)
        #expect(outcome.standardError.hasPrefix(message), "\(outcome.standardError)")
        #expect(outcome.standardError.split(separator: "\n").count == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
