import CGEOS
import GeoJSON

extension TopologyGeometry {
    // MARK: - Label points

    /// A position guaranteed to lie on the geometry: inside a polygon (never in a hole), on a line,
    /// or one of the points. Cheap; for a label on an odd-shaped polygon, ``poleOfInaccessibility(tolerance:)``
    /// finds a point further from the edges.
    /// - Throws: ``TopologyError/emptyResult(operation:)`` for an empty geometry,
    ///   ``TopologyError/geos(operation:message:)`` with GEOS's message.
    public func pointOnSurface() throws(TopologyError) -> Position {
        let point = try derived("GEOSPointOnSurface_r") { GEOSPointOnSurface_r($0, pointer) }
        guard let position = try GEOSReader(engine: engine).pointPosition(point.pointer) else {
            throw .emptyResult(operation: "pointOnSurface()")
        }
        return position
    }

    /// The point inside a polygon or multipolygon that is furthest from its boundary (the centre of
    /// the largest inscribed circle): where a label has the most room. For a polygon whose envelope is thinner
    /// than the tolerance, a point on its surface: every point of it is as far from the edges as the pole, within
    /// the tolerance.
    /// - Parameter tolerance: how close to the true pole the answer must be, in coordinate units
    ///   (0.001 is about 100 m in degrees); must be positive, smaller is slower.
    /// - Throws: ``TopologyError/invalidArgument(_:)`` for a tolerance that is not positive,
    ///   ``TopologyError/emptyResult(operation:)`` for an empty geometry,
    ///   ``TopologyError/geos(operation:message:)`` for geometries that are not polygonal.
    public func poleOfInaccessibility(tolerance: Double) throws(TopologyError) -> Position {
        // GEOS refines its grid until cells are smaller than the tolerance: zero would not end.
        guard tolerance > 0, tolerance.isFinite else {
            throw .invalidArgument("the tolerance of poleOfInaccessibility must be positive, not \(tolerance)")
        }
        guard let envelope = try envelope else { throw .emptyResult(operation: "poleOfInaccessibility(tolerance:)") }
        // GEOS before 3.12 starts its grid with cells as wide as the envelope's shorter side, so a nearly flat
        // polygon (a sea clipped to a map's edge along its own shore) asks for billions of cells and ends in
        // bad_alloc. Thinner than the tolerance, no inscribed circle is wider than it, so the grid is not needed.
        let shorterSide = min(
            envelope.northEast.longitude - envelope.southWest.longitude,
            envelope.northEast.latitude - envelope.southWest.latitude)
        if shorterSide < tolerance, try isPolygonal { return try pointOnSurface() }
        // The answer is a two-point line from the centre to the nearest boundary point.
        let circle = try derived("GEOSMaximumInscribedCircle_r") {
            GEOSMaximumInscribedCircle_r($0, pointer, tolerance)
        }
        guard let centre = try GEOSReader(engine: engine).positions(circle.pointer).first else {
            throw .emptyResult(operation: "poleOfInaccessibility(tolerance:)")
        }
        return centre
    }

    // MARK: - Linear referencing

    /// The position a fraction of the way along a LineString or MultiLineString (measured in
    /// planar length; the parts of a MultiLineString one after another).
    /// - Parameter fraction: 0 for the start, 1 for the end.
    /// - Throws: ``TopologyError/invalidArgument(_:)`` for a fraction outside 0...1 or a geometry
    ///   that is not lineal, ``TopologyError/emptyResult(operation:)`` for an empty line,
    ///   ``TopologyError/geos(operation:message:)`` with GEOS's message.
    public func interpolate(fraction: Double) throws(TopologyError) -> Position {
        // GEOS would read a negative fraction as measured from the end; callers meaning that should say so.
        guard (0...1).contains(fraction) else {
            throw .invalidArgument("the fraction for interpolate must be in 0...1, not \(fraction)")
        }
        try requireLineal("interpolate(fraction:)")
        if try isEmpty { throw .emptyResult(operation: "interpolate(fraction:)") }
        let point = try derived("GEOSInterpolateNormalized_r") { GEOSInterpolateNormalized_r($0, pointer, fraction) }
        guard let position = try GEOSReader(engine: engine).pointPosition(point.pointer) else {
            throw .emptyResult(operation: "interpolate(fraction:)")
        }
        return position
    }

    /// How far along a LineString or MultiLineString the point nearest to a position lies, as a
    /// fraction of its planar length: the inverse of ``interpolate(fraction:)``.
    /// - Parameter position: any position; it need not lie on the line.
    /// - Returns: a fraction in 0...1 (0 for a line of zero length).
    /// - Throws: ``TopologyError/invalidArgument(_:)`` for a geometry that is not lineal,
    ///   ``TopologyError/emptyResult(operation:)`` for an empty line,
    ///   ``TopologyError/geos(operation:message:)`` with GEOS's message.
    public func project(_ position: Position) throws(TopologyError) -> Double {
        try requireLineal("project(_:)")
        if try isEmpty { throw .emptyResult(operation: "project(_:)") }
        // GEOS divides by the length, so a line of zero length would give NaN rather than its only answer.
        if try length == 0 { return 0 }
        return try engine.withPoint(at: position) { (point) throws(TopologyError) in
            // GEOS signals failure with -1.
            try engine.value("GEOSProjectNormalized_r", isFailure: { !($0 >= 0) }) {
                GEOSProjectNormalized_r($0, pointer, point)
            }
        }
    }

    /// Whether the geometry is a Polygon or MultiPolygon (GEOS refuses anything else an inscribed circle).
    private var isPolygonal: Bool {
        get throws(TopologyError) {
            let typeID = try engine.nonNegative("GEOSGeomTypeId_r") { GEOSGeomTypeId_r($0, pointer) }
            return [GEOS_POLYGON, GEOS_MULTIPOLYGON].map { Int32($0.rawValue) }.contains(typeID)
        }
    }

    /// Refuses geometries that linear referencing does not apply to, before GEOS reads their rings as lines.
    private func requireLineal(_ operation: String) throws(TopologyError) {
        let typeID = try engine.nonNegative("GEOSGeomTypeId_r") { GEOSGeomTypeId_r($0, pointer) }
        let lineal = [GEOS_LINESTRING, GEOS_LINEARRING, GEOS_MULTILINESTRING].map { Int32($0.rawValue) }
        guard lineal.contains(typeID) else {
            throw .invalidArgument("\(operation) needs a LineString or MultiLineString")
        }
    }
}
