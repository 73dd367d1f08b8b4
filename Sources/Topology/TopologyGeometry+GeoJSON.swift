import CGEOS
import GeoJSON

extension TopologyGeometry {
    /// Builds the GEOS form of a GeoJSON geometry, of any of the seven types.
    ///
    /// Altitudes are kept as Z. A coordinate sequence (a ring, a line, a point) is three-dimensional
    /// when any of its positions has an altitude; the positions without one get a Z of NaN, which
    /// ``geoJSON()`` turns back into a missing altitude. `bbox` and foreign members are not carried:
    /// GEOS has no place for them, and results of operations would make them stale anyway.
    ///
    /// The geometry is not checked for validity here (see ``isValid``), but GEOS refuses shapes it
    /// cannot hold at all: a ring that is not closed or is too short, a line with one position.
    ///
    /// - Parameters:
    ///   - geometry: the GeoJSON geometry.
    ///   - engine: the engine to build it with; the new geometry keeps it alive.
    /// - Throws: ``TopologyError/geos(operation:message:)`` with GEOS's message when GEOS refuses a part.
    public convenience init(_ geometry: Geometry, engine: GeometryEngine) throws(TopologyError) {
        let builder = GEOSBuilder(engine: engine)
        self.init(owning: try builder.make(geometry), engine: engine)
    }

    /// The geometry as GeoJSON, following RFC 7946's right-hand rule: exterior rings come back
    /// counter-clockwise and holes clockwise, whatever GEOS produced.
    ///
    /// Types map one to one: a GEOS GeometryCollection stays a GeometryCollection even when all its
    /// members are polygons (use ``polygonalGeoJSON()`` to get polygons whatever GEOS returned), and a
    /// lone LinearRing becomes a LineString. Empty points have no GeoJSON form: inside a MultiPoint or a
    /// GeometryCollection they are left out (they hold no position); on their own they throw.
    /// Z values come back as altitudes; NaN Z values as a missing altitude.
    ///
    /// - Throws: ``TopologyError/unsupportedGeometry(_:)`` for an empty Point,
    ///   ``TopologyError/geos(operation:message:)`` if GEOS fails to give up its coordinates.
    public func geoJSON() throws(TopologyError) -> Geometry {
        guard let geometry = try GEOSReader(engine: engine).read(pointer) else {
            throw .unsupportedGeometry("an empty Point has no GeoJSON form")
        }
        return geometry
    }

    /// The polygons of the geometry as a GeoJSON Polygon (when there is exactly one) or MultiPolygon
    /// (otherwise, including none), with points and lines dropped.
    ///
    /// Overlay results mix dimensions: the intersection of two zones that overlap and also share a
    /// stretch of border is a GeometryCollection of a polygon and a line. Code that wants areas wants
    /// only the polygons. Rings follow the right-hand rule as in ``geoJSON()``.
    /// - Throws: ``TopologyError/geos(operation:message:)`` if GEOS fails to give up its coordinates.
    public func polygonalGeoJSON() throws(TopologyError) -> Geometry {
        let polygons = try GEOSReader(engine: engine).read(pointer)?.polygons ?? []
        if polygons.count == 1 { return .polygon(Polygon(polygons[0])) }
        return .multiPolygon(MultiPolygon(polygons))
    }
}

// MARK: - GeoJSON to GEOS

/// Builds GEOS geometries, freeing the parts already built when a later part fails.
private struct GEOSBuilder {
    let engine: GeometryEngine

    func make(_ geometry: Geometry) throws(TopologyError) -> OpaquePointer {
        switch geometry {
        case .point(let point):
            return try makePoint(point.coordinates)
        case .multiPoint(let multi):
            return try makeCollection(GEOS_MULTIPOINT, multi.coordinates, makePoint)
        case .lineString(let line):
            return try makeLineString(line.coordinates)
        case .multiLineString(let multi):
            return try makeCollection(GEOS_MULTILINESTRING, multi.coordinates, makeLineString)
        case .polygon(let polygon):
            return try makePolygon(polygon.coordinates)
        case .multiPolygon(let multi):
            return try makeCollection(GEOS_MULTIPOLYGON, multi.coordinates, makePolygon)
        case .geometryCollection(let collection):
            return try makeCollection(GEOS_GEOMETRYCOLLECTION, collection.geometries, make)
        }
    }

