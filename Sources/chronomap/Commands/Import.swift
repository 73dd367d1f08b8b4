import ArgumentParser
import Chronomap
import Foundation

extension ChronomapCommand {
    /// `chronomap import`: data from other formats into a data set.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract:
                "Import data into a data set: `import snapshots` turns dated control snapshots into control zones, `import events` adds a spreadsheet's events.",
            subcommands: [Snapshots.self, Events.self])
    }
}

extension ChronomapCommand.Import {
    struct Snapshots: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "snapshots",
            abstract:
                "Turn dated control snapshots (polygons in GeoJSON, KML, KMZ, GeoPackage or Shapefile) into the data set's control zones.",
            discussion: """
                Each file is one day's polygons (the day from --date-property, else the first YYYY-MM-DD in the file name); a snapshot \
                holds until the next one; unchanged ground merges into one dated zone. Polygons are cut to the study area (what they \
                draw in the sea is dropped); --fill gives the land they leave to a party. Winding and slivers are repaired with GEOS \
                and reported; gaps and overlaps thinner than 1 m are rounding noise, larger ones are errors naming where and how \
                big. zones.geojson is replaced (overlays kept) only if the result passes `chronomap validate`. Files other than \
                GeoJSON are converted by GDAL's ogr2ogr (Debian's gdal-bin), every layer; the controller is a property, the KML \
                folder (layer) or the KML style a polygon is in (--controller-from), in party ids or in words --party-map turns \
                into party ids.
                """)

        @Argument(
            help: ArgumentHelp("The snapshot files (GeoJSON, KML, KMZ, GeoPackage, Shapefile).", valueName: "file"))
        var files: [String]

        @Option(
            name: .long,
            help: ArgumentHelp(
                "The feature property holding the controller (a party id, or contested).", valueName: "name"))
        var controllerProperty: String?

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Where the controller is: a feature property, the KML folder (layer), or the KML style.",
                valueName: "property|folder|style"))
        var controllerFrom: ControllerSource = .property

        @Option(
            name: .customLong("party-map"),
            help: ArgumentHelp("What a controller value stands for (repeatable).", valueName: "value=party"),
            transform: PartyMapping.parseArgument)
        var partyMap: [PartyMapping] = []

        @Option(
            name: .long,
            help: ArgumentHelp(
                "The feature property holding the day (default: the file name's date).", valueName: "name"))
        var dateProperty: String?

        @Option(name: .long, help: ArgumentHelp("The party holding the rest of the study area.", valueName: "party"))
        var fill: String?

        @Option(
            name: .long,
            help: ArgumentHelp(
                "The zones' source (default: their polygons' source properties, else the snapshot files' names).",
                valueName: "text"))
        var source: String?

        @OptionGroup var global: GlobalOptions

        /// The data folder to import into (`--data`, required here: importing into a default folder would be a surprise).
        var data: String { global.data ?? "" }

        func validate() throws {
            guard !files.isEmpty else { throw ValidationError("name at least one snapshot file") }
            for file in files where !FileManager.default.fileExists(atPath: file) {
                throw ValidationError("\(file): no such file")
            }
            switch (controllerFrom, controllerProperty) {
            case (.property, nil):
                throw ValidationError("--controller-property: name the property holding the controller")
            case (.folder, .some), (.style, .some):
                throw ValidationError(
                    "--controller-property: not read with --controller-from \(controllerFrom.rawValue); leave it out")
            default: break
            }
            var seen = Set<String>()
            for mapping in partyMap where !seen.insert(mapping.value).inserted {
                throw ValidationError("--party-map: \"\(mapping.value)\" is mapped twice")
            }
            try ChronomapCommand.Import.requireDataSet(global.data)
        }

        func run() throws {
            try reportingFailures {
                global.bootstrapLogging()
                let request = SnapshotImporter.Request(
                    files: files, dataDirectory: data, controllerProperty: controllerProperty ?? "",
                    dateProperty: dateProperty, fill: fill,
                    source: source)
                let inputs = SnapshotInputs(
                    controllerSource: controllerFrom, controllerProperty: controllerProperty,
                    partyMap: Dictionary(uniqueKeysWithValues: partyMap.map { ($0.value, $0.party) }))
                let report: SnapshotImporter.Report
                do throws(ImportError) { report = try SnapshotImporter().run(request, inputs: inputs) } catch {
                    throw CommandFailure(error.status, error.description)
                }
                for repair in report.repairs { printError(repair) }
                for warning in report.warnings { printError(warning) }
                let span =
                    report.days.first.map { "\($0)" + (report.days.count > 1 ? " to \(report.days.last!)" : "") } ?? ""
                printError(
                    "\(counted(report.days.count, "snapshot")) (\(span)) became "
                        + counted(report.zones, "control zone"))
                print(data + "/zones.geojson")
            }
        }
    }
}

