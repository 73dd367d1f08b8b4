import Chronology
import GeoJSON
import Geodesy
import Topology

/// What changed hands between two days: the areas that changed controller (GEOS difference of the
/// two days' control zones), measured geodesically on WGS84, and the places whose controller changed.
public struct ChangeSet: Sendable {
    /// The area that went from one controller to another.
    public struct AreaChange: Sendable {
        public var from: Controller
        public var to: Controller
        public var geometry: Geometry
        /// Geodesic area on the WGS84 ellipsoid (Karney's algorithms, through Geodesy), km².
        public var areaKm2: Double
        /// Whether the ground is still changing hands on the later day (a control zone of `to` inside the window of
        /// its interval `start_date:edtf`): `from` and `to` stay party ids, the state says the passing is not done.
        public var isChangingHands: Bool = false
    }

    /// A place whose controller changed.
    public struct PlaceChange: Sendable {
        public var place: DatedFeature
        public var from: Controller?
        public var to: Controller?
        /// Whether the place's ground is still changing hands on the later day.
        public var isChangingHands: Bool = false
    }

    public var before: Day
    public var after: Day
    /// One entry per direction (two where part of the ground is still changing hands on the later day), largest
    /// first.
    public var areas: [AreaChange]
    public var places: [PlaceChange]

    /// Everything that changed hands, km².
    public var totalKm2: Double { areas.reduce(0) { $0 + $1.areaKm2 } }
    /// Whether nothing changed.
    public var isEmpty: Bool { areas.isEmpty && places.isEmpty }

    /// Areas smaller than this (km²) are slivers of rounding, not changes (docs/data-format.md, "Tolerances").
    public static let minimumAreaKm2 = 0.1

    /// The changes between two snapshots of one data set.
    /// - Throws: `TopologyError` if GEOS fails.
    public static func between(_ before: Snapshot, _ after: Snapshot, places: [DatedFeature]) throws -> ChangeSet {
        let engine = try GeometryEngine()
        func union(_ zones: [DatedFeature], _ controller: Controller) throws -> TopologyGeometry? {
            let shapes = try zones.filter { $0.controller == controller }.compactMap { zone -> TopologyGeometry? in
                try zone.geometry.map { try TopologyGeometry($0, engine: engine) }
            }
            return shapes.isEmpty ? nil : try TopologyGeometry.unaryUnion(shapes, engine: engine)
        }
        var areas: [AreaChange] = []
        let controllers = before.region.controllers
        let settled = after.controlZones.filter { !$0.isChangingHands(on: after.day) }
        let changing = after.controlZones.filter { $0.isChangingHands(on: after.day) }
        func append(_ part: TopologyGeometry, from: Controller, to: Controller, changingHands: Bool) throws {
            guard !(try part.isEmpty) else { return }
            let geometry = try part.polygonalGeoJSON()
            let area = Geodesic.wgs84.areaInSquareKilometres(of: geometry)
            if area >= minimumAreaKm2 {
                areas.append(
                    AreaChange(
                        from: from, to: to, geometry: geometry, areaKm2: area, isChangingHands: changingHands))
            }
        }
        for from in controllers {
            guard let was = try union(before.controlZones, from) else { continue }
            for to in controllers where to != from {
                if let now = try union(settled, to) {
                    try append(was.intersection(now), from: from, to: to, changingHands: false)
                }
                if let now = try union(changing, to) {
                    try append(was.intersection(now), from: from, to: to, changingHands: true)
                }
            }
        }
        areas.sort { $0.areaKm2 > $1.areaKm2 }
        let beforeMap = try ControlMap(before), afterMap = try ControlMap(after)
        var placeChanges: [PlaceChange] = []
        for place in places.sorted(by: { ($0.number("rank") ?? 9, $0.id) < ($1.number("rank") ?? 9, $1.id) }) {
            // A place that did not stand on both days (a checkpoint set up in between) changed no hands.
            guard place.validity.contains(before.day), place.validity.contains(after.day),
                let position = place.geometry?.pointPosition
            else { continue }
            let from = try beforeMap.controller(at: position), zone = try afterMap.zone(at: position)
            let to = zone?.controller
            if from != to {
                placeChanges.append(
                    PlaceChange(
                        place: place, from: from, to: to, isChangingHands: zone?.isChangingHands(on: after.day) ?? false
                    ))
            }
        }
        return ChangeSet(before: before.day, after: after.day, areas: areas, places: placeChanges)
    }

