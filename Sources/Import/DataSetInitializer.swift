import Chronology
import Foundation
import GeoJSON
import Support
import Topology
import WorldBase

/// Creates a new, valid data set with no control zones yet (`chronomap init`, `docs/data-format.md`): `region.json`
/// with the parties, languages and study area, the base and towns cut from the world base (plus the user's own
/// base and place files), empty routes, zones and events, and a README stub.
/// `validate` passes on it and `render` draws it: land, water, borders and names, with the furniture.
public struct DataSetInitializer: Sendable {
    /// What to create.
    public struct Request: Sendable {
        public var directory: String
        public var id: String
        public var name: String
        public var extent: BoundingBox
        public var firstDate: Day
        /// The day the data is checked as of (today, for a new data set).
        public var asOf: Day
        public var parties: [(id: String, name: String)]
        /// More of each party's wording and its colour, by party id: `short`, `authority`, `color` (and
        /// `name:<lang>` or `short:<lang>`), as `region.json` takes them.
        public var partyDetails: [String: [String: String]] = [:]
        public var languages: [String]
        /// Files (GeoJSON, or any format GDAL reads) whose features are cut to the extent into `base.geojson`.
        public var baseFiles: [String]
        /// The world base file to cut the base, the study area and the towns from; nil for none.
        public var worldBase: String?
        /// The ground the control zones must cover.
        public var studyArea: StudyAreaChoice
        /// Files (GeoJSON, or any format GDAL reads) of the user's own places: they come first, and a world base town within
        /// ``placeMergeDistanceKm`` of one of them, or of the same name, is left out.
        public var placeFiles: [String]
        public var attribution: String
        public var licence: String
        /// The local time's offset from UTC (`+02:00`), for event times; nil to leave it out.
        public var utcOffset: String?
        /// The data set's version (semantic versioning).
        public var version = "0.1.0"

        /// - Parameters: as described on each property.
        public init(
            directory: String, id: String, name: String, extent: BoundingBox, firstDate: Day, asOf: Day,
            parties: [(id: String, name: String)],
            languages: [String] = ["en"], baseFiles: [String] = [], worldBase: String? = nil,
            studyArea: StudyAreaChoice = .land, placeFiles: [String] = [], attribution: String? = nil,
            licence: String? = nil
        ) {
            self.directory = directory
            self.id = id
            self.name = name
            self.extent = extent
            self.firstDate = firstDate
            self.asOf = max(asOf, firstDate)
            self.parties = parties
            self.languages = languages
            self.baseFiles = baseFiles
            self.worldBase = worldBase
            self.studyArea = studyArea
            self.placeFiles = placeFiles
            self.attribution = attribution ?? "\(name) data set made with Chronomap; each feature names its own sources"
            self.licence = licence ?? "to be chosen by the data set's authors"
        }
    }

    /// A town of the world base this close to one of the user's places is the same town (km).
    public static let placeMergeDistanceKm = 3.0

    public init() {}

    /// Creates the folder and its files.
    /// - Returns: the files written, and warnings (for example: no land in the extent).
    /// - Throws: `ImportError` when the folder already holds a data set, a base file cannot be read, or a file
    ///   cannot be written.
    public func create(_ request: Request) throws(ImportError) -> (files: [String], warnings: [String]) {
        let folder = request.directory
        if FileManager.default.fileExists(atPath: folder + "/region.json") {
            throw ImportError(
                .usage,
                "\(folder): already holds a data set (region.json); choose an empty folder, or change its study area with chronomap study-area"
            )
        }
        var seen = Set<String>()
        for party in request.parties where !seen.insert(party.id).inserted {
            throw ImportError(.usage, "--party: \"\(party.id)\" is given twice")
        }
        let engine: GeometryEngine
        do { engine = try GeometryEngine() } catch { throw ImportError(.failure, "\(error)") }
        var base: [Feature] = []
        var places: [Feature] = try placeFeatures(request.placeFiles)
        var studyArea: Geometry?
        var warnings: [String] = []
        if let path = request.worldBase {
            let world: WorldBase
            do { world = try WorldBase(path: path) } catch { throw ImportError(.failure, error.description) }
            let cut = WorldBaseCut(
                worldBase: world, extent: request.extent, languages: request.languages, engine: engine)
            let (features, countries) = try cut.baseFeatures()
            base = features
            let (area, warning) = try cut.studyArea(
                request.studyArea, baseCountries: countries, dataDirectory: folder)
            studyArea = area
            if let warning { warnings.append(warning) }
            places += Self.withoutDuplicates(try cut.places(), of: places)
        }
        if case .file(let file) = request.studyArea { studyArea = try Self.studyArea(from: file, engine: engine) }
        base += try baseFeatures(request, engine: engine)
        var region: JSONObject = [
            "id": .string(request.id), "name": .string(request.name), "title": .string(request.name),
            "extent": .array(
                [
                    request.extent.southWest.longitude, request.extent.southWest.latitude,
                    request.extent.northEast.longitude, request.extent.northEast.latitude,
                ].map { .number($0) }),
            "first_date": .string(request.firstDate.description), "version": .string(request.version),
            "as_of": .string(request.asOf.description),
            "attribution": .string(request.attribution), "licence": .string(request.licence),
        ]
        region["languages"] = .array(request.languages.map { .string($0) })
        region["parties"] = .array(
            request.parties.map { party in
                var object: JSONObject = ["id": .string(party.id), "name": .string(party.name)]
                for (key, value) in (request.partyDetails[party.id] ?? [:]).sorted(by: { $0.key < $1.key }) {
                    object[key] = .string(value)
                }
                return .object(object)
            })
        region["overlays"] = .array([])
        if let offset = request.utcOffset { region["utc_offset"] = .string(offset) }
        if let studyArea {
            do {
                region["study_area"] = try GeoJSONReader.parseJSON(
                    Data(GeoJSONWriter().string(for: studyArea).utf8), file: nil)
            } catch {
                throw ImportError(.failure, "cannot write the study area: \(error)")
            }
        }
        var files: [(String, Data)] = [
            ("region.json", Data((JSONTextWriter.string(.object(region)) + "\n").utf8)),
            ("base.geojson", GeoJSONWriter().data(for: FeatureCollection(base))),
        ]
        files.append(("places.geojson", GeoJSONWriter().data(for: FeatureCollection(places))))
        for layer in ["routes", "zones", "events"] {
            files.append(("\(layer).geojson", GeoJSONWriter().data(for: FeatureCollection([]))))
        }
        files.append(("README.md", Data(Self.readme(request).utf8)))
        var written: [String] = []
        for (name, data) in files {
            let path = folder + "/" + name
            do { try AtomicFile.write(data, to: path) } catch { throw ImportError(.failure, error.description) }
            written.append(path)
        }
        return (written, warnings)
    }

