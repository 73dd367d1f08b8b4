import CGEOS
import GeoJSON

extension TopologyGeometry {
    /// Whether the geometries share at least one point (touching counts).
    /// - Parameter other: the second geometry.
    /// - Throws: ``TopologyError/geos(operation:message:)`` with GEOS's message.
    public func intersects(_ other: TopologyGeometry) throws(TopologyError) -> Bool {
        try engine.predicate("GEOSIntersects_r") { GEOSIntersects_r($0, pointer, other.pointer) }
    }

    /// Whether the other geometry lies inside this one, not only on its boundary (OGC *contains*).
    /// - Parameter other: the geometry that may be inside.
    /// - Throws: ``TopologyError/geos(operation:message:)`` with GEOS's message.
    public func contains(_ other: TopologyGeometry) throws(TopologyError) -> Bool {
        try engine.predicate("GEOSContains_r") { GEOSContains_r($0, pointer, other.pointer) }
    }

    /// Whether no point of the other geometry lies outside this one (the boundary counts as inside).
    /// - Parameter other: the geometry that may be covered.
    /// - Throws: ``TopologyError/geos(operation:message:)`` with GEOS's message.
    public func covers(_ other: TopologyGeometry) throws(TopologyError) -> Bool {
        try engine.predicate("GEOSCovers_r") { GEOSCovers_r($0, pointer, other.pointer) }
    }

    /// Whether a position lies in the interior: false in a hole and false on the boundary.
    /// Only longitude and latitude count. For many queries on one geometry use ``PreparedTopologyGeometry``.
    /// - Parameter position: the position to test.
    /// - Throws: ``TopologyError/geos(operation:message:)`` with GEOS's message.
    public func contains(_ position: Position) throws(TopologyError) -> Bool {
        try engine.withPoint(at: position) { (point) throws(TopologyError) in
            try engine.predicate("GEOSContains_r") { GEOSContains_r($0, pointer, point) }
        }
    }

    /// Whether a position lies in the interior or on the boundary (a town on a border line is covered
    /// by the zones on both sides). Only longitude and latitude count.
    /// - Parameter position: the position to test.
    /// - Throws: ``TopologyError/geos(operation:message:)`` with GEOS's message.
    public func covers(_ position: Position) throws(TopologyError) -> Bool {
        try engine.withPoint(at: position) { (point) throws(TopologyError) in
            try engine.predicate("GEOSCovers_r") { GEOSCovers_r($0, pointer, point) }
        }
    }

    /// Whether the interiors overlap in an area: the intersection has positive area.
    ///
    /// This is the check zones of one date need ("never overlap"): neighbours that only share a
    /// border, or touch at a corner, do not overlap. It is decided exactly with the DE-9IM pattern
    /// `2********` (interiors meet in two dimensions), without computing the intersection, so any
    /// overlap counts, however small; compare `intersection(_:).area` with a threshold to ignore slivers.
    /// - Parameter other: the second geometry.
    /// - Throws: ``TopologyError/geos(operation:message:)`` with GEOS's message.
    public func overlapsInterior(_ other: TopologyGeometry) throws(TopologyError) -> Bool {
        try engine.predicate("GEOSRelatePattern_r") { GEOSRelatePattern_r($0, pointer, other.pointer, "2********") }
    }

    /// Whether the two geometries are the same set of points, whatever their vertex order,
    /// starting vertex or split into parts.
    /// - Parameter other: the second geometry.
    /// - Throws: ``TopologyError/geos(operation:message:)`` with GEOS's message.
    public func isTopologicallyEqual(to other: TopologyGeometry) throws(TopologyError) -> Bool {
        try engine.predicate("GEOSEquals_r") { GEOSEquals_r($0, pointer, other.pointer) }
    }
}
