import GeoJSON
import Testing
import Topology

@Suite struct PreparedTopologyGeometryTests {
    let engine: GeometryEngine

    init() throws {
        engine = try GeometryEngine()
    }

    @Test func answersTheKnownPointInPolygonCases() throws {
        let prepared = try TopologyGeometry(squareWithHole, engine: engine).prepared()
        for test in TopologyGeometryTests.pointInPolygonCases {
            let point = position(test.longitude, test.latitude)
            #expect(try prepared.contains(point) == test.contains, "contains \(point)")
            #expect(try prepared.covers(point) == test.covers, "covers \(point)")
        }
    }

    @Test func agreesWithTheUnpreparedGeometryOnAGrid() throws {
        // Every half unit from -1 to 11 hits the interior, the hole, both rings and the outside.
        let shape = try TopologyGeometry(squareWithHole, engine: engine)
        let prepared = try PreparedTopologyGeometry(shape)
        var checked = 0
        for x in stride(from: -1.0, through: 11.0, by: 0.5) {
            for y in stride(from: -1.0, through: 11.0, by: 0.5) {
                let point = position(x, y)
                #expect(try prepared.contains(point) == shape.contains(point), "contains \(point)")
                #expect(try prepared.covers(point) == shape.covers(point), "covers \(point)")
                checked += 1
            }
        }
        #expect(checked == 25 * 25)
    }

    @Test func intersectsContainsAndCoversGeometriesLikeTheUnpreparedOnes() throws {
        let shape = try TopologyGeometry(squareWithHole, engine: engine)
        let prepared = try shape.prepared()
        let others: [Geometry] = [
            box(4.5, 4.5, 5.5, 5.5),  // inside the hole: disjoint
            box(1, 1, 2, 2),  // inside
            box(9, 9, 12, 12),  // across the exterior ring
            box(10, 0, 11, 10),  // touching along an edge
            box(20, 20, 21, 21),  // far away
            .lineString(LineString([position(-5, 5), position(15, 5)])),
        ]
        for other in others {
            let geometry = try TopologyGeometry(other, engine: engine)
            #expect(try prepared.intersects(geometry) == shape.intersects(geometry), "intersects \(other)")
            #expect(try prepared.contains(geometry) == shape.contains(geometry), "contains \(other)")
            #expect(try prepared.covers(geometry) == shape.covers(geometry), "covers \(other)")
        }
    }

    @Test func keepsItsGeometryAlive() throws {
        // The only reference to the TopologyGeometry is the prepared geometry's: GEOS's index points into it.
        let prepared = try PreparedTopologyGeometry(TopologyGeometry(squareWithHole, engine: GeometryEngine()))
        #expect(try prepared.covers(position(2, 2)))
        #expect(try prepared.geometry.area == 96.0)
    }
}
