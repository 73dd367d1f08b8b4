import ArgumentParser
import Chronomap
import Foundation

extension ChronomapCommand {
    /// `chronomap validate`: every problem of a data set, or of one GeoJSON file, with its location.
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Check a data set (or one GeoJSON file) and list every problem with its location.",
            discussion: "Exit status 65 if there is any error; warnings alone exit 0.")

        @Argument(
            help: ArgumentHelp(
                "A GeoJSON file to check against RFC 7946 instead of the data set.", valueName: "file.geojson"))
        var file: String?

        @OptionGroup var global: GlobalOptions

        func run() throws {
            try reportingFailures {
                global.bootstrapLogging()
                let diagnostics: [Diagnostic]
                let subject: String
                if let file {
                    diagnostics = GeoJSONReader().read(contentsOf: file).diagnostics
                    subject = file
                } else {
                    let folder: String
                    do { folder = try DatasetLocator().dataDirectory(explicit: global.data) } catch {
                        throw CommandFailure(global.data == nil ? .failure : .usage, "--data: \(error)")
                    }
                    diagnostics = Dataset.validate(directory: folder)
                    subject = folder
                }
                for diagnostic in diagnostics { print(diagnostic.description) }
                let errors = diagnostics.filter(\.isError).count
                let warnings = diagnostics.count - errors
                printError(
                    "\(subject): \(counted(errors, "error")), \(counted(warnings, "warning"))"
                )
                if errors > 0 { throw ExitCode(CommandFailure.Status.badData.rawValue) }
            }
        }
    }
}
