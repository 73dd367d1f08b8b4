import ArgumentParser
import Foundation

/// A failure the tool reports in one sentence on standard error, with its exit status (docs/cli.md).
struct CommandFailure: Error, CustomStringConvertible {
    /// The exit statuses: 1 the work failed, 64 bad usage, 65 bad data.
    enum Status: Int32 {
        case failure = 1
        case usage = 64
        case badData = 65
    }

    var status: Status
    var message: String

    init(_ status: Status, _ message: String) {
        self.status = status
        self.message = message
    }

    var description: String { message }
}

/// Runs a command's body; a `CommandFailure` is printed to standard error and becomes its exit status.
func reportingFailures(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let failure as CommandFailure {
        printError("chronomap: " + failure.message)
        throw ExitCode(failure.status.rawValue)
    }
}

/// Writes a line to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
