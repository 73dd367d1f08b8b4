import CGeographic
import GeoJSON

/// Areas, distances and directions on the WGS84 ellipsoid, with Karney's geodesic algorithms from
/// GeographicLib, their reference implementation (accurate to about 15 nanometres; no map projection is
/// involved). PROJ's geodesic routines are a C port of the same code; GeographicLib is used because it loads
/// one library where PROJ loads some thirty (measured in `bench/README.md`).
///
/// Positions are GeoJSON's: longitude and latitude in degrees on WGS84, latitude within −90...90
/// (outside that Karney's routines answer NaN). Altitudes are ignored: everything is measured on
/// the ellipsoid's surface.
///
/// ```swift
/// let squareKilometres = Geodesic.wgs84.areaInSquareKilometres(of: zone.geometry)
/// let metres = Geodesic.wgs84.distance(from: rivermouth, to: millford)
/// ```
public struct Geodesic: Sendable {
    /// The WGS84 ellipsoid (a = 6 378 137 m, f = 1/298.257223563), the datum of RFC 7946 positions.
    public static let wgs84 = Geodesic()

    private init() {}

    // MARK: - Areas

    /// The area of the polygons in a geometry, in square metres.
    ///
    /// Counts Polygons, MultiPolygons and the polygons inside GeometryCollections; other types have
    /// no area and give 0. Each polygon is its exterior ring's area minus its holes' areas. Ring
    /// orientation does not matter (each ring's area is taken as positive), so data that breaks the
    /// right-hand rule gets the same answer. Rings are assumed to enclose less than half the Earth,
    /// and the polygons not to overlap (overlaps would be counted twice: union them first).
    ///
    /// - Parameter geometry: any GeoJSON geometry.
    /// - Returns: square metres; an invalid polygon whose holes outweigh its shell can give less than 0.
    public func area(of geometry: Geometry) -> Double {
        var total = 0.0
        for polygon in geometry.polygons {
            guard let exterior = polygon.first else { continue }
            total += ringArea(exterior)
            for hole in polygon.dropFirst() { total -= ringArea(hole) }
        }
        return total
    }

    /// The area of the polygons in a geometry, in square kilometres (see ``area(of:)``).
    /// - Parameter geometry: any GeoJSON geometry.
    public func areaInSquareKilometres(of geometry: Geometry) -> Double {
        area(of: geometry) / 1_000_000
    }

    /// The area enclosed by one ring, in square metres, whichever way it runs.
    private func ringArea(_ ring: LinearRing) -> Double {
        // Karney's accumulator closes the ring itself; the repeated last position would only add an
        // edge of length zero, so it is left out rather than relied upon.
        var vertices = ring[...]
        if let first = vertices.first, let last = vertices.last, vertices.count > 1,
            first.longitude == last.longitude, first.latitude == last.latitude
        {
            vertices = vertices.dropLast()
        }
        guard vertices.count >= 3 else { return 0 }
        let pairs = Self.latitudeLongitudePairs(vertices)
        return abs(pairs.withUnsafeBufferPointer { cm_geodesic_ring_area($0.baseAddress, vertices.count) })
    }

    // MARK: - Distances and directions

    /// The length of the shortest path on the ellipsoid between two positions, in metres.
    /// - Parameters:
    ///   - start: the first position.
    ///   - end: the second position.
    public func distance(from start: Position, to end: Position) -> Double {
        inverse(from: start, to: end).distance
    }

    /// The direction in which the shortest path from one position to another sets off, in degrees
    /// clockwise from north, in −180...180 as Karney's routines give it (−90 is due west).
    /// For two equal positions the direction is not meaningful.
    /// - Parameters:
    ///   - start: where the path starts.
    ///   - end: where the path ends.
    public func azimuth(from start: Position, to end: Position) -> Double {
        inverse(from: start, to: end).azimuth
    }

    /// Where the shortest path from a position, set off in a direction, arrives after a distance.
    /// - Parameters:
    ///   - start: where to start.
    ///   - azimuthDegrees: the initial direction, degrees clockwise from north.
    ///   - distanceMetres: how far to go, in metres (negative goes backwards).
    /// - Returns: the arrival position, longitude within −180...180, without altitude.
    public func destination(from start: Position, azimuthDegrees: Double, distanceMetres: Double) -> Position {
        var latitude = 0.0, longitude = 0.0
        cm_geodesic_direct(start.latitude, start.longitude, azimuthDegrees, distanceMetres, &latitude, &longitude)
        return Position(longitude: longitude, latitude: latitude)
    }

    /// The length of a path through positions, each leg the shortest path on the ellipsoid, in metres.
    /// - Parameter line: the positions in order; fewer than two give 0.
    public func length(of line: [Position]) -> Double {
        guard line.count >= 2 else { return 0 }
        // GeographicLib's polyline accumulator sums the legs exactly, which a plain sum of distances would not.
        let pairs = Self.latitudeLongitudePairs(line[...])
        return pairs.withUnsafeBufferPointer { cm_geodesic_path_length($0.baseAddress, line.count) }
    }

    /// Latitude, longitude, latitude...: the flat array the C shim reads, filled in place (a two-element array a
    /// vertex cost an allocation each on every area and length).
    private static func latitudeLongitudePairs(_ positions: ArraySlice<Position>) -> [Double] {
        var pairs: [Double] = []
        pairs.reserveCapacity(positions.count * 2)
        for position in positions {
            pairs.append(position.latitude)
            pairs.append(position.longitude)
        }
        return pairs
    }

    /// The total length of the lines in a geometry (LineStrings, MultiLineStrings and those inside
    /// GeometryCollections), in metres; 0 for other types. Polygon rings are not counted.
    /// - Parameter geometry: any GeoJSON geometry.
    public func length(of geometry: Geometry) -> Double {
        geometry.lines.reduce(0) { $0 + length(of: $1) }
    }

    private func inverse(from start: Position, to end: Position) -> (distance: Double, azimuth: Double) {
        var distance = 0.0, azimuth = 0.0
        cm_geodesic_inverse(start.latitude, start.longitude, end.latitude, end.longitude, &distance, &azimuth)
        return (distance, azimuth)
    }
}
