import GeoJSON
import Testing
import Topology

@Suite struct TopologyGeometryTests {
    let engine: GeometryEngine

    init() throws {
        engine = try GeometryEngine()
    }

    func make(_ geometry: Geometry) throws -> TopologyGeometry {
        try TopologyGeometry(geometry, engine: engine)
    }

    // MARK: - GeoJSON round trip

    /// One geometry of each of the seven types, with altitudes (some positions without), holes and
    /// rings already following the right-hand rule, so the round trip must give them back unchanged.
    static let roundTripCases: [Geometry] = [
        .point(Point(position(46.7519, 39.8153, 1_220))),
        .multiPoint(MultiPoint([position(46.7519, 39.8153, 1_220), position(46.7483, 39.7583)])),
        .lineString(
            LineString([
                position(44.5167, 40.1833, 990), position(46.7519, 39.8153, 1_220), position(49.8822, 40.3953, -28),
            ])),
        .multiLineString(
            MultiLineString([
                [position(0, 0), position(1, 1)],
                [position(2, 2, 5), position(3, 2, 6), position(3, 3)],
            ])),
        .polygon(
            Polygon([
                [position(0, 0, 1), position(10, 0, 2), position(10, 10, 3), position(0, 10, 4), position(0, 0, 1)],
                [position(4, 4), position(4, 6), position(6, 6), position(6, 4), position(4, 4)],
            ])),
        .multiPolygon(
            MultiPolygon([
                [ring([(0, 0), (1, 0), (1, 1), (0, 1)])],
                [ring([(2, 0), (5, 0), (5, 3), (2, 3)]), ring([(3, 1), (3, 2), (4, 2), (4, 1)])],
            ])),
        .geometryCollection(
            GeometryCollection([
                .point(Point(position(1, 2, 3))),
                .lineString(LineString([position(0, 0), position(1, 1)])),
                squareWithHole,
                .geometryCollection(GeometryCollection([.multiPoint(MultiPoint([position(5, 5)]))])),
            ])),
    ]

    @Test(arguments: roundTripCases)
    func roundTripKeepsGeometry(_ geometry: Geometry) throws {
        #expect(try make(geometry).geoJSON() == geometry)
    }

    @Test func roundTripOfEmptyGeometries() throws {
        for empty: Geometry in [
            .lineString(LineString([])), .polygon(Polygon([])), .multiPolygon(MultiPolygon([])),
            .geometryCollection(GeometryCollection([])),
        ] {
            let shape = try make(empty)
            #expect(try shape.isEmpty)
            #expect(try shape.geoJSON() == empty)
        }
    }

    @Test func bboxAndForeignMembersAreNotCarried() throws {
        let point = Point(
            position(1, 2), bbox: BoundingBox(southWest: position(1, 2), northEast: position(1, 2)),
            foreignMembers: ["name": "x"])
        #expect(try make(.point(point)).geoJSON() == .point(Point(position(1, 2))))
    }

    @Test func ringsComeBackFollowingTheRightHandRule() throws {
        // Exterior clockwise and hole counter-clockwise: both the wrong way round for RFC 7946.
        let exterior = ring([(0, 0), (0, 10), (10, 10), (10, 0)])
        let hole = ring([(4, 4), (6, 4), (6, 6), (4, 6)])
        let result = try make(.polygon(Polygon([exterior, hole]))).geoJSON()
        #expect(result == .polygon(Polygon([exterior.reversed(), hole.reversed()])))
    }

    // MARK: - Validity

    @Test func bowTieIsInvalidWithAReasonAndCanBeMadeValid() throws {
        // shapely: p = Polygon([(0,0),(2,2),(2,0),(0,2),(0,0)]); p.is_valid, explain_validity(p)
        //   -> False, 'Self-intersection[1 1]'
        // make_valid(p) -> MultiPolygon of 2 triangles, area 2.0, is_valid True
        let bowTie = try make(.polygon(Polygon([ring([(0, 0), (2, 2), (2, 0), (0, 2)])])))
        #expect(try !bowTie.isValid)
        let reason = try #require(try bowTie.validityReason)
        #expect(reason.hasPrefix("Self-intersection"))
        #expect(reason.contains("1 1"))

        let repaired = try bowTie.makeValid()
        #expect(try repaired.isValid)
        #expect(try repaired.validityReason == nil)
        #expect(try repaired.area == 2.0)
        guard case .multiPolygon(let parts) = try repaired.polygonalGeoJSON() else {
            Issue.record("a repaired bow-tie should be a MultiPolygon")
            return
        }
        #expect(parts.coordinates.count == 2)
    }

