import ArgumentParser
import Chronomap
import Foundation

@main
struct ChronomapCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chronomap",
        abstract:
            "Maps of a region as it was on a given date: render, compare, tiles, serve, export, timeline and validation.",
        discussion:
            "Data: --data DIR, $CHRONOMAP_DATA, or the bundled data set. Exit status: 0 success, 1 failure, 64 bad usage, 65 bad data.",
        subcommands: [
            Render.self, Compare.self, Tiles.self, Serve.self, Site.self, Export.self, Timeline.self, Validate.self,
            Init.self, Import.self, StudyArea.self,
            // Time outputs.
            Areas.self, Animate.self, Grid.self,
        ]
    )

    @Flag(name: .long, help: "Print the tool's and the data's versions.")
    var version = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        guard version else { throw CleanExit.helpRequest(self) }
        var line = "chronomap \(ChronomapVersion.string)"
        if let folder = try? DatasetLocator().dataDirectory(explicit: global.data),
            let dataset = try? Dataset.load(from: folder, checkingInvariants: false)
        {
            line += ", data \(dataset.region.id) \(dataset.region.version) (as of \(dataset.region.asOf))"
        } else {
            line += ", no data folder found"
        }
        print(line)
    }

    /// Parses and runs a command. Argument errors are one line on standard error naming the flag
    /// (`chronomap: --date: 2023-02-30 is not a valid date: February 2023 has 28 days`), exit status 64.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let status as ExitCode {
            // The command has printed its own message.
            Foundation.exit(status.rawValue)
        } catch {
            let code = exitCode(for: error)
            guard code != .success else { exit(withError: error) }
            printError("chronomap: " + UsageMessage.oneLine(message(for: error)))
            Foundation.exit(code.rawValue)
        }
    }
}

/// The argument parser's messages as one sentence that starts with the flag.
enum UsageMessage {
    /// `The value 'x' is invalid for '--date <date>': reason` becomes `--date: reason`; other messages are kept,
    /// on one line.
    static func oneLine(_ message: String) -> String {
        let text = message.replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces)
        let prefix = "The value '"
        guard text.hasPrefix(prefix), let forRange = text.range(of: "' is invalid for '"),
            let flagEnd = text[forRange.upperBound...].firstIndex(where: { $0 == " " || $0 == "'" })
        else { return text }
        let flag = String(text[forRange.upperBound..<flagEnd])
        if let reasonStart = text.range(of: "': ", range: flagEnd..<text.endIndex) {
            return "\(flag): " + text[reasonStart.upperBound...]
        }
        let value = String(text[text.index(text.startIndex, offsetBy: prefix.count)..<forRange.lowerBound])
        return "\(flag): \"\(value)\" is not a valid value"
    }
}
