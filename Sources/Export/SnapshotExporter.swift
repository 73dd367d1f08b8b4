import Chronology
import Foundation
import GeoJSON

/// The state on a day as an RFC 7946 FeatureCollection, for GDAL, QGIS and geojson.io.
///
/// Every feature gets a `layer` property (`base`, `place`, `route`, `zone`, `event`); events of the
/// window before the day also get `days_before`, control zones changing hands on the day `transition_from`. The
/// collection carries `chronomap_data_version`, `as_of`, `date` and `region` as foreign members
/// (docs/data-format.md, "export").
public struct SnapshotExporter: Sendable {
    /// The layers exported; by default every layer but `base`, which is background, not the state on a day.
    public var layers: Set<Layer>
    /// Whether the events of the window before the day are included.
    public var includesRecentEvents: Bool

    /// The layers exported when none are named.
    public static let defaultLayers: Set<Layer> = [.places, .routes, .zones, .events]

    public init(layers: Set<Layer> = SnapshotExporter.defaultLayers, includesRecentEvents: Bool = true) {
        self.layers = layers
        self.includesRecentEvents = includesRecentEvents
    }

    /// The collection for a snapshot.
    public func featureCollection(for snapshot: Snapshot) -> FeatureCollection {
        var features: [Feature] = []
        for feature in snapshot.features where layers.contains(feature.layer) {
            features.append(exported(feature, daysBefore: nil, on: snapshot.day))
        }
        if includesRecentEvents, layers.contains(.events) {
            for event in snapshot.recentEvents {
                features.append(
                    exported(event, daysBefore: snapshot.day.days(since: event.eventDate!), on: snapshot.day))
            }
        }
        let box = features.compactMap { $0.geometry?.boundingBox }.reduce(nil as BoundingBox?) { $0?.union($1) ?? $1 }
        let members: JSONObject = [
            "region": .string(snapshot.region.id),
            "date": .string(snapshot.day.description),
            "chronomap_data_version": .string(snapshot.region.version),
            "as_of": .string(snapshot.region.asOf.description),
            "attribution": .string(snapshot.region.attribution.english),
            "licence": .string(snapshot.region.licence),
        ]
        return FeatureCollection(features, bbox: box, foreignMembers: members)
    }

    /// The GeoJSON text for a snapshot.
    public func data(for snapshot: Snapshot) -> Data {
        GeoJSONWriter().data(for: featureCollection(for: snapshot))
    }

    private func exported(_ dated: DatedFeature, daysBefore: Int?, on day: Day) -> Feature {
        var feature = dated.feature
        var properties = JSONObject()
        properties["layer"] = .string(dated.layer.exportName)
        for (key, value) in dated.feature.properties ?? [:] { properties[key] = value }
        if let daysBefore { properties["days_before"] = .number(Double(daysBefore)) }
        // Ground changing hands names the party before beside `controller` (the party after), as the engine derived it.
        if dated.isChangingHands(on: day), let from = dated.transitionFrom {
            properties["transition_from"] = .string(from.id)
        }
        feature.properties = properties
        // Boxes of the source file are not carried over: they would describe the file, not the export.
        feature.bbox = nil
        return feature
    }
}
