import ArgumentParser
import Chronomap
import Dispatch
import Logging
import Synchronization

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
        return try load(from: try dataDirectory(), checkingInvariants: checkingInvariants, dates: dates)
    }

    /// The data set in `folder`, every date given checked against it.
    private func load(
        from folder: String, checkingInvariants: Bool, dates: [(flag: String, day: Day)]
    ) throws(CommandFailure) -> Dataset {
        let dataset: Dataset
        do { dataset = try Dataset.load(from: folder, checkingInvariants: checkingInvariants) } catch {
            throw Self.badData(error)
        }
        for (flag, day) in dates {
            do { try dataset.checkDrawable(day) } catch {
                throw CommandFailure(.usage, "\(flag): \(error.description)")
            }
        }
        return dataset
    }

    /// The failure for data that cannot be loaded: its errors, one a line (exit status 65).
    private static func badData(_ error: DiagnosticError) -> CommandFailure {
        CommandFailure(.badData, error.diagnostics.filter(\.isError).map(\.description).joined(separator: "\n"))
    }

    /// ``loadDataset(checkingInvariants:dates:)``, with `prepare` run from the region alone at the same time.
    ///
    /// A map needs, besides the data, what the region gives on its own: scene options with the locator inset's
    /// world base, the style and its fonts. They take about as long as reading the layers, and share nothing with
    /// it (`region.json` is read for each). When the data cannot be loaded, its error is the one thrown.
    func loadDataset<Prepared: Sendable>(
        dates: [(flag: String, day: Day)], preparing prepare: @Sendable (Region) throws(CommandFailure) -> Prepared
    ) throws(CommandFailure) -> (Dataset, Prepared) {
        bootstrapLogging()
        let folder = try dataDirectory()
        let loaded = Mutex<Result<Dataset, CommandFailure>?>(nil)
        let prepared = Mutex<Result<Prepared, CommandFailure>?>(nil)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 {
                let result = Result { () throws(CommandFailure) in
                    try load(from: folder, checkingInvariants: false, dates: dates)
                }
                loaded.withLock { $0 = result }
            } else {
                let result = Result { () throws(CommandFailure) in
                    let region: Region
                    do throws(DiagnosticError) { region = try Dataset.region(in: folder) } catch {
                        throw Self.badData(error)
                    }
                    return try prepare(region)
                }
                prepared.withLock { $0 = result }
            }
        }
        // `concurrentPerform` returns after both iterations ran, so both results are set.
        guard let dataset = loaded.withLock({ $0 }), let made = prepared.withLock({ $0 }) else {
            throw CommandFailure(.failure, "internal error: the data and the map's inputs were not both made")
        }
        return (try dataset.get(), try made.get())
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
