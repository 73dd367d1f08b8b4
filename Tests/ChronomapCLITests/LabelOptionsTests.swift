import Foundation
import Testing
import _ChronomapTestSupport

/// `--names` and `--lang` mean the same in every command that labels a map, and `compare` speaks the language it is
/// given, on the bundled data (whose region.json names its places in en, az and hy; catalogs exist for en and ru).
@Suite struct LabelOptionsTests {
    let runner = CommandRunner()

    /// Each command, with what it needs besides the labels' flags (never enough to start a server).
    static let commands: [[String]] = [
        ["render", "--date", "2023-09-19"],
        ["compare", "--before", "2023-09-18", "--after", "2023-09-19"],
        ["tiles", "build", "--date", "2023-09-19", "--zoom", "8"],
        ["site", "--from", "2023-09-18", "--to", "2023-09-19", "--zoom", "8"],
        ["serve", "--port", "0"],
        ["grid", "--dates", "2023-09-18,2023-09-19", "--out", "grid.png"],
    ]

    @Test(arguments: commands)
    func aLanguageWithoutACatalogIsRefusedAndNothingWritten(command: [String]) throws {
        let folder = try TestPaths.makeScratchFolder()
        let outcome = try runner.run(command + ["--lang", "xx", "--data", TestPaths.bundledData], in: folder)
        #expect(outcome.status == 64, "\(outcome.standardError)")
        #expect(
            outcome.standardError == "chronomap: --lang: no furniture catalog for \"xx\"; available: en, ru\n",
            "\(outcome.standardError)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test(arguments: commands)
    func aNamesLanguageTheRegionLacksIsRefused(command: [String]) throws {
        let folder = try TestPaths.makeScratchFolder()
        let outcome = try runner.run(command + ["--names", "ru", "--data", TestPaths.bundledData], in: folder)
        #expect(outcome.status == 64, "\(outcome.standardError)")
        #expect(
            outcome.standardError
                == "chronomap: --names: \"ru\" is not one of the region's name languages: dual, en, az, hy\n",
            "\(outcome.standardError)")
    }

    @Test func compareSummarisesInTheCatalogsLanguage() throws {
        let folder = try TestPaths.makeScratchFolder()
        let outcome = try runner.run(
            [
                "compare", "--before", "2023-09-18", "--after", "2023-10-15", "--size", "320x240", "--lang", "ru",
                "--out-dir", folder.path, "--data", TestPaths.bundledData,
            ], in: folder)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let lines = outcome.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first == "С 18 сентября 2023 по 15 октября 2023:", "\(outcome.standardOutput)")
        #expect(lines.contains { $0.hasPrefix("  всего: ") && $0.hasSuffix(" км²") }, "\(outcome.standardOutput)")
        #expect(lines.contains("Населённые пункты, сменившие контроль:"), "\(outcome.standardOutput)")
        for english in ["Between", "total", "Places", "changed", "outside"] {
            #expect(!outcome.standardOutput.contains(english), "\(english) in \(outcome.standardOutput)")
        }
    }

    @Test func compareOfOneDayToItselfSaysNothingChangedInRussian() throws {
        let folder = try TestPaths.makeScratchFolder()
        let outcome = try runner.run(
            [
                "compare", "--before", "2023-09-18", "--after", "2023-09-18", "--size", "320x240", "--lang", "ru",
                "--out-dir", folder.path, "--data", TestPaths.bundledData,
            ], in: folder)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(
            outcome.standardOutput.hasPrefix("С 18 сентября 2023 по 18 сентября 2023:\n  контроль не менялся\n"),
            "\(outcome.standardOutput)")
    }
}
