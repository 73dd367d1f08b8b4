import ArgumentParser
import Chronomap
import Logging

/// Options every command takes: where the data is and how much to log.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The data folder (default: $CHRONOMAP_DATA, ./data/<bundled data set>, then data/<bundled data set> beside the executable or in ../share/chronomap).",
            valueName: "dir"))
    var data: String?

    @Flag(name: [.short, .long], help: "Log progress and details to standard error.")
    var verbose = false

    /// Sends swift-log output to standard error at the chosen level. Safe to call more than once.
    func bootstrapLogging() {
        LoggingBootstrap.run(level: verbose ? .debug : .warning)
    }

    /// The data folder, found in the order the README gives (``DatasetLocator``).
    func dataDirectory() throws(CommandFailure) -> String {
        do { return try DatasetLocator().dataDirectory(explicit: data) } catch {
            throw CommandFailure(data == nil ? .failure : .usage, "--data: \(error)")
        }
    }

    /// Finds and loads the data set, and checks that every date given can be drawn from it: the one place dates
    /// are range-checked.
    /// - Parameter dates: the dates given, with the flag that gave each (for the message).
    /// - Throws: `CommandFailure` with the right exit status (65 for bad data, 64 for a date out of range).
    func loadDataset(
        checkingInvariants: Bool = false, dates: [(flag: String, day: Day)] = []
    ) throws(CommandFailure) -> Dataset {
        bootstrapLogging()
        let folder = try dataDirectory()
        let dataset: Dataset
        do { dataset = try Dataset.load(from: folder, checkingInvariants: checkingInvariants) } catch {
            throw CommandFailure(
                .badData, error.diagnostics.filter(\.isError).map(\.description).joined(separator: "\n"))
        }
        for (flag, day) in dates {
            do { try dataset.checkDrawable(day) } catch {
                throw CommandFailure(.usage, "\(flag): \(error.description)")
            }
        }
        return dataset
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
