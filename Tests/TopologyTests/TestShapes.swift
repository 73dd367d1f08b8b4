import GeoJSON
import Topology

// Small shapes shared by the Topology tests. Expected values in the tests come from shapely 2.2.0
// (GEOS 3.14.1), run once; each test quotes the Python that produced its numbers.

/// A position, short enough to keep fixtures readable.
func position(_ longitude: Double, _ latitude: Double, _ altitude: Double? = nil) -> Position {
    Position(longitude: longitude, latitude: latitude, altitude: altitude)
}

/// A closed ring through the given corners, in the given order.
func ring(_ corners: [(Double, Double)]) -> LinearRing {
    let positions = corners.map { position($0.0, $0.1) }
    return positions + [positions[0]]
}

/// An axis-aligned box as a counter-clockwise polygon, like shapely's `box(west, south, east, north)`.
func box(_ west: Double, _ south: Double, _ east: Double, _ north: Double) -> Geometry {
    .polygon(Polygon([ring([(west, south), (east, south), (east, north), (west, north)])]))
}

/// The 10 × 10 square with a 2 × 2 hole in the middle: shapely
/// `Polygon([(0,0),(10,0),(10,10),(0,10)], [[(4,4),(4,6),(6,6),(6,4)]])`.
let squareWithHole: Geometry = .polygon(
    Polygon([
        ring([(0, 0), (10, 0), (10, 10), (0, 10)]),
        ring([(4, 4), (4, 6), (6, 6), (6, 4)]),
    ]))

/// An L of arm width 2: shapely `Polygon([(0,0),(6,0),(6,2),(2,2),(2,6),(0,6)])`.
let lShape: Geometry = .polygon(Polygon([ring([(0, 0), (6, 0), (6, 2), (2, 2), (2, 6), (0, 6)])]))

/// The shortest planar distance from a position to the rings of a polygon, computed here without
/// GEOS so that it can judge GEOS's answers.
func distanceToBoundary(_ point: Position, of geometry: Geometry) -> Double {
    var best = Double.infinity
    for polygon in geometry.polygons {
        for ring in polygon {
            for (start, end) in zip(ring, ring.dropFirst()) {
                let dx = end.longitude - start.longitude, dy = end.latitude - start.latitude
                let lengthSquared = dx * dx + dy * dy
                let t =
                    lengthSquared == 0
                    ? 0
                    : max(
                        0,
                        min(
                            1,
                            ((point.longitude - start.longitude) * dx + (point.latitude - start.latitude) * dy)
                                / lengthSquared))
                let x = start.longitude + t * dx - point.longitude, y = start.latitude + t * dy - point.latitude
                best = min(best, (x * x + y * y).squareRoot())
            }
        }
    }
    return best
}
