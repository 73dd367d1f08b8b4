import CGEOS
import GeoJSON

extension TopologyGeometry {
    // MARK: - Overlay

    /// Everything in either geometry.
    /// - Parameter other: the second geometry.
    /// - Returns: a new geometry; two polygons that share an edge come back as one polygon.
    /// - Throws: ``TopologyError/geos(operation:message:)`` with GEOS's message (typically a
    ///   `TopologyException` for invalid input; see ``makeValid()``).
    public func union(_ other: TopologyGeometry) throws(TopologyError) -> TopologyGeometry {
        try derived("GEOSUnion_r") { GEOSUnion_r($0, pointer, other.pointer) }
    }

    /// What is in this geometry and not in the other.
    /// - Parameter other: the geometry to take away.
    /// - Returns: a new geometry, empty when the other covers this one.
    /// - Throws: ``TopologyError/geos(operation:message:)`` with GEOS's message.
    public func difference(_ other: TopologyGeometry) throws(TopologyError) -> TopologyGeometry {
        try derived("GEOSDifference_r") { GEOSDifference_r($0, pointer, other.pointer) }
    }

    /// What the two geometries share.
    ///
    /// Two polygons that overlap and also touch along a border give a GeometryCollection of
    /// polygons and lines; ``polygonalGeoJSON()`` keeps only the polygons.
    /// - Parameter other: the second geometry.
    /// - Returns: a new geometry, empty when they are disjoint.
    /// - Throws: ``TopologyError/geos(operation:message:)`` with GEOS's message.
    public func intersection(_ other: TopologyGeometry) throws(TopologyError) -> TopologyGeometry {
        try derived("GEOSIntersection_r") { GEOSIntersection_r($0, pointer, other.pointer) }
    }

    /// What is in exactly one of the two geometries.
    /// - Parameter other: the second geometry.
    /// - Returns: a new geometry, empty when they are equal.
    /// - Throws: ``TopologyError/geos(operation:message:)`` with GEOS's message.
    public func symmetricDifference(_ other: TopologyGeometry) throws(TopologyError) -> TopologyGeometry {
        try derived("GEOSSymDifference_r") { GEOSSymDifference_r($0, pointer, other.pointer) }
    }

    /// The union of many geometries at once, which is much faster than folding ``union(_:)``
    /// (GEOS unions them in a balanced tree).
    /// - Parameters:
    ///   - geometries: the geometries; none gives an empty GeometryCollection.
    ///   - engine: the engine to compute with.
    /// - Throws: ``TopologyError/geos(operation:message:)`` with GEOS's message.
    public static func unaryUnion(
        _ geometries: [TopologyGeometry], engine: GeometryEngine
    ) throws(TopologyError) -> TopologyGeometry {
        // A GEOS collection owns its members, so it gets copies: the inputs stay owned by their wrappers.
        var copies: [OpaquePointer?] = []
        copies.reserveCapacity(geometries.count)
        do throws(TopologyError) {
            for geometry in geometries {
                copies.append(try engine.call("GEOSGeom_clone_r") { GEOSGeom_clone_r($0, geometry.pointer) })
            }
        } catch {
            for copy in copies { GEOSGeom_destroy_r(engine.handle, copy) }
            throw error
        }
        let collection = try engine.call("GEOSGeom_createCollection_r") {
            GEOSGeom_createCollection_r($0, Int32(GEOS_GEOMETRYCOLLECTION.rawValue), &copies, UInt32(copies.count))
        }
        defer { GEOSGeom_destroy_r(engine.handle, collection) }
        return TopologyGeometry(
            owning: try engine.call("GEOSUnaryUnion_r") { GEOSUnaryUnion_r($0, collection) }, engine: engine)
    }

    /// The polygons that lines enclose, keeping only the faces that make one valid polygonal shape (a ring inside
    /// another is the other's hole, not a polygon of its own), with the lines' vertices and no others.
    ///
    /// The lines must be noded (they meet only at their ends) and close into rings; lines that do not (dangles,
    /// cut edges, crossings) add no polygon, and GEOS does not say so. A caller that cannot vouch for its lines
    /// compares the result with what it expects (its area, ``isValid``).
    /// - Parameters:
    ///   - lines: the lines, each of two positions or more.
    ///   - engine: the engine to compute with.
    /// - Throws: ``TopologyError/geos(operation:message:)`` with GEOS's message.
    public static func polygonized(
        lines: [[Position]], engine: GeometryEngine
    ) throws(TopologyError) -> TopologyGeometry {
        let linework = try TopologyGeometry(.multiLineString(MultiLineString(lines)), engine: engine)
        return try linework.derived("GEOSPolygonize_valid_r") { handle in
            let members: [OpaquePointer?] = [linework.pointer]
            return GEOSPolygonize_valid_r(handle, members, 1)
        }
    }

