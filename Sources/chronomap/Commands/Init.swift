import ArgumentParser
import Chronomap
import Foundation

extension ChronomapCommand {
    /// `chronomap init`: a new, valid, empty data set.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract:
                "Create a new data set: region.json with its parties and study area, the base and towns cut from the world base.",
            discussion: """
                The base (countries, borders, lakes, rivers, sea names) and the towns come from the world base, Natural \
                Earth at about 1:10 million; the study area is the land inside the extent (the sea is nobody's), or the \
                land of the countries --study-area names. Then add control zones with `chronomap import snapshots`, check with `chronomap validate --data DIR`, and draw with \
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
            help: ArgumentHelp(
                "A side, as ID=legend wording, optionally followed by ;short=…;authority=…;color=#rrggbb (repeat for each party).",
                valueName: "id=name"),
            transform: PartyArgument.parseArgument)
        var parties: [PartyArgument] = []

        @Option(
            name: .customLong("language"),
            help: ArgumentHelp("A language place names come in (repeat; default: en).", valueName: "code"))
        var languages: [LanguageCode] = []

        @Option(
            name: .customLong("base"),
            help: ArgumentHelp(
                "A file (GeoJSON, KML, KMZ, GeoPackage, Shapefile) cut to the extent into base.geojson (repeat).",
                valueName: "file"))
        var baseFiles: [String] = []

        @Option(
            name: .customLong("places"),
            help: ArgumentHelp(
                "A file (GeoJSON, KML, KMZ, GeoPackage, Shapefile) of your own places (repeat); Natural Earth's towns near them are left out.",
                valueName: "file"))
        var placeFiles: [String] = []

        @Option(
            name: .customLong("study-area"),
            help: ArgumentHelp(
                "The ground the control zones cover: ISO 3166 alpha-3 codes (FRA or BEL,LUX), land (the default: all the land inside the extent), or a file of polygons (GeoJSON, KML, KMZ, GeoPackage, Shapefile).",
                valueName: "codes|file"))
        var studyArea: StudyAreaArgument?

        @Option(
            name: .long,
            help: ArgumentHelp(
                "The data set's credit line, shown in every map's footer (default: made with Chronomap, sources per feature).",
                valueName: "text"))
        var attribution: String?

        @Option(name: .long, help: ArgumentHelp("The data set's licence.", valueName: "text"))
        var licence: String?

        @Option(
            name: .customLong("data-version"),
            help: ArgumentHelp("The data set's version, MAJOR.MINOR.PATCH (default: 0.1.0).", valueName: "version"))
        var dataVersion: String?

        @Option(
            name: .customLong("utc-offset"),
            help: ArgumentHelp(
                "The local time's offset from UTC, for event times (+HH:MM or -HH:MM).", valueName: "offset"))
        var utcOffset: String?

        @OptionGroup var world: WorldBaseOptions

        func validate() throws {
            guard Slug.isValid(id) else {
                throw ValidationError("--id: \"\(id)\" is not a slug of lower-case letters, digits and hyphens")
            }
            guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ValidationError("--name: give the region's name")
            }
            guard !parties.isEmpty else {
                throw ValidationError("--party: name at least one side, as ID=legend wording")
            }
            for file in baseFiles where !FileManager.default.fileExists(atPath: file) {
                throw ValidationError("--base: \(file): no such file")
            }
            if let utcOffset {
                let characters = Array(utcOffset)
                let isOffset =
                    characters.count == 6 && (characters[0] == "+" || characters[0] == "-") && characters[3] == ":"
                    && [1, 2, 4, 5].allSatisfy { characters[$0].isASCII && characters[$0].isNumber }
                guard isOffset else { throw ValidationError("--utc-offset: \"\(utcOffset)\" is not +HH:MM or -HH:MM") }
            }
            if let dataVersion {
                let parts = dataVersion.split(separator: ".", omittingEmptySubsequences: false)
                guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else {
                    throw ValidationError("--data-version: \"\(dataVersion)\" is not MAJOR.MINOR.PATCH")
                }
            }
            for file in placeFiles where !FileManager.default.fileExists(atPath: file) {
                throw ValidationError("--places: \(file): no such file")
            }
            if case .file(let file)? = studyArea?.choice, !FileManager.default.fileExists(atPath: file) {
                throw ValidationError("--study-area: \(file): no such file")
            }
        }

        func run() throws {
            try reportingFailures {
                let today = Day(dayNumber: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
                var request = DataSetInitializer.Request(
                    directory: directory, id: id, name: name, extent: extent, firstDate: firstDate, asOf: today,
                    parties: parties.map { ($0.id, $0.name) },
                    languages: languages.isEmpty ? ["en"] : languages.map(\.code),
                    baseFiles: baseFiles,
                    worldBase: try world.path(),
                    studyArea: studyArea?.choice ?? .land, placeFiles: placeFiles)
                for party in parties { request.partyDetails[party.id] = party.details }
                if let attribution { request.attribution = attribution }
                if let licence { request.licence = licence }
                request.utcOffset = utcOffset
                if let dataVersion { request.version = dataVersion }
                do throws(ImportError) {
                    let (files, warnings) = try DataSetInitializer().create(request)
                    for warning in warnings { FileHandle.standardError.write(Data("warning: \(warning)\n".utf8)) }
                    for file in files { print(file) }
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

/// `--study-area`: ISO 3166 alpha-3 codes separated by commas, `land` (all the land inside the extent, the default),
/// or the path of a file of polygons in any format `import snapshots` reads (checked to exist in `validate()`; a file
/// named `land` is given as `./land`).
struct StudyAreaArgument: ExpressibleByArgument, Sendable {
    var choice: StudyAreaChoice

    init?(argument: String) {
        guard !argument.isEmpty else { return nil }
        if argument == "land" {
            choice = .land
            return
        }
        let codes = argument.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        if codes.allSatisfy({ $0.count == 3 && $0.allSatisfy { $0.isASCII && $0.isLetter } }) {
            choice = .countries(codes.map { $0.uppercased() })
        } else {
            choice = .file(argument)
        }
    }
}
