import GeoJSON
import Testing
import Topology

/// Prepared geometries give the answers worked out by hand for the square with a hole, and the unprepared ones'.
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
        // Every half unit from -1 to 11 hits the interior, the hole, both rings and the outside. The answer is
        // worked out by hand for the 10 x 10 square with its hole from 4 to 6: covered when inside the square or on
        // its rings and not strictly inside the hole; contained when strictly inside the square and not inside or on
        // the hole.
        let shape = try TopologyGeometry(squareWithHole, engine: engine)
        let prepared = try PreparedTopologyGeometry(shape)
        var checked = 0, contained = 0, covered = 0
        for x in stride(from: -1.0, through: 11.0, by: 0.5) {
            for y in stride(from: -1.0, through: 11.0, by: 0.5) {
                let point = position(x, y)
                let covers = (0...10).contains(x) && (0...10).contains(y) && !(x > 4 && x < 6 && y > 4 && y < 6)
                let contains = x > 0 && x < 10 && y > 0 && y < 10 && !((4...6).contains(x) && (4...6).contains(y))
                #expect(try prepared.contains(point) == contains, "contains \(point)")
                #expect(try prepared.covers(point) == covers, "covers \(point)")
                #expect(try shape.contains(point) == contains, "unprepared contains \(point)")
                #expect(try shape.covers(point) == covers, "unprepared covers \(point)")
                checked += 1
                if contains { contained += 1 }
                if covers { covered += 1 }
            }
        }
        #expect(checked == 25 * 25)
        // 19 x 19 interior points less the hole's 5 x 5; 21 x 21 less the hole's 3 x 3 inside.
        #expect(contained == 19 * 19 - 5 * 5 && covered == 21 * 21 - 3 * 3)
    }

    @Test func intersectsContainsAndCoversGeometriesLikeTheUnpreparedOnes() throws {
        let shape = try TopologyGeometry(squareWithHole, engine: engine)
        let prepared = try shape.prepared()
        // Each with (intersects, contains, covers), worked out by hand from the DE-9IM definitions.
        let others: [(Geometry, Bool, Bool, Bool)] = [
            (box(4.5, 4.5, 5.5, 5.5), false, false, false),  // inside the hole: disjoint
            (box(1, 1, 2, 2), true, true, true),  // inside
            (box(9, 9, 12, 12), true, false, false),  // across the exterior ring
            (box(10, 0, 11, 10), true, false, false),  // touching along an edge
            (box(20, 20, 21, 21), false, false, false),  // far away
            (.lineString(LineString([position(-5, 5), position(15, 5)])), true, false, false),
        ]
        for (other, intersects, contains, covers) in others {
            let geometry = try TopologyGeometry(other, engine: engine)
            #expect(try prepared.intersects(geometry) == intersects, "intersects \(other)")
            #expect(try prepared.contains(geometry) == contains, "contains \(other)")
            #expect(try prepared.covers(geometry) == covers, "covers \(other)")
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