    /// The features of the base files inside the extent, each with its `kind` (its own `kind` property, else
    /// `country` for polygons and `border` for lines), a name and its source.
    func baseFeatures(_ request: Request, engine: GeometryEngine) throws(ImportError) -> [Feature] {
        var features: [Feature] = []
        var ids = Set<String>()
        var reader = FeatureFile()
        for file in request.baseFiles {
            let fileName = URL(fileURLWithPath: file).lastPathComponent
            for (index, feature) in try reader.features(of: file).enumerated() {
                guard let geometry = feature.geometry else { continue }
                let cut: Geometry
                do {
                    let clipped = try TopologyGeometry(geometry, engine: engine).clipped(to: request.extent)
                    if try clipped.isEmpty { continue }
                    cut = geometry.polygons.isEmpty ? try clipped.geoJSON() : try clipped.polygonalGeoJSON()
                } catch {
                    throw ImportError(.badData, "\(file): features[\(index)].geometry: \(error)")
                }
                let kind = feature.string("kind") ?? (geometry.polygons.isEmpty ? "border" : "country")
                guard Layer.base.allowedKinds.contains(kind) else {
                    throw ImportError(
                        .badData,
                        "\(file): features[\(index)].properties.kind: \"\(kind)\" is not a base kind (\(Layer.base.allowedKinds.sorted().joined(separator: ", ")))"
                    )
                }
                let name =
                    feature.string("name") ?? feature.string("NAME") ?? feature.string("ADMIN") ?? feature.string(
                        "name_en")
                    ?? "\(kind) \(index + 1)"
                var id = Self.slug(name)
                if id.isEmpty { id = "\(kind)-\(index + 1)" }
                while !ids.insert(id).inserted { id += "-\(index + 1)" }
                var properties: JSONObject = ["kind": .string(kind), "name": .string(name)]
                if let iso = feature.string("iso_a3") ?? feature.string("ISO_A3") {
                    properties["iso_a3"] = .string(iso)
                }
                properties["source"] = .string(fileName)
                features.append(Feature(id: .string(id), geometry: cut, properties: properties))
            }
        }
        return features
    }

    /// A lower-case slug of a name: letters and digits, words joined by hyphens.
    static func slug(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var slug = ""
        for character in folded {
            if character.isASCII && (character.isLetter || character.isNumber) {
                slug.append(character)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug
    }

    static func baseOrigin(_ request: Request) -> String {
        var origins: [String] = []
        if request.worldBase != nil {
            origins.append(
                "countries, borders, lakes, rivers and seas of Natural Earth (public domain), from the world base")
        }
        origins += request.baseFiles.map { URL(fileURLWithPath: $0).lastPathComponent }
        return origins.isEmpty ? "empty" : "cut from " + origins.joined(separator: ", ")
    }

    static func readme(_ request: Request) -> String {
        """
        # \(request.name)

        A Chronomap data set (see Chronomap's `docs/data-format.md` for the format), made with `chronomap init` on \(request.asOf).

        - `region.json`: names, extent, dates, the parties (\(request.parties.map(\.id).joined(separator: ", "))), languages.
          Add `name:xx`, `short`, `authority` and `color` to the parties, and the overlay kinds you use. Its
          `study_area` is the ground the zones cover: `chronomap study-area --data <this folder>` shows it, and
          changes it (ISO codes, `land`, or a file of polygons).
        - `base.geojson`: \(Self.baseOrigin(request)).
        - `places.geojson`: \(request.worldBase == nil ? "" : "the towns of Natural Earth inside the extent (edit them: names in your languages, ranks), ")\(request.placeFiles.isEmpty ? "" : "and your places from " + request.placeFiles.map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: ", ")).
        - `zones.geojson`: control zones; `chronomap import snapshots` fills it from dated snapshots.
        - `routes.geojson`, `events.geojson`: empty; `chronomap import events` fills events from a spreadsheet. Every
          feature you add needs a `source`.

        Check it with `chronomap validate --data <this folder>`.

        """
    }
}
