import Foundation
import _ChronomapTestSupport

/// The fictional Riverland as a user sets it up from the command line: `chronomap init` with its extent and its two
/// parties, in a scratch folder.
enum RiverlandCommands {
    /// The import tests' Riverland fixtures (snapshots and base files).
    static var fixtures: URL { TestPaths.packageRoot.appendingPathComponent("Tests/ImportTests/Fixtures/riverland") }

    /// Runs `init` into `<folder>/riverland`.
    /// - Parameters:
    ///   - firstDate: the data set's first date.
    ///   - base: a base file of the fixtures (`base-countries.geojson`, `base-two-countries.geojson`), or nil for
    ///     none.
    /// - Returns: the data folder and the outcome.
    static func initialize(
        in folder: URL, firstDate: String = "2024-03-01", base: String? = nil, runner: CommandRunner = CommandRunner()
    ) throws -> (data: String, outcome: CommandRunner.Outcome) {
        let data = folder.appendingPathComponent("riverland").path
        var arguments = [
            "init", data, "--id", "riverland", "--name", "Riverland", "--extent", "-30.6,0,-30,0.4", "--first-date",
            firstDate, "--party", "valley-council=Valley Council forces", "--party", "hill-front=Hill Front",
        ]
        if let base { arguments += ["--base", fixtures.appendingPathComponent(base).path] }
        return (data, try runner.run(arguments, in: folder))
    }
}
