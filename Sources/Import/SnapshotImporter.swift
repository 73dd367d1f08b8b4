import Chronology
import Foundation
import GeoJSON
import Geodesy
import Support
import Topology

/// Turns dated control snapshots (a tracker's daily polygons of who holds what) into the control zones of a data
/// set (`chronomap import snapshots`, `docs/data-format.md`).
///
/// Each file is one day's polygons with a controller property; a snapshot holds from its day until the next one,
/// the last one with no end. Consecutive snapshots where a party's ground is topologically unchanged make one dated
/// feature. Polygons are cut to the study area, so what they draw beyond it (the sea, when the study area is the
/// land) is dropped; `fill` gives the land they leave to a party. Bad winding and invalid rings are repaired with
/// GEOS, vertices are snapped to the 1e-6 grid, slivers of overlap under 0.01 km² are given to the first polygon,
/// and each repair is reported. Gaps and overlaps thinner than ``ZoneTolerance`` (about 1 m) are rounding noise;
/// wider ones are errors naming where and how big. The result replaces the data set's control zones (its
/// overlays are kept) only once it passes the same checks as `chronomap validate`.
public struct SnapshotImporter: Sendable {
    /// What to import.
    public struct Request: Sendable {
        public var files: [String]
        public var dataDirectory: String
        /// The feature property holding the controller: a party id of region.json, or `contested`.
        public var controllerProperty: String
        /// The feature property holding the day; nil to take the first `YYYY-MM-DD` in the file name.
        public var dateProperty: String?
        /// The party holding what the polygons leave of the study area.
        public var fill: String?
        /// The `source` of the zones (default: the `source` properties of their polygons, else the snapshot files' names).
        public var source: String?

        /// - Parameters: as described on each property.
        public init(
            files: [String], dataDirectory: String, controllerProperty: String, dateProperty: String? = nil,
            fill: String? = nil,
            source: String? = nil
        ) {
            self.files = files
            self.dataDirectory = dataDirectory
            self.controllerProperty = controllerProperty
            self.dateProperty = dateProperty
            self.fill = fill
            self.source = source
        }
    }

    /// What an import did.
    public struct Report: Sendable {
        /// The days of the snapshots, oldest first.
        public var days: [Day]
        /// The control zone features written.
        public var zones: Int
        /// The repairs made, one line each with the file and feature.
        public var repairs: [String]
        /// What looks wrong but may be meant, one line each with the file: a `--fill` party given ground in
        /// several countries of the base.
        public var warnings: [String] = []
    }

    /// Overlaps inside one snapshot larger than this are errors; smaller ones are slivers to repair (km²).
    public static let largestSliverKm2 = 0.01
    /// Six decimals.
    static let grid = 1e-6

    public init() {}

    /// Reads the snapshots, builds the zones, checks them and writes `zones.geojson`.
    /// - Throws: `ImportError` naming the file and feature; `zones.geojson` is then left as it was.
    public func run(_ request: Request) throws(ImportError) -> Report {
        let dataset: Dataset
        do { dataset = try Dataset.load(from: request.dataDirectory, checkingInvariants: false) } catch {
            throw ImportError(.badData, error.diagnostics.filter(\.isError).map(\.description))
        }
        let region = dataset.region
        if let fill = request.fill, region.party(fill) == nil {
            throw ImportError(
                .usage,
                "--fill: \"\(fill)\" is not a party of region.json (\(region.parties.map(\.id).joined(separator: ", ")))"
            )
        }
        let engine: GeometryEngine
        let studyArea: TopologyGeometry
        let countries: [BaseCountry]
        do {
            engine = try GeometryEngine()
            studyArea = try TopologyGeometry(region.studyAreaGeometry, engine: engine).snappedToGrid(Self.grid)
            // Only a fill can spread over several countries.
            countries = request.fill == nil ? [] : try BaseCountry.all(in: dataset, engine: engine)
        } catch {
            throw ImportError(.failure, "cannot prepare the study area: \(error)")
        }
        var repairs: [String] = [], warnings: [String] = []
        var snapshots: [SnapshotShapes] = []
        for file in request.files {
            let reader = SnapshotReader(
                request: request, region: region, engine: engine, studyArea: studyArea, countries: countries)
            let snapshot = try reader.read(file, repairs: &repairs, warnings: &warnings)
            if let other = snapshots.first(where: { $0.day == snapshot.day }) {
                throw ImportError(
                    .badData, "\(file): a second snapshot of \(snapshot.day) (the first is \(other.file))")
            }
            snapshots.append(snapshot)
        }
        snapshots.sort { $0.day < $1.day }
        guard let first = snapshots.first else { throw ImportError(.usage, "name at least one snapshot file") }
        if first.day != region.firstDate {
            throw ImportError(
                .badData,
                "\(first.file): the first snapshot is of \(first.day), but the data set's first_date is \(region.firstDate): maps from "
                    + "\(region.firstDate) on need zones; set first_date to \(first.day) in region.json or add a snapshot of \(region.firstDate)"
            )
        }
        let zones = try zoneFeatures(snapshots, request: request, region: region, existing: dataset)
        try write(zones, keeping: dataset, into: request.dataDirectory)
        return Report(days: snapshots.map(\.day), zones: zones.count, repairs: repairs, warnings: warnings)
    }