    // MARK: - Overlay

    @Test func unionOfAdjacentSquaresIsOnePolygonOfAreaTwo() throws {
        // shapely: box(0,0,1,1).union(box(1,0,2,1)) -> Polygon, area 2.0, no interiors
        let union = try make(box(0, 0, 1, 1)).union(make(box(1, 0, 2, 1)))
        guard case .polygon(let polygon) = try union.geoJSON() else {
            Issue.record("the union of two squares sharing an edge should be one Polygon")
            return
        }
        #expect(polygon.coordinates.count == 1)
        #expect(try union.area == 2.0)
        #expect(try union.isValid)
        #expect(try union.isTopologicallyEqual(to: make(box(0, 0, 2, 1))))
    }

    @Test func differenceIntersectionAndSymmetricDifferenceAreas() throws {
        // shapely: A = box(0,0,2,2); B = box(1,1,3,3)
        //   A.intersection(B).area -> 1.0, A.difference(B).area -> 3.0, A.symmetric_difference(B).area -> 6.0
        let a = try make(box(0, 0, 2, 2)), b = try make(box(1, 1, 3, 3))
        #expect(try a.intersection(b).area == 1.0)
        #expect(try a.difference(b).area == 3.0)
        #expect(try a.symmetricDifference(b).area == 6.0)
        #expect(try a.difference(a).isEmpty)
    }

    @Test func unaryUnionOfSeveralShapes() throws {
        // shapely: union_all([box(0,0,2,2), box(1,1,3,3), box(2.5,0,4,1)]) -> Polygon, area 8.5
        let shapes = try [box(0, 0, 2, 2), box(1, 1, 3, 3), box(2.5, 0, 4, 1)].map(make)
        let union = try TopologyGeometry.unaryUnion(shapes, engine: engine)
        #expect(try union.area == 8.5)
        guard case .polygon = try union.geoJSON() else {
            Issue.record("the three boxes overlap in a chain: one Polygon")
            return
        }
        // The inputs still belong to their wrappers (the union worked on copies).
        #expect(try shapes[0].area == 4.0)
        #expect(try TopologyGeometry.unaryUnion([], engine: engine).isEmpty)
    }

    @Test func polygonalGeoJSONDropsLowerDimensions() throws {
        let mixed = try make(
            .geometryCollection(
                GeometryCollection([
                    box(0, 0, 1, 1), .lineString(LineString([position(5, 5), position(6, 6)])),
                    .point(Point(position(7, 7))),
                ])))
        #expect(try mixed.polygonalGeoJSON() == box(0, 0, 1, 1))
        #expect(try make(.point(Point(position(1, 1)))).polygonalGeoJSON() == .multiPolygon(MultiPolygon([])))
    }

    // MARK: - Measures and reshaping

    @Test func planarMeasuresAndEnvelope() throws {
        // shapely: squareWithHole.area -> 96.0, .bounds -> (0.0, 0.0, 10.0, 10.0);
        //          LineString([(0,0),(10,0),(10,10)]).length -> 20.0
        let shape = try make(squareWithHole)
        #expect(try shape.area == 96.0)
        #expect(try shape.envelope == BoundingBox(southWest: position(0, 0), northEast: position(10, 10)))
        #expect(try make(.polygon(Polygon([]))).envelope == nil)
        #expect(try make(.lineString(LineString([position(0, 0), position(10, 0), position(10, 10)]))).length == 20.0)
    }

    @Test func bufferOfAPoint() throws {
        // shapely: Point(0,0).buffer(1, quad_segs=8).area -> 3.121445152258052
        let disc = try make(.point(Point(position(0, 0)))).buffer(distance: 1, quadrantSegments: 8)
        #expect(abs(try disc.area - 3.121445152258052) < 1e-12)
    }