    /// The same geometry in GEOS's normal form: rings start at their least vertex, parts in a fixed order.
    /// Two results covering the same points with the same vertices (say, from ``polygonized(lines:engine:)`` and
    /// ``unaryUnion(_:engine:)``) are then the same vertex for vertex, whichever way each was built.
    /// - Throws: ``TopologyError/geos(operation:message:)`` with GEOS's message.
    public func normalized() throws(TopologyError) -> TopologyGeometry {
        let copy = try derived("GEOSGeom_clone_r") { GEOSGeom_clone_r($0, pointer) }
        // GEOSNormalize_r answers 0 when done and -1 on failure, unlike the calls `status` reads.
        _ = try engine.value("GEOSNormalize_r", isFailure: { $0 != 0 }, { GEOSNormalize_r($0, copy.pointer) })
        return copy
    }

    // MARK: - Repair and reshaping

    /// A valid geometry covering the same points, for input that fails ``isValid``.
    ///
    /// GEOS keeps every part of the input: a bow-tie becomes a MultiPolygon of its two triangles,
    /// and parts that collapse to lines or points come back as such (in a GeometryCollection);
    /// ``polygonalGeoJSON()`` drops them.
    /// - Throws: ``TopologyError/geos(operation:message:)`` with GEOS's message.
    public func makeValid() throws(TopologyError) -> TopologyGeometry {
        try derived("GEOSMakeValid_r") { GEOSMakeValid_r($0, pointer) }
    }

    /// The geometry with every vertex snapped to a grid (GEOS's precision model), topology kept valid: what makes
    /// polygons from different sources share edges exactly.
    /// - Parameter gridSize: the grid's spacing in coordinate units (1e-6 for six decimals).
    /// - Throws: ``TopologyError/geos(operation:message:)`` with GEOS's message.
    public func snappedToGrid(_ gridSize: Double) throws(TopologyError) -> TopologyGeometry {
        try derived("GEOSGeom_setPrecision_r") { GEOSGeom_setPrecision_r($0, pointer, gridSize, 0) }
    }

    /// The points within a distance of the geometry (or, for a negative distance on polygons,
    /// the polygons shrunk by it).
    /// - Parameters:
    ///   - distance: in coordinate units (degrees for GeoJSON, so not a fixed ground distance).
    ///   - quadrantSegments: segments used to approximate a quarter circle at rounded corners.
    /// - Throws: ``TopologyError/geos(operation:message:)`` with GEOS's message.
    public func buffer(distance: Double, quadrantSegments: Int = 8) throws(TopologyError) -> TopologyGeometry {
        let segments = Int32(clamping: quadrantSegments)
        return try derived("GEOSBuffer_r") { GEOSBuffer_r($0, pointer, distance, segments) }
    }

    /// The geometry's boundary: a polygon's rings as lines, a line's end points.
    /// - Throws: ``TopologyError/geos(operation:message:)`` with GEOS's message.
    public func boundary() throws(TopologyError) -> TopologyGeometry {
        try derived("GEOSBoundary_r") { GEOSBoundary_r($0, pointer) }
    }

    /// Lines joined end to end where they meet, so that a dashed stroke runs on through the joins.
    /// - Throws: ``TopologyError/geos(operation:message:)`` with GEOS's message.
    public func lineMerged() throws(TopologyError) -> TopologyGeometry {
        try derived("GEOSLineMerge_r") { GEOSLineMerge_r($0, pointer) }
    }

    /// Fewer vertices, with no ring crossing itself or another and no hole leaving its shell
    /// (Douglas–Peucker with topology checks), for drawing at small scales.
    /// - Parameter tolerance: the largest distance a removed vertex may lie from the simplified
    ///   line, in coordinate units; must not be negative.
    /// - Throws: ``TopologyError/geos(operation:message:)`` with GEOS's message.
    public func simplifyPreservingTopology(tolerance: Double) throws(TopologyError) -> TopologyGeometry {
        try derived("GEOSTopologyPreserveSimplify_r") { GEOSTopologyPreserveSimplify_r($0, pointer, tolerance) }
    }

    /// The part of the geometry inside a box, computed faster than an ``intersection(_:)`` with
    /// the box's polygon. GEOS does not promise a valid result for invalid input.
    /// - Parameter box: the clipping box (its altitudes, if any, are ignored).
    /// - Throws: ``TopologyError/geos(operation:message:)`` with GEOS's message.
    public func clipped(to box: BoundingBox) throws(TopologyError) -> TopologyGeometry {
        try derived("GEOSClipByRect_r") {
            GEOSClipByRect_r(
                $0, pointer, box.southWest.longitude, box.southWest.latitude, box.northEast.longitude,
                box.northEast.latitude)
        }
    }
}
