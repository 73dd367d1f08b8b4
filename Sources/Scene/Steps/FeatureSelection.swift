import Chronology
import GeoJSON

/// A feature a layer draws, with whether it is an event of the days before the map's day (drawn faded).
struct SelectedFeature {
    var feature: DatedFeature
    var isRecent: Bool
}

/// Picks the features each layer draws: those of its data layer valid on the day, inside the visible box (icon
/// layers take events anywhere and events with no place: ``IconCollection`` lists those it cannot draw), that pass
/// its filter. Filters may use synthetic keys: `$type` (the geometry type, multi-types as their single
/// type, as MapLibre does), `chronomap:recent` (an event of the window before the day) and `chronomap:labelled`
/// (whether the zone's party gets area labels, from region.json).
///
/// The base layer also holds, for the map only, the limits of the data: the stretches of the study area's edge the
/// extent cut (``Region/studyAreaLimits``), as lines of kind ``studyAreaLimitKind``.
struct FeatureSelection {
    let snapshot: Snapshot
    let visibleBox: BoundingBox
    /// The data layers the user asked for; nil for all.
    let chosenLayers: Set<Layer>?
    private let limits: [DatedFeature]

    /// The `kind` of the study area's limits in the base layer.
    static let studyAreaLimitKind = "study-area-limit"

    init(snapshot: Snapshot, visibleBox: BoundingBox, chosenLayers: Set<Layer>?) {
        self.snapshot = snapshot
        self.visibleBox = visibleBox
        self.chosenLayers = chosenLayers
        let lines = snapshot.region.studyAreaLimits
        limits =
            lines.isEmpty
            ? []
            : [
                DatedFeature(
                    id: Self.studyAreaLimitKind, layer: .base, kind: Self.studyAreaLimitKind, validity: .always,
                    feature: Feature(
                        id: .string(Self.studyAreaLimitKind), geometry: .multiLineString(MultiLineString(lines)),
                        properties: [
                            "kind": .string(Self.studyAreaLimitKind), "source": "region.json study_area",
                            "accuracy": "exact",
                        ]),
                    origin: DatedFeature.Origin(file: "region.json", path: .root.appending("study_area")))
            ]
    }

    func features(for layer: BoundLayer) -> [SelectedFeature] {
        guard let source = layer.source else { return [] }
        if let chosenLayers, !chosenLayers.contains(source) { return [] }
        var list = snapshot.features(in: source).map { SelectedFeature(feature: $0, isRecent: false) }
        if source == .base { list += limits.map { SelectedFeature(feature: $0, isRecent: false) } }
        if source == .events { list += snapshot.recentEvents.map { SelectedFeature(feature: $0, isRecent: true) } }
        let takesEventsAnywhere: Bool = if case .icon = layer.symbolizer { true } else { false }
        return list.filter { selected in
            let geometry = selected.feature.geometry
            guard takesEventsAnywhere || (geometry?.boundingBox.map { $0.intersects(visibleBox) } ?? false) else {
                return false
            }
            let properties = selected.feature.feature.properties
            if let match = layer.match, properties?[match.property]?.stringValue != match.value { return false }
            guard let filter = layer.filter else { return true }
            return filter.matches { key in
                switch key {
                case "$type": geometry.map { .string(Self.simpleType($0)) } ?? .null
                case "chronomap:recent": .bool(selected.isRecent)
                case "chronomap:labelled":
                    .bool(selected.feature.controller.flatMap { snapshot.region.party($0.id) }?.isLabelled ?? true)
                default: properties?[key]
                }
            }
        }
    }

    static func simpleType(_ geometry: Geometry) -> String {
        switch geometry {
        case .point, .multiPoint: "Point"
        case .lineString, .multiLineString: "LineString"
        case .polygon, .multiPolygon: "Polygon"
        case .geometryCollection: "GeometryCollection"
        }
    }
}