    func makeSequence(_ positions: [Position]) throws(TopologyError) -> OpaquePointer {
        guard let count = UInt32(exactly: positions.count) else {
            throw .unsupportedGeometry("\(positions.count) positions in one sequence is more than GEOS can hold")
        }
        let hasAltitude = positions.contains { $0.altitude != nil }
        var buffer: [Double] = []
        buffer.reserveCapacity(positions.count * (hasAltitude ? 3 : 2))
        for position in positions {
            buffer.append(position.longitude)
            buffer.append(position.latitude)
            if hasAltitude { buffer.append(position.altitude ?? .nan) }
        }
        return try engine.call("GEOSCoordSeq_copyFromBuffer_r") {
            GEOSCoordSeq_copyFromBuffer_r($0, buffer, count, hasAltitude ? 1 : 0, 0)
        }
    }

    // The create functions below take ownership of the sequence whether they succeed or not
    // (GEOS wraps it in a smart pointer before validating), so it is never freed here.

    func makePoint(_ position: Position) throws(TopologyError) -> OpaquePointer {
        let sequence = try makeSequence([position])
        return try engine.call("GEOSGeom_createPoint_r") { GEOSGeom_createPoint_r($0, sequence) }
    }

    func makeLineString(_ positions: [Position]) throws(TopologyError) -> OpaquePointer {
        let sequence = try makeSequence(positions)
        return try engine.call("GEOSGeom_createLineString_r") { GEOSGeom_createLineString_r($0, sequence) }
    }

    func makeLinearRing(_ positions: LinearRing) throws(TopologyError) -> OpaquePointer {
        let sequence = try makeSequence(positions)
        return try engine.call("GEOSGeom_createLinearRing_r") { GEOSGeom_createLinearRing_r($0, sequence) }
    }

    func makePolygon(_ rings: [LinearRing]) throws(TopologyError) -> OpaquePointer {
        if rings.isEmpty {
            return try engine.call("GEOSGeom_createEmptyPolygon_r") { GEOSGeom_createEmptyPolygon_r($0) }
        }
        var built = try makeAll(rings, makeLinearRing)
        let shell = built.removeFirst()
        // GEOSGeom_createPolygon_r owns the rings from here on, freeing them itself if it fails
        // (GEOS ticket #1111), so there is nothing to clean up on either path.
        return try engine.call("GEOSGeom_createPolygon_r") {
            GEOSGeom_createPolygon_r($0, shell, &built, UInt32(built.count))
        }
    }

    func makeCollection<Part>(
        _ type: GEOSGeomTypes, _ parts: [Part], _ makePart: (Part) throws(TopologyError) -> OpaquePointer
    ) throws(TopologyError) -> OpaquePointer {
        var built = try makeAll(parts, makePart)
        // Owns the members from here on, as GEOSGeom_createPolygon_r owns rings.
        return try engine.call("GEOSGeom_createCollection_r") {
            GEOSGeom_createCollection_r($0, Int32(type.rawValue), &built, UInt32(built.count))
        }
    }

    /// Builds every part, or none: on a failure the parts built so far are freed before rethrowing.
    func makeAll<Part>(
        _ parts: [Part], _ makePart: (Part) throws(TopologyError) -> OpaquePointer
    ) throws(TopologyError) -> [OpaquePointer?] {
        var built: [OpaquePointer?] = []
        built.reserveCapacity(parts.count)
        do throws(TopologyError) {
            for part in parts { built.append(try makePart(part)) }
        } catch {
            for part in built { GEOSGeom_destroy_r(engine.handle, part) }
            throw error
        }
        return built
    }
}

// MARK: - GEOS to GeoJSON

/// Reads GEOS geometries into GeoJSON values. Every pointer it sees is borrowed from its parent.
struct GEOSReader {
    let engine: GeometryEngine