    @Test func simplifyRemovesWiggles() throws {
        // shapely: LineString([(0,0),(1,0.01),(2,-0.01),(3,0.01),(4,0)]).simplify(0.05, preserve_topology=True)
        //   -> LINESTRING (0 0, 4 0)
        let wiggle = try make(
            .lineString(
                LineString([position(0, 0), position(1, 0.01), position(2, -0.01), position(3, 0.01), position(4, 0)])))
        #expect(
            try wiggle.simplifyPreservingTopology(tolerance: 0.05).geoJSON()
                == .lineString(LineString([position(0, 0), position(4, 0)])))
    }

    @Test func clipByRectangle() throws {
        // shapely: clip_by_rect(box(0,0,4,4), 2,2,6,6) -> POLYGON ((2 2, 2 4, 4 4, 4 2, 2 2)), area 4.0
        //          clip_by_rect(LineString([(-1,1),(5,1)]), 0,0,4,4) -> LINESTRING (0 1, 4 1), length 4.0
        let clipped = try make(box(0, 0, 4, 4)).clipped(
            to: BoundingBox(southWest: position(2, 2), northEast: position(6, 6)))
        #expect(try clipped.area == 4.0)
        #expect(try clipped.envelope == BoundingBox(southWest: position(2, 2), northEast: position(4, 4)))
        let line = try make(.lineString(LineString([position(-1, 1), position(5, 1)])))
            .clipped(to: BoundingBox(southWest: position(0, 0), northEast: position(4, 4)))
        #expect(try line.geoJSON() == .lineString(LineString([position(0, 1), position(4, 1)])))
    }

    // MARK: - Predicates

    /// shapely: holey = Polygon([(0,0),(10,0),(10,10),(0,10)], [[(4,4),(4,6),(6,6),(6,4)]]);
    /// [(p, holey.contains(Point(p)), holey.covers(Point(p))) for p in points]
    static let pointInPolygonCases: [(longitude: Double, latitude: Double, contains: Bool, covers: Bool)] = [
        (5, 5, false, false),  // inside the hole
        (2, 2, true, true),
        (11, 5, false, false),  // outside
        (0, 5, false, true),  // on the exterior ring
        (4, 5, false, true),  // on the hole's ring
        (8, 8, true, true),
    ]

    @Test func pointInPolygonWithAHole() throws {
        let shape = try make(squareWithHole)
        for test in Self.pointInPolygonCases {
            let point = position(test.longitude, test.latitude)
            #expect(try shape.contains(point) == test.contains, "contains \(point)")
            #expect(try shape.covers(point) == test.covers, "covers \(point)")
        }
    }

    @Test func overlapsInteriorOnlyForPositiveArea() throws {
        // shapely: box(0,0,2,2).intersection(box(1,1,3,3)).area -> 1.0;
        //          box(0,0,1,1).intersection(box(1,0,2,1)).area -> 0.0 (shared edge);
        //          box(0,0,1,1).intersection(box(1,1,2,2)).area -> 0.0 (shared corner)
        let a = try make(box(0, 0, 2, 2))
        #expect(try a.overlapsInterior(make(box(1, 1, 3, 3))))
        let left = try make(box(0, 0, 1, 1))
        #expect(try !left.overlapsInterior(make(box(1, 0, 2, 1))))
        #expect(try left.intersects(make(box(1, 0, 2, 1))))
        #expect(try !left.overlapsInterior(make(box(1, 1, 2, 2))))
        #expect(try !left.overlapsInterior(make(box(5, 5, 6, 6))))
        #expect(try a.covers(left))
        #expect(try !left.contains(a))
    }

    // MARK: - Label points

    @Test func poleOfInaccessibilityOfAnLIsInsideAndFarFromTheEdges() throws {
        // shapely: maximum_inscribed_circle(L, tolerance=0.001)
        //   -> LINESTRING (1.1715087890625 1.1715087890625, 1.1715087890625 0), radius 1.1715087890625
        // (analytically: centre (c, c) with c = 2√2 / (1 + √2) ≈ 1.17157, equidistant from both outer
        // edges and the inner corner (2, 2)).
        let shape = try make(lShape)
        let pole = try shape.poleOfInaccessibility(tolerance: 0.001)
        #expect(try shape.contains(pole))
        #expect(distanceToBoundary(pole, of: lShape) > 1.1715 - 0.002)
        #expect(abs(pole.longitude - 1.1716) < 0.01 && abs(pole.latitude - 1.1716) < 0.01)

        let label = try shape.pointOnSurface()
        #expect(try shape.contains(label))
    }

    /// A sea clipped along its own shore leaves a polygon a few degrees long and a rounding error tall: GEOS 3.11
    /// would start the grid with cells that tall (4 / 1e-12 of them) and run out of memory. Its pole lies on it.
    @Test func poleOfInaccessibilityOfANearlyFlatPolygonIsOnIt() throws {
        let sliver: Geometry = .polygon(
            Polygon([
                [
                    position(-41, 30 - 1e-12), position(-37, 30 - 1e-12), position(-37, 30), position(-41, 30),
                    position(-41, 30 - 1e-12),
                ]
            ]))
        let pole = try make(sliver).poleOfInaccessibility(tolerance: 0.002)
        #expect((-41 ... -37).contains(pole.longitude), "\(pole)")
        #expect(abs(pole.latitude - 30) <= 1e-12, "\(pole)")
        // A line that thin is still refused, by GEOS, as any line is.
        #expect(throws: TopologyError.self) {
            try make(.lineString(LineString([position(0, 0), position(4, 0)]))).poleOfInaccessibility(tolerance: 0.1)
        }
    }

    @Test func labelPointsOfEmptyGeometriesAndBadArguments() throws {
        let empty = try make(.polygon(Polygon([])))
        #expect(throws: TopologyError.emptyResult(operation: "pointOnSurface()")) { try empty.pointOnSurface() }
        #expect(throws: TopologyError.emptyResult(operation: "poleOfInaccessibility(tolerance:)")) {
            try empty.poleOfInaccessibility(tolerance: 0.1)
        }
        #expect(throws: TopologyError.self) { try make(lShape).poleOfInaccessibility(tolerance: 0) }
        // GEOS only finds inscribed circles of areas.
        #expect {
            try make(.lineString(LineString([position(0, 0), position(1, 1)]))).poleOfInaccessibility(tolerance: 0.1)
        } throws: { error in
            guard case .geos(let operation, let message)? = error as? TopologyError else { return false }
            return operation == "GEOSMaximumInscribedCircle_r" && !message.isEmpty
        }
    }

    // MARK: - Linear referencing

    @Test func interpolateAndProjectAlongALine() throws {
        // shapely: line = LineString([(0,0),(10,0),(10,10)])
        //   line.interpolate(0.75, normalized=True) -> POINT (10 5)
        //   line.project(Point(10,5), normalized=True) -> 0.75; line.project(Point(12,5), normalized=True) -> 0.75
        let line = try make(.lineString(LineString([position(0, 0), position(10, 0), position(10, 10)])))
        #expect(try line.interpolate(fraction: 0.75) == position(10, 5))
        #expect(try line.interpolate(fraction: 0) == position(0, 0))
        #expect(try line.interpolate(fraction: 1) == position(10, 10))
        #expect(try line.project(position(10, 5)) == 0.75)
        #expect(try line.project(position(12, 5)) == 0.75)
        let dot = try make(.lineString(LineString([position(1, 1), position(1, 1)])))
        #expect(try dot.project(position(5, 5)) == 0)
        #expect(try dot.interpolate(fraction: 0.5) == position(1, 1))
        #expect(throws: TopologyError.self) { try line.interpolate(fraction: 1.5) }
        #expect(throws: TopologyError.self) { try make(lShape).interpolate(fraction: 0.5) }
        #expect(throws: TopologyError.self) { try make(lShape).project(position(1, 1)) }
    }

    // MARK: - Lifetimes

    @Test func geometryKeepsItsEngineAlive() throws {
        // The engine is a local of the closure; the geometry must keep it (and its GEOS context) alive.
        let shape = try { () throws -> TopologyGeometry in
            let engine = try GeometryEngine()
            return try TopologyGeometry(squareWithHole, engine: engine)
        }()
        #expect(try shape.area == 96.0)
        #expect(try shape.union(shape).area == 96.0)
    }

    @Test func geometriesFromTwoEnginesCanBeCombined() throws {
        let other = try GeometryEngine()
        let a = try make(box(0, 0, 2, 2))
        let b = try TopologyGeometry(box(1, 1, 3, 3), engine: other)
        #expect(try a.intersection(b).area == 1.0)
    }
}