    /// The smallest box around every change, or nil when nothing changed.
    public var boundingBox: BoundingBox? {
        let boxes = areas.compactMap { $0.geometry.boundingBox } + places.compactMap { $0.place.geometry?.boundingBox }
        return boxes.reduce(nil as BoundingBox?) { $0?.union($1) ?? $1 }
    }

    /// The changes as RFC 7946 GeoJSON: a polygon per direction with `from`, `to` (party ids), `from_name`,
    /// `to_name` (the data set's wording), `area_km2` and, for ground still changing hands, `state`, and a point per place with `from` and `to` (null outside
    /// the study area).
    /// - Parameter naming: the wording of each controller.
    public func featureCollection(naming: ControllerNaming) -> FeatureCollection {
        var features: [Feature] = areas.map { change in
            var properties: JSONObject = [
                "kind": "area-change", "from": .string(change.from.id), "to": .string(change.to.id),
                "from_name": .string(naming.name(of: change.from)), "to_name": .string(naming.name(of: change.to)),
                "area_km2": .number((change.areaKm2 * 100).rounded() / 100),
                "before": .string(before.description), "after": .string(after.description),
            ]
            var id = "change-\(change.from.id)-to-\(change.to.id)"
            if change.isChangingHands {
                properties["state"] = .string(Self.changingHandsState)
                id += "-" + Self.changingHandsState
            }
            return Feature(id: .string(id), geometry: change.geometry, properties: properties)
        }
        features += places.map { change in
            var properties: JSONObject = [
                "kind": "place-change", "place": .string(change.place.id),
                "name": .string(change.place.englishName ?? change.place.id),
                "from": change.from.map { .string($0.id) } ?? .null,
                "to": change.to.map { .string($0.id) } ?? .null,
                "from_name": change.from.map { .string(naming.name(of: $0)) } ?? .null,
                "to_name": change.to.map { .string(naming.name(of: $0)) } ?? .null,
                "before": .string(before.description), "after": .string(after.description),
            ]
            if change.isChangingHands { properties["state"] = .string(Self.changingHandsState) }
            return Feature(
                id: .string("change-\(change.place.id)"), geometry: change.place.geometry, properties: properties)
        }
        return FeatureCollection(
            features,
            foreignMembers: [
                "before": .string(before.description), "after": .string(after.description),
                "total_km2": .number((totalKm2 * 100).rounded() / 100),
            ])
    }

    /// The value of `state` on a change whose ground is still changing hands on the later day.
    public static let changingHandsState = "changing-hands"

    /// The changes as the JSON `compare --json` prints: `total_km2` and, per direction, `from`, `to` (ids),
    /// `from_name`, `to_name` (wording), `area_km2`, and `"state": "changing-hands"` where the ground is still
    /// changing hands on the later day.
    public func summaryJSON(naming: ControllerNaming) -> JSONValue {
        .object([
            "before": .string(before.description), "after": .string(after.description),
            "total_km2": .number((totalKm2 * 10).rounded() / 10),
            "changes": .array(
                areas.map {
                    var change: JSONObject = [
                        "from": .string($0.from.id), "to": .string($0.to.id),
                        "from_name": .string(naming.name(of: $0.from)),
                        "to_name": .string(naming.name(of: $0.to)),
                        "area_km2": .number(($0.areaKm2 * 10).rounded() / 10),
                    ]
                    if $0.isChangingHands { change["state"] = .string(Self.changingHandsState) }
                    return .object(change)
                }),
            "places": .array(
                places.map { change in
                    var place: JSONObject = [
                        "id": .string(change.place.id), "name": .string(change.place.englishName ?? change.place.id),
                        "from": change.from.map { .string($0.id) } ?? .null,
                        "to": change.to.map { .string($0.id) } ?? .null,
                        "from_name": change.from.map { .string(naming.name(of: $0)) } ?? .null,
                        "to_name": change.to.map { .string(naming.name(of: $0)) } ?? .null,
                    ]
                    if change.isChangingHands { place["state"] = .string(Self.changingHandsState) }
                    return .object(place)
                }),
        ])
    }
}