    /// The geometry, or nil for an empty point (which GeoJSON cannot say).
    func read(_ geometry: OpaquePointer) throws(TopologyError) -> Geometry? {
        let typeID = try engine.nonNegative("GEOSGeomTypeId_r") { GEOSGeomTypeId_r($0, geometry) }
        switch typeID {
        case Int32(GEOS_POINT.rawValue):
            return try pointPosition(geometry).map { .point(Point($0)) }
        case Int32(GEOS_LINESTRING.rawValue), Int32(GEOS_LINEARRING.rawValue):
            return .lineString(LineString(try positions(geometry)))
        case Int32(GEOS_POLYGON.rawValue):
            return .polygon(Polygon(try rings(geometry)))
        case Int32(GEOS_MULTIPOINT.rawValue):
            return .multiPoint(MultiPoint(try members(geometry).map(pointPosition).compacted()))
        case Int32(GEOS_MULTILINESTRING.rawValue):
            return .multiLineString(MultiLineString(try members(geometry).map(positions)))
        case Int32(GEOS_MULTIPOLYGON.rawValue):
            return .multiPolygon(MultiPolygon(try members(geometry).map(rings)))
        case Int32(GEOS_GEOMETRYCOLLECTION.rawValue):
            return .geometryCollection(GeometryCollection(try members(geometry).map(read).compacted()))
        default:
            throw .unsupportedGeometry("GEOS geometry type \(typeID) has no GeoJSON form")
        }
    }

    func members(_ collection: OpaquePointer) throws(TopologyError) -> [OpaquePointer] {
        let count = try engine.nonNegative("GEOSGetNumGeometries_r") { GEOSGetNumGeometries_r($0, collection) }
        var members: [OpaquePointer] = []
        members.reserveCapacity(Int(count))
        for index in 0..<count {
            members.append(try engine.call("GEOSGetGeometryN_r") { GEOSGetGeometryN_r($0, collection, index) })
        }
        return members
    }

    func pointPosition(_ point: OpaquePointer) throws(TopologyError) -> Position? {
        try positions(point).first
    }

    /// The rings of a polygon, exterior counter-clockwise and holes clockwise (RFC 7946 §3.1.6).
    func rings(_ polygon: OpaquePointer) throws(TopologyError) -> [LinearRing] {
        // An empty polygon still has an (empty) exterior ring in GEOS; GeoJSON writes it as no rings.
        if try engine.predicate("GEOSisEmpty_r", { GEOSisEmpty_r($0, polygon) }) { return [] }
        let exterior = try engine.call("GEOSGetExteriorRing_r") { GEOSGetExteriorRing_r($0, polygon) }
        var rings = [Winding.oriented(try positions(exterior), counterClockwise: true)]
        let holeCount = try engine.nonNegative("GEOSGetNumInteriorRings_r") { GEOSGetNumInteriorRings_r($0, polygon) }
        for index in 0..<holeCount {
            let hole = try engine.call("GEOSGetInteriorRingN_r") { GEOSGetInteriorRingN_r($0, polygon, index) }
            rings.append(Winding.oriented(try positions(hole), counterClockwise: false))
        }
        return rings
    }

    /// The positions of a point, line or ring, with NaN Z values read as a missing altitude.
    func positions(_ geometry: OpaquePointer) throws(TopologyError) -> [Position] {
        let sequence = try engine.call("GEOSGeom_getCoordSeq_r") { GEOSGeom_getCoordSeq_r($0, geometry) }
        var count: UInt32 = 0
        try engine.status("GEOSCoordSeq_getSize_r") { GEOSCoordSeq_getSize_r($0, sequence, &count) }
        var dimensions: UInt32 = 0
        try engine.status("GEOSCoordSeq_getDimensions_r") { GEOSCoordSeq_getDimensions_r($0, sequence, &dimensions) }
        if count == 0 { return [] }
        let hasZ = dimensions >= 3
        let stride = hasZ ? 3 : 2
        var buffer = [Double](repeating: 0, count: Int(count) * stride)
        try engine.status("GEOSCoordSeq_copyToBuffer_r") {
            GEOSCoordSeq_copyToBuffer_r($0, sequence, &buffer, hasZ ? 1 : 0, 0)
        }
        return (0..<Int(count)).map { index in
            let start = index * stride
            let altitude = hasZ && !buffer[start + 2].isNaN ? buffer[start + 2] : nil
            return Position(longitude: buffer[start], latitude: buffer[start + 1], altitude: altitude)
        }
    }
}

extension Array {
    /// The non-nil elements (`compactMap` does not yet pass typed errors through, `map` does).
    fileprivate func compacted<Wrapped>() -> [Wrapped] where Element == Wrapped? { compactMap { $0 } }
}