extension ControllerSource: ExpressibleByArgument {}

/// One `--party-map VALUE=PARTY`: what a controller value of the snapshots stands for.
struct PartyMapping: Sendable {
    var value: String
    var party: String

    /// Parses `VALUE=PARTY` (the value may hold `=`: the last one divides).
    static func parseArgument(_ text: String) throws -> PartyMapping {
        guard let equals = text.lastIndex(of: "="), equals != text.startIndex,
            !text[text.index(after: equals)...].trimmingCharacters(in: .whitespaces).isEmpty
        else { throw ValidationError("\"\(text)\" is not VALUE=PARTY (a party id of region.json, or contested)") }
        return PartyMapping(
            value: String(text[..<equals]),
            party: text[text.index(after: equals)...].trimmingCharacters(in: .whitespaces))
    }
}

extension EventColumnMapping: ExpressibleByArgument {
    /// `KEY=Header`, as `--columns` takes it.
    public init?(argument: String) {
        guard let mapping = try? EventColumnMapping(parsing: argument) else { return nil }
        self = mapping
    }

    /// Parses `KEY=Header`, naming the keys when the key is unknown.
    static func parseArgument(_ text: String) throws -> EventColumnMapping {
        do { return try EventColumnMapping(parsing: text) } catch { throw ValidationError(error.description) }
    }
}

extension ChronomapCommand.Import {
    struct Events: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "events",
            abstract:
                "Add a spreadsheet's events (ACLED's CSV export, or a sheet of your own) to the data set's events.geojson.",
            discussion: """
                The columns are ACLED's (event_id_cnty, event_date, time_precision, event_type, sub_event_type, actor1, actor2, \
                location, latitude, longitude, geo_precision, source, notes, fatalities); --columns KEY=Header reads a key from \
                another header. Keys: \(EventColumn.allCases.map(\.rawValue).joined(separator: ", ")). The kind comes from \
                sub_event_type (or event_type) through the table of docs/events-import.md, or from a kind column. time_precision \
                2 or 3 makes the date approximate, geo_precision 2 or 3 the place. An event with an id already in the file replaces \
                it; nothing is written unless every row is good and the data set passes `chronomap validate`.
                """)

        @Argument(help: ArgumentHelp("The spreadsheet, as CSV (UTF-8).", valueName: "file.csv"))
        var file: String

        @Option(
            name: .long, parsing: .upToNextOption,
            help: ArgumentHelp("Read a key from another header (repeatable).", valueName: "key=header"),
            transform: EventColumnMapping.parseArgument)
        var columns: [EventColumnMapping] = []

        @OptionGroup var global: GlobalOptions

        func validate() throws {
            guard FileManager.default.fileExists(atPath: file) else { throw ValidationError("\(file): no such file") }
            var seen = Set<EventColumn>()
            for mapping in columns where !seen.insert(mapping.key).inserted {
                throw ValidationError("--columns: \(mapping.key.rawValue) is given twice")
            }
            try ChronomapCommand.Import.requireDataSet(global.data)
        }

        func run() throws {
            try reportingFailures {
                global.bootstrapLogging()
                let data = global.data ?? ""
                let report: EventImporter.Report
                do throws(ImportError) {
                    report = try EventImporter().run(
                        EventImporter.Request(file: file, dataDirectory: data, mappings: columns))
                } catch {
                    throw CommandFailure(error.status, error.description)
                }
                if global.verbose {
                    for id in report.added { printError("added \(id)") }
                    for id in report.updated { printError("updated \(id)") }
                }
                let kinds = report.kinds.sorted { $0.key.significance < $1.key.significance }
                    .map { "\($0.value) \($0.key.rawValue)" }.joined(separator: ", ")
                printError("\(counted(report.added.count, "event")) added, \(report.updated.count) updated (\(kinds))")
                print(data + "/" + Layer.events.fileName)
            }
        }
    }
}

extension ChronomapCommand.Import {
    /// The check both imports make in `validate()`: `--data` names a data set that `init` made.
    /// - Parameter toChange: the command changes the data set, rather than importing into it.
    static func requireDataSet(_ data: String?, toChange: Bool = false) throws {
        guard let data else {
            throw ValidationError("--data: name the data folder to \(toChange ? "change" : "import into")")
        }
        guard FileManager.default.fileExists(atPath: data + "/region.json") else {
            throw ValidationError("--data: \(data) holds no region.json; create a data set with `chronomap init` first")
        }
    }
}