    /// One feature per party and run of consecutive snapshots in which its ground is unchanged.
    func zoneFeatures(
        _ snapshots: [SnapshotShapes], request: Request, region: Region, existing: Dataset
    ) throws(ImportError) -> [Feature] {
        var features: [Feature] = []
        let takenIDs = Set(existing.features.filter { !$0.isControlZone }.map(\.id))
        var usedIDs = takenIDs
        for controller in region.controllers {
            var start: Int?
            func close(at end: Int?) throws(ImportError) {
                guard let opened = start else { return }
                let snapshot = snapshots[opened]
                guard let shape = snapshot.shapes[controller] else { return }
                let geometry: Geometry
                do { geometry = try shape.polygonalGeoJSON() } catch {
                    throw ImportError(.failure, "\(snapshot.file): \(error)")
                }
                var id = "zone-\(controller.id)-\(snapshot.day)"
                var suffix = 1
                while usedIDs.contains(id) {
                    suffix += 1
                    id = "zone-\(controller.id)-\(snapshot.day)-\(suffix)"
                }
                usedIDs.insert(id)
                var properties: JSONObject = [
                    "kind": "control", "controller": .string(controller.id),
                    "start_date": .string(snapshot.day.description),
                ]
                if let end { properties["end_date"] = .string(snapshots[end].day.description) }
                let files = snapshots[opened..<(end ?? snapshots.count)].map {
                    URL(fileURLWithPath: $0.file).lastPathComponent
                }
                var featureSources: [String] = []
                for shot in snapshots[opened..<(end ?? snapshots.count)] {
                    for source in shot.sources[controller] ?? [] where !featureSources.contains(source) {
                        featureSources.append(source)
                    }
                }
                let ownSources = featureSources.isEmpty ? nil : featureSources.joined(separator: " ; ")
                properties["source"] = .string(request.source ?? ownSources ?? files.joined(separator: " ; "))
                properties["accuracy"] = "approximate"
                properties["note"] = .string(
                    "Imported with chronomap import snapshots from \(files.joined(separator: ", ")); as the snapshots draw it."
                )
                features.append(Feature(id: .string(id), geometry: geometry, properties: properties))
                start = nil
            }
            for index in snapshots.indices {
                let now = snapshots[index].shapes[controller]
                let before = index > 0 ? snapshots[index - 1].shapes[controller] : nil
                let unchanged: Bool
                do {
                    if let now, let before {
                        unchanged = try now.isTopologicallyEqual(to: before)
                    } else {
                        unchanged = now == nil && before == nil
                    }
                } catch {
                    throw ImportError(.failure, "\(snapshots[index].file): \(error)")
                }
                if index > 0, unchanged { continue }
                try close(at: index)
                if now != nil { start = index }
            }
            try close(at: nil)
        }
        return features
    }

    /// Checks the new zones with the data set's own rules in a scratch copy, then replaces `zones.geojson` atomically.
    func write(_ zones: [Feature], keeping dataset: Dataset, into folder: String) throws(ImportError) {
        let overlays = dataset.features(in: .zones).filter { !$0.isControlZone }.map(\.feature)
        let data = GeoJSONWriter().data(for: FeatureCollection(overlays + zones))
        try DataSetFileCheck(folder: folder).replace("zones.geojson", with: data)
    }
}

/// One snapshot's ground by controller, repaired and cut to the study area.
struct SnapshotShapes {
    var file: String
    var day: Day
    var shapes: [Controller: TopologyGeometry]
    /// The `source` properties of each controller's polygons, in file order, without repeats.
    var sources: [Controller: [String]] = [:]
}
