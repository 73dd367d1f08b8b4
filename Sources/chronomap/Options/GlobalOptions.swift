import ArgumentParser
import Chronomap
import Logging

/// Options every command takes: where the data is and how much to log.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The data folder (default: $CHRONOMAP_DATA, ./data/nagorno-karabakh, ../share/chronomap/nagorno-karabakh beside the executable).", valueName: "dir"))
    var data: String?

    @Flag(name: [.short, .long], help: "Log progress and details to standard error.")
    var verbose = false

    /// Sends swift-log output to standard error at the chosen level. Safe to call more than once.
    func bootstrapLogging() {
        LoggingBootstrap.run(level: verbose ? .debug : .warning)
    }

    /// Finds and loads the data set.
    /// - Throws: `CommandFailure` with the right exit status (65 for bad data).
    func loadDataset(checkingInvariants: Bool = false) throws(CommandFailure) -> Dataset {
        bootstrapLogging()
        let folder: String
        do { folder = try DatasetLocator().dataDirectory(explicit: data) } catch {
            throw CommandFailure(data == nil ? .failure : .usage, "--data: \(error)")
        }
        do {
            return try Dataset.load(from: folder, checkingInvariants: checkingInvariants)
        } catch {
            throw CommandFailure(.badData, error.diagnostics.filter(\.isError).map(\.description).joined(separator: "\n"))
        }
    }
}

/// Sets up swift-log once per process.
enum LoggingBootstrap {
    nonisolated(unsafe) private static var done = false

    static func run(level: Logger.Level) {
        guard !done else { return }
        done = true
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }
}
