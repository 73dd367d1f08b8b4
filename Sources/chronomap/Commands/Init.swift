import ArgumentParser
import Chronomap
import Foundation

extension ChronomapCommand {
    /// `chronomap init`: a new, valid, empty data set.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Create a new, valid, empty data set: region.json with its parties, empty layers, a base cut from files.",
            discussion: """
                Then add control zones with `chronomap import snapshots`, check with `chronomap validate --data DIR`, and draw with \
                `chronomap render --data DIR --date D`.
                """)

        @Argument(help: ArgumentHelp("The folder to create.", valueName: "dir"))
        var directory: String

        @Option(
            name: .long,
            help: ArgumentHelp("The data set's slug (lower-case letters, digits, hyphens).", valueName: "id"))
        var id: String

        @Option(name: .long, help: ArgumentHelp("The region's name, also the maps' title.", valueName: "name"))
        var name: String

        @Option(
            name: .long, parsing: .unconditional,
            help: ArgumentHelp("The default map extent, W,S,E,N in degrees.", valueName: "W,S,E,N"),
            transform: BoundingBox.parseArgument)
        var extent: BoundingBox

        @Option(
            name: .long, help: ArgumentHelp("The first date maps can be drawn for, YYYY-MM-DD.", valueName: "date"),
            transform: Day.parseArgument)
        var firstDate: Day

        @Option(
            name: .customLong("party"),
            help: ArgumentHelp("A side, as ID=legend wording (repeat for each party).", valueName: "id=name"))
        var parties: [String] = []

        @Option(
            name: .customLong("language"),
            help: ArgumentHelp("A language place names come in (repeat; default: en).", valueName: "code"))
        var languages: [LanguageCode] = []

        @Option(
            name: .customLong("base"),
            help: ArgumentHelp("A GeoJSON file cut to the extent into base.geojson (repeat).", valueName: "file"))
        var baseFiles: [String] = []

        func validate() throws {
            let slug =
                !id.isEmpty && id.first != "-"
                && id.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
            guard slug else {
                throw ValidationError("--id: \"\(id)\" is not a slug of lower-case letters, digits and hyphens")
            }
            guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ValidationError("--name: give the region's name")
            }
            guard !parties.isEmpty else {
                throw ValidationError("--party: name at least one side, as ID=legend wording")
            }
            for party in parties { _ = try Self.party(party) }
            for file in baseFiles where !FileManager.default.fileExists(atPath: file) {
                throw ValidationError("--base: \(file): no such file")
            }
        }

        static func party(_ text: String) throws -> (id: String, name: String) {
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[1].isEmpty, !parts[0].isEmpty, parts[0] != "contested",
                parts[0].allSatisfy({ ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" })
            else {
                throw ValidationError(
                    "--party: \"\(text)\" is not ID=legend wording with a lower-case slug id other than contested")
            }
            return (parts[0], parts[1])
        }

        func run() throws {
            try reportingFailures {
                let today = Day(dayNumber: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
                let request = DataSetInitializer.Request(
                    directory: directory, id: id, name: name, extent: extent, firstDate: firstDate, asOf: today,
                    parties: try parties.map(Self.party), languages: languages.isEmpty ? ["en"] : languages.map(\.code),
                    baseFiles: baseFiles)
                do throws(ImportError) {
                    for file in try DataSetInitializer().create(request) { print(file) }
                } catch {
                    throw CommandFailure(error.status, error.description)
                }
            }
        }
    }
}

extension ImportError {
    /// The exit status of the error (docs/cli.md).
    var status: CommandFailure.Status {
        switch kind {
        case .badData: .badData
        case .usage: .usage
        case .failure: .failure
        }
    }
}
