import CGEOS
import GeoJSON

/// A geometry indexed for many predicate queries: which zone holds each of a thousand places.
///
/// Preparing builds spatial indexes over the edges once, so each later `contains`/`covers`/`intersects`
/// costs roughly the logarithm of the vertex count instead of a scan of every edge. Answers are the
/// same as the unprepared predicates on ``TopologyGeometry``.
///
/// Not `Sendable`, like the geometry and engine it holds.
public final class PreparedTopologyGeometry {
    /// The geometry the index describes. GEOS's prepared geometry points into it, so it is kept
    /// alive here; geometries never change, so the index cannot go stale.
    public let geometry: TopologyGeometry
    /// The owned GEOS prepared geometry, freed in `deinit`.
    private let prepared: OpaquePointer

    /// Indexes a geometry.
    /// - Parameter geometry: the geometry to query; kept alive by the prepared geometry.
    /// - Throws: ``TopologyError/geos(operation:message:)`` with GEOS's message.
    public init(_ geometry: TopologyGeometry) throws(TopologyError) {
        self.prepared = try geometry.engine.call("GEOSPrepare_r") { GEOSPrepare_r($0, geometry.pointer) }
        self.geometry = geometry
    }

    deinit {
        GEOSPreparedGeom_destroy_r(geometry.engine.handle, prepared)
    }

    private var engine: GeometryEngine { geometry.engine }

    /// Whether a position lies in the interior: false in a hole and on the boundary
    /// (as `TopologyGeometry.contains(_:)` for a position).
    /// - Parameter position: the position to test (longitude and latitude only).
    /// - Throws: ``TopologyError/geos(operation:message:)`` with GEOS's message.
    public func contains(_ position: Position) throws(TopologyError) -> Bool {
        try engine.withPoint(at: position) { (point) throws(TopologyError) in
            try engine.predicate("GEOSPreparedContains_r") { GEOSPreparedContains_r($0, prepared, point) }
        }
    }

    /// Whether a position lies in the interior or on the boundary
    /// (as `TopologyGeometry.covers(_:)` for a position).
    /// - Parameter position: the position to test (longitude and latitude only).
    /// - Throws: ``TopologyError/geos(operation:message:)`` with GEOS's message.
    public func covers(_ position: Position) throws(TopologyError) -> Bool {
        try engine.withPoint(at: position) { (point) throws(TopologyError) in
            try engine.predicate("GEOSPreparedCovers_r") { GEOSPreparedCovers_r($0, prepared, point) }
        }
    }

    /// Whether another geometry shares at least one point with this one.
    /// - Parameter other: the geometry to test.
    /// - Throws: ``TopologyError/geos(operation:message:)`` with GEOS's message.
    public func intersects(_ other: TopologyGeometry) throws(TopologyError) -> Bool {
        try engine.predicate("GEOSPreparedIntersects_r") { GEOSPreparedIntersects_r($0, prepared, other.pointer) }
    }

    /// Whether another geometry lies inside this one, not only on its boundary.
    /// - Parameter other: the geometry to test.
    /// - Throws: ``TopologyError/geos(operation:message:)`` with GEOS's message.
    public func contains(_ other: TopologyGeometry) throws(TopologyError) -> Bool {
        try engine.predicate("GEOSPreparedContains_r") { GEOSPreparedContains_r($0, prepared, other.pointer) }
    }

    /// Whether no point of another geometry lies outside this one.
    /// - Parameter other: the geometry to test.
    /// - Throws: ``TopologyError/geos(operation:message:)`` with GEOS's message.
    public func covers(_ other: TopologyGeometry) throws(TopologyError) -> Bool {
        try engine.predicate("GEOSPreparedCovers_r") { GEOSPreparedCovers_r($0, prepared, other.pointer) }
    }
}

@available(*, unavailable, message: "a GEOS prepared geometry is used on its engine's thread")
extension PreparedTopologyGeometry: Sendable {}

extension TopologyGeometry {
    /// This geometry indexed for fast repeated predicates (see ``PreparedTopologyGeometry``).
    /// - Throws: ``TopologyError/geos(operation:message:)`` with GEOS's message.
    public func prepared() throws(TopologyError) -> PreparedTopologyGeometry {
        try PreparedTopologyGeometry(self)
    }
}
