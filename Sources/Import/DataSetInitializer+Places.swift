import Foundation
import GeoJSON
import Geodesy
import Topology

/// The places and the study area a new data set takes from the user's own files.
extension DataSetInitializer {
    /// The user's own places: point features with a `name`, each given `kind` (default `town`), `rank` (default 3)
    /// and `source` (default the file's name) when missing.
    func placeFeatures(_ files: [String]) throws(ImportError) -> [Feature] {
        var places: [Feature] = []
        var ids = Set<String>()
        var reader = FeatureFile()
        for file in files {
            for (index, feature) in try reader.features(of: file).enumerated() {
                guard case .point? = feature.geometry, let name = feature.string("name") else {
                    throw ImportError(
                        .badData, "\(file): features[\(index)]: a place is a Point with a \"name\" property")
                }
                var place = feature
                var properties = feature.properties ?? [:]
                if properties["kind"] == nil { properties["kind"] = "town" }
                if properties["rank"] == nil { properties["rank"] = 3 }
                if properties["source"] == nil {
                    properties["source"] = .string(URL(fileURLWithPath: file).lastPathComponent)
                }
                place.properties = properties
                var id = feature.id.map { "\($0)" } ?? Self.slug(name)
                if id.isEmpty { id = "place-\(index + 1)" }
                guard ids.insert(id).inserted else {
                    throw ImportError(.badData, "\(file): features[\(index)]: a second place with the id \"\(id)\"")
                }
                place.id = .string(id)
                places.append(place)
            }
        }
        return places
    }

    /// The world base's towns less those that are already among the user's places: one of the same English name,
    /// or one closer than ``placeMergeDistanceKm``.
    static func withoutDuplicates(_ towns: [Feature], of places: [Feature]) -> [Feature] {
        let names = Set(places.compactMap { ($0.string("name:en") ?? $0.string("name"))?.lowercased() })
        let ids = Set(places.compactMap { $0.id.map { "\($0)" } })
        let points = places.compactMap { $0.geometry?.pointPosition }
        return towns.filter { town in
            guard let position = town.geometry?.pointPosition else { return false }
            if let name = town.string("name")?.lowercased(), names.contains(name) { return false }
            if let id = town.id.map({ "\($0)" }), ids.contains(id) { return false }
            return !points.contains { Geodesic.wgs84.distance(from: $0, to: position) / 1_000 < placeMergeDistanceKm }
        }
    }

    /// The study area from its parts: joined, on the six-decimal grid every file of a data set is written on (the
    /// zones are later cut to exactly this geometry), valid.
    static func studyArea(joining shapes: [TopologyGeometry], engine: GeometryEngine) throws(TopologyError) -> Geometry
    {
        try TopologyGeometry.unaryUnion(shapes, engine: engine).snappedToGrid(SnapshotImporter.grid).makeValid()
            .polygonalGeoJSON()
    }

    /// The union of a file's polygons (GeoJSON, or any format GDAL reads), as the study area.
    static func studyArea(from file: String, engine: GeometryEngine) throws(ImportError) -> Geometry {
        var reader = FeatureFile()
        let geometries = try reader.features(of: file).compactMap(\.geometry).filter { !$0.polygons.isEmpty }
        guard !geometries.isEmpty else {
            throw ImportError(.badData, "--study-area: \(file): holds no Polygon or MultiPolygon")
        }
        do {
            let shapes = try geometries.map { geometry throws(TopologyError) in
                try TopologyGeometry(geometry, engine: engine).makeValid()
            }
            return try studyArea(joining: shapes, engine: engine)
        } catch {
            throw ImportError(.badData, "--study-area: \(file): \(error)")
        }
    }
}
