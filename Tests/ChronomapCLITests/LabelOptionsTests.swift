import Foundation
import Testing
import _ChronomapTestSupport

/// `--names` and `--lang` mean the same in every command that labels a map, and `compare` speaks the language it is
/// given, on the fixture region (`FixtureRegion`: its region.json names places in en, fr and de; catalogs exist for
/// en and ru).
@Suite struct LabelOptionsTests {
    let runner = CommandRunner()

    /// Each command, with what it needs besides the labels' flags (never enough to start a server).
    static let commands: [[String]] = [
        ["render", "--date", "2024-03-06"],
        ["compare", "--before", "2024-03-04", "--after", "2024-03-06"],
        ["tiles", "build", "--date", "2024-03-06", "--zoom", "8"],
        ["site", "--from", "2024-03-04", "--to", "2024-03-06", "--zoom", "8"],
        ["serve", "--port", "0"],
        ["grid", "--dates", "2024-03-04,2024-03-06", "--out", "grid.png"],
    ]

    @Test(arguments: commands)
    func aLanguageWithoutACatalogIsRefusedAndNothingWritten(command: [String]) throws {
        let folder = try TestPaths.makeScratchFolder()
        let outcome = try runner.run(command + ["--lang", "xx", "--data", FixtureRegion.folder.get()], in: folder)
        #expect(outcome.status == 64, "\(outcome.standardError)")
        #expect(
            outcome.standardError == "chronomap: --lang: no furniture catalog for \"xx\"; available: en, ru\n",
            "\(outcome.standardError)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test(arguments: commands)
    func aNamesLanguageTheRegionLacksIsRefused(command: [String]) throws {
        let folder = try TestPaths.makeScratchFolder()
        let outcome = try runner.run(command + ["--names", "ru", "--data", FixtureRegion.folder.get()], in: folder)
        #expect(outcome.status == 64, "\(outcome.standardError)")
        #expect(
            outcome.standardError
                == "chronomap: --names: \"ru\" is not one of the region's name languages: dual, en, fr, de\n",
            "\(outcome.standardError)")
    }

    /// `compare --lang ru` of two fixture days, its images small and in a scratch folder.
    func compareInRussian(_ before: String, _ after: String) throws -> CommandRunner.Outcome {
        let folder = try TestPaths.makeScratchFolder()
        return try runner.run(
            [
                "compare", "--before", before, "--after", after, "--size", "320x240", "--lang", "ru",
                "--out-dir", folder.path, "--data", FixtureRegion.folder.get(),
            ], in: folder)
    }

    /// From 4 March to 1 June 2024 the Coast League loses 39.2–38.6 W to the Highland Council (a 0.6° strip) and
    /// 38.3–38 W to the Delta Republic (a 0.3° strip), and Brackwater, Saltmere and Eastport change hands with them
    /// (`FixtureRegion`'s table and places); the total is pyproj's areas of the two strips, in Russian digits.
    @Test func compareSummarisesInTheCatalogsLanguage() throws {
        let outcome = try compareInRussian("2024-03-04", "2024-06-01")
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let lines = outcome.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first == "С 4 марта 2024 по 1 июня 2024:", "\(outcome.standardOutput)")
        let total = (FixtureRegion.coastDuringKm2 + FixtureRegion.narrowStripKm2).rounded()
        #expect(total == 14_331)
        #expect(lines.contains("  всего: 14\u{00A0}331 км²"), "\(outcome.standardOutput)")
        #expect(lines.contains("Населённые пункты, сменившие контроль:"), "\(outcome.standardOutput)")
        // The parties' Russian names, as region.json gives them.
        #expect(lines.contains("  Eastport: Береговая лига → Республика Дельта"), "\(outcome.standardOutput)")
        #expect(
            lines.contains("  Saltmere / Salzmoor: Береговая лига → силы Горного совета"), "\(outcome.standardOutput)")
        for english in ["Between", "total", "Places", "changed", "outside", "Coast League", "Highland"] {
            #expect(!outcome.standardOutput.contains(english), "\(english) in \(outcome.standardOutput)")
        }
    }

    @Test func compareOfOneDayToItselfSaysNothingChangedInRussian() throws {
        let outcome = try compareInRussian("2024-03-06", "2024-03-06")
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(
            outcome.standardOutput.hasPrefix("С 6 марта 2024 по 6 марта 2024:\n  контроль не менялся\n"),
            "\(outcome.standardOutput)")
    }
}
