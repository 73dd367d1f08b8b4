import ArgumentParser
import Chronomap
import Foundation

extension ChronomapCommand {
    /// `chronomap import`: data from other formats into a data set.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Import data into a data set: `import snapshots` turns dated control snapshots into control zones.",
            subcommands: [Snapshots.self])
    }
}

extension ChronomapCommand.Import {
    struct Snapshots: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Turn dated control snapshots (GeoJSON polygons with a controller property) into the data set's control zones.",
            discussion: """
                Each file is one day's polygons (the day from --date-property, else the first YYYY-MM-DD in the file name); a snapshot \
                holds until the next one; unchanged ground merges into one dated zone. Polygons are cut to the study area (what they \
                draw in the sea is dropped); --fill gives the land they leave to a party. Winding and slivers are repaired with GEOS \
                and reported; gaps and overlaps thinner than 1 m are rounding noise, larger ones are errors naming where and how \
                big. zones.geojson is replaced (overlays kept) only if the result passes `chronomap validate`.
                """)

        @Argument(help: ArgumentHelp("The snapshot files.", valueName: "file.geojson"))
        var files: [String]

        @Option(
            name: .long,
            help: ArgumentHelp(
                "The feature property holding the controller (a party id, or contested).", valueName: "name"))
        var controllerProperty: String

        @Option(
            name: .long,
            help: ArgumentHelp(
                "The feature property holding the day (default: the file name's date).", valueName: "name"))
        var dateProperty: String?

        @Option(name: .long, help: ArgumentHelp("The party holding the rest of the study area.", valueName: "party"))
        var fill: String?

        @Option(
            name: .long,
            help: ArgumentHelp("The zones' source (default: their polygons' source properties, else the snapshot files' names).", valueName: "text"))
        var source: String?

        @OptionGroup var global: GlobalOptions

        /// The data folder to import into (`--data`, required here: importing into a default folder would be a surprise).
        var data: String { global.data ?? "" }

        func validate() throws {
            guard !files.isEmpty else { throw ValidationError("name at least one snapshot file") }
            for file in files where !FileManager.default.fileExists(atPath: file) {
                throw ValidationError("\(file): no such file")
            }
            guard global.data != nil else { throw ValidationError("--data: name the data folder to import into") }
            guard FileManager.default.fileExists(atPath: data + "/region.json") else {
                throw ValidationError(
                    "--data: \(data) holds no region.json; create a data set with `chronomap init` first")
            }
        }

        func run() throws {
            try reportingFailures {
                global.bootstrapLogging()
                let request = SnapshotImporter.Request(
                    files: files, dataDirectory: data, controllerProperty: controllerProperty,
                    dateProperty: dateProperty, fill: fill,
                    source: source)
                let report: SnapshotImporter.Report
                do throws(ImportError) { report = try SnapshotImporter().run(request) } catch {
                    throw CommandFailure(error.status, error.description)
                }
                for repair in report.repairs { printError(repair) }
                let span =
                    report.days.first.map { "\($0)" + (report.days.count > 1 ? " to \(report.days.last!)" : "") } ?? ""
                printError("\(report.days.count) snapshots (\(span)) became \(report.zones) control zones")
                print(data + "/zones.geojson")
            }
        }
    }
}
