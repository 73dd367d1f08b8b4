import Foundation
import Testing
import _ChronomapTestSupport

/// The help of every command, as exact snapshots (Tests/ChronomapCLITests/Help/*.txt; CHRONOMAP_RECORD=1 re-records):
/// a changed option shows in review as a changed help text.
@Suite struct HelpTests {
    static let commands: [[String]] = [
        [], ["render"], ["compare"], ["tiles", "build"], ["tiles", "merge"], ["serve"], ["export"], ["timeline"],
        ["validate"], ["init"], ["import", "snapshots"], ["import", "events"], ["study-area"],
        // Time outputs.
        ["areas"], ["animate"], ["grid"],
        // The static web viewer.
        ["site"],
    ]

    static var folder: URL { TestPaths.packageRoot.appendingPathComponent("Tests/ChronomapCLITests/Help") }

    @Test(arguments: commands)
    func helpMatchesItsSnapshot(command: [String]) throws {
        let outcome = try CommandRunner().run(command + ["--help"], environment: ["COLUMNS": "100"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("USAGE: chronomap"))
        let name = (command.isEmpty ? ["chronomap"] : command).joined(separator: "-") + ".txt"
        let path = Self.folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["CHRONOMAP_RECORD"] == "1"
            || !FileManager.default.fileExists(atPath: path.path)
        {
            try outcome.standardOutput.write(to: path, atomically: true, encoding: .utf8)
            if ProcessInfo.processInfo.environment["CHRONOMAP_RECORD"] != "1" {
                Issue.record("recorded \(name); check it and commit it")
            }
            return
        }
        #expect(
            outcome.standardOutput == (try String(contentsOf: path, encoding: .utf8)),
            "\(name) changed; re-record with CHRONOMAP_RECORD=1")
    }
}
