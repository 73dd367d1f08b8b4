import GeoJSON
import Testing
import Topology

@Suite struct TopologyOperationsTests {
    let engine: GeometryEngine

    init() throws {
        engine = try GeometryEngine()
    }

    func make(_ geometry: Geometry) throws -> TopologyGeometry {
        try TopologyGeometry(geometry, engine: engine)
    }

    /// The diamond through (±1, 0) and (0, ±1), cut on the axes into four triangles as a grid cuts a country:
    /// the cut edges have the same vertices on both sides.
    var quadrants: [Geometry] {
        [
            .polygon(Polygon([ring([(0, 0), (1, 0), (0, 1)])])),
            .polygon(Polygon([ring([(0, 0), (0, 1), (-1, 0)])])),
            .polygon(Polygon([ring([(0, 0), (-1, 0), (0, -1)])])),
            .polygon(Polygon([ring([(0, 0), (0, -1), (1, 0)])])),
        ]
    }

    /// Every position of a geometry, as a set of (longitude, latitude).
    func corners(_ geometry: Geometry) -> Set<[Double]> {
        Set(geometry.allPositions.map { [$0.longitude, $0.latitude] })
    }

    /// The outline of the diamond as two lines meeting end to end, and a square hole in it as a third.
    @Test func linesThatCloseIntoRingsArePolygonizedWithTheirOwnVertices() throws {
        let lines = [
            [position(1, 0), position(0, 1), position(-1, 0)], [position(-1, 0), position(0, -1), position(1, 0)],
            [
                position(-0.25, -0.25), position(-0.25, 0.25), position(0.25, 0.25), position(0.25, -0.25),
                position(-0.25, -0.25),
            ],
        ]
        let shape = try TopologyGeometry.polygonized(lines: lines, engine: engine)
        let geometry = try shape.polygonalGeoJSON()
        // By hand: one polygon, the diamond (area 2) less the hole (area 0.25), no vertex but the lines'.
        #expect(geometry.polygons.count == 1)
        #expect(geometry.polygons.first?.count == 2)
        #expect(try shape.area == 1.75)
        #expect(corners(geometry) == corners(.multiLineString(MultiLineString(lines.map { $0 + [$0[0]] }))))
        // The full union of the four quarters minus the hole has the same vertices: equal in normal form.
        let hole = try make(box(-0.25, -0.25, 0.25, 0.25))
        let full = try TopologyGeometry.unaryUnion(try quadrants.map(make), engine: engine).difference(hole)
        #expect(try shape.normalized().geoJSON() == full.normalized().geoJSON())
    }

    /// Lines that do not close make no polygon, and GEOS does not complain: callers check what they get.
    @Test func linesThatDoNotCloseMakeNothing() throws {
        let open = [[position(0, 0), position(1, 0), position(1, 1)]]
        #expect(try TopologyGeometry.polygonized(lines: open, engine: engine).area == 0)
    }

    @Test func theNormalFormDoesNotDependOnWhereARingStarts() throws {
        let fromSouthWest = try make(box(0, 0, 2, 1))
        let fromNorthEast = try make(.polygon(Polygon([ring([(2, 1), (0, 1), (0, 0), (2, 0)])])))
        #expect(try fromSouthWest.geoJSON() != fromNorthEast.geoJSON())
        #expect(try fromSouthWest.normalized().geoJSON() == fromNorthEast.normalized().geoJSON())
        #expect(try fromSouthWest.normalized().isTopologicallyEqual(to: fromSouthWest))
        // The original is left as it was.
        #expect(try fromSouthWest.geoJSON() == box(0, 0, 2, 1))
    }
}
