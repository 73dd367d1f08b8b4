import GeoJSON
import Geodesy
import Topology

/// Who controlled which point on one day, answered from the control zones of a snapshot.
///
/// Holds GEOS geometries, so it belongs to one thread or task; build one per day and reuse it for
/// many points.
public final class ControlMap {
    /// The day the zones are of.
    public let day: Day
    private let zones: [(feature: DatedFeature, shape: PreparedTopologyGeometry)]

    /// - Parameter snapshot: the state of one day.
    /// - Throws: `TopologyError` if a zone cannot be handed to GEOS.
    public init(_ snapshot: Snapshot) throws(TopologyError) {
        let engine = try GeometryEngine()
        var zones: [(DatedFeature, PreparedTopologyGeometry)] = []
        for zone in snapshot.controlZones {
            guard let geometry = zone.geometry else { continue }
            zones.append((zone, try PreparedTopologyGeometry(TopologyGeometry(geometry, engine: engine))))
        }
        self.day = snapshot.day
        self.zones = zones
    }

    /// The controller of a point, or nil when it is outside the study area.
    /// - Throws: `TopologyError` if GEOS fails: a failure is never taken for "outside".
    public func controller(at position: Position) throws(TopologyError) -> Controller? {
        try zone(at: position)?.controller
    }

    /// The control zone holding a point, or nil when it is outside the study area.
    /// - Throws: `TopologyError` if GEOS fails: a failure is never taken for "outside".
    public func zone(at position: Position) throws(TopologyError) -> DatedFeature? {
        for zone in zones where try zone.shape.covers(position) { return zone.feature }
        return nil
    }
}

extension Dataset {
    /// The controller of a point on a day, or nil outside the study area.
    /// - Throws: `DateError` before the data's range; `TopologyError` if GEOS fails.
    public func controller(at position: Position, on day: Day) throws -> Controller? {
        try ControlMap(snapshot(on: day)).controller(at: position)
    }

    /// The geodesic area held by each controller on a day, in km²; ground changing hands that day is counted under
    /// ``Controller/transition``, not under either party.
    public func controlAreas(on day: Day) throws(DateError) -> [Controller: Double] {
        var areas: [Controller: Double] = [:]
        for zone in try snapshot(on: day).controlZones {
            guard let held = zone.controller, let geometry = zone.geometry else { continue }
            let controller = zone.isChangingHands(on: day) ? Controller.transition : held
            areas[controller, default: 0] += Geodesic.wgs84.areaInSquareKilometres(of: geometry)
        }
        return areas
    }
}
