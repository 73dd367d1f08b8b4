import Chronology
import Foundation
import GeoJSON
import Support
import Topology

/// Creates a new, valid, empty data set (`chronomap init`): `region.json` with the parties and
/// languages given, the five layer files (the base cut from the files given, the rest empty) and a README stub.
/// `validate` passes on it and `render` draws it: an empty map with its furniture is a valid map.
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
        public var languages: [String]
        /// GeoJSON files whose features are cut to the extent into `base.geojson`.
        public var baseFiles: [String]
        public var attribution: String
        public var licence: String

        /// - Parameters: as described on each property.
        public init(
            directory: String, id: String, name: String, extent: BoundingBox, firstDate: Day, asOf: Day,
            parties: [(id: String, name: String)],
            languages: [String] = ["en"], baseFiles: [String] = [], attribution: String? = nil, licence: String? = nil
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
            self.attribution = attribution ?? "\(name) data set made with Chronomap; each feature names its own sources"
            self.licence = licence ?? "to be chosen by the data set's authors"
        }
    }

    public init() {}

    /// Creates the folder and its files.
    /// - Returns: the files written.
    /// - Throws: `ImportError` when the folder already holds a data set, a base file cannot be read, or a file
    ///   cannot be written.
    public func create(_ request: Request) throws(ImportError) -> [String] {
        let folder = request.directory
        if FileManager.default.fileExists(atPath: folder + "/region.json") {
            throw ImportError(.usage, "\(folder): already holds a data set (region.json); choose an empty folder")
        }
        var seen = Set<String>()
        for party in request.parties where !seen.insert(party.id).inserted {
            throw ImportError(.usage, "--party: \"\(party.id)\" is given twice")
        }
        let base = try baseFeatures(request)
        var region: JSONObject = [
            "id": .string(request.id), "name": .string(request.name), "title": .string(request.name),
            "extent": .array(
                [
                    request.extent.southWest.longitude, request.extent.southWest.latitude,
                    request.extent.northEast.longitude, request.extent.northEast.latitude,
                ].map { .number($0) }),
            "first_date": .string(request.firstDate.description), "version": "0.1.0",
            "as_of": .string(request.asOf.description),
            "attribution": .string(request.attribution), "licence": .string(request.licence),
        ]
        region["languages"] = .array(request.languages.map { .string($0) })
        region["parties"] = .array(request.parties.map { ["id": .string($0.id), "name": .string($0.name)] })
        region["overlays"] = .array([])
        var files: [(String, Data)] = [
            ("region.json", Data((JSONTextWriter.string(.object(region)) + "\n").utf8)),
            ("base.geojson", GeoJSONWriter().data(for: FeatureCollection(base))),
        ]
        for layer in ["places", "routes", "zones", "events"] {
            files.append(("\(layer).geojson", GeoJSONWriter().data(for: FeatureCollection([]))))
        }
        files.append(("README.md", Data(Self.readme(request).utf8)))
        var written: [String] = []
        for (name, data) in files {
            let path = folder + "/" + name
            do { try AtomicFile.write(data, to: path) } catch { throw ImportError(.failure, error.description) }
            written.append(path)
        }
        return written
    }

    /// The features of the base files inside the extent, each with its `kind` (its own `kind` property, else
    /// `country` for polygons and `border` for lines), a name and its source.
    func baseFeatures(_ request: Request) throws(ImportError) -> [Feature] {
        var features: [Feature] = []
        let engine: GeometryEngine
        do { engine = try GeometryEngine() } catch { throw ImportError(.failure, "\(error)") }
        var ids = Set<String>()
        for file in request.baseFiles {
            let result = GeoJSONReader().read(contentsOf: file)
            if let error = result.diagnostics.first(where: \.isError) { throw ImportError(.badData, error.description) }
            guard let object = result.object else { throw ImportError(.badData, "\(file): not GeoJSON") }
            let fileName = URL(fileURLWithPath: file).lastPathComponent
            for (index, feature) in object.features.enumerated() {
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
                guard ["country", "border", "former-boundary", "lake", "river"].contains(kind) else {
                    throw ImportError(
                        .badData,
                        "\(file): features[\(index)].properties.kind: \"\(kind)\" is not a base kind (country, border, former-boundary, lake, river)"
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

    static func readme(_ request: Request) -> String {
        """
        # \(request.name)

        A Chronomap data set (the format is Chronomap's docs/data-format.md), made with `chronomap init` on \(request.asOf).

        - `region.json`: names, extent, dates, the parties (\(request.parties.map(\.id).joined(separator: ", "))), languages.
          Add `name:xx`, `short`, `authority` and `color` to the parties, and the overlay kinds you use.
        - `base.geojson`: \(request.baseFiles.isEmpty ? "empty" : "cut from " + request.baseFiles.map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: ", ")).
        - `zones.geojson`: control zones; `chronomap import snapshots` fills it from dated snapshots.
        - `places.geojson`, `routes.geojson`, `events.geojson`: empty; every feature you add needs a `source`.

        Check it with `chronomap validate --data <this folder>`.

        """
    }
}
