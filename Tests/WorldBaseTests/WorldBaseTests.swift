import Foundation
import GeoJSON
import Geodesy
import Testing
import Topology
import WorldBase
import _ChronomapTestSupport

@Suite struct WorldBaseTests {
    let box = BoundingBox(
        southWest: Position(longitude: -30.6, latitude: 0), northEast: Position(longitude: -30, latitude: 0.4))

    /// A rectangle's geodesic area from PROJ, written out by hand, to compare with what the reader returns.
    func area(_ west: Double, _ south: Double, _ east: Double, _ north: Double) -> Double {
        let ring: LinearRing = [
            Position(longitude: west, latitude: south), Position(longitude: east, latitude: south),
            Position(longitude: east, latitude: north), Position(longitude: west, latitude: north),
            Position(longitude: west, latitude: south),
        ]
        return Geodesic.wgs84.areaInSquareKilometres(of: .polygon(Polygon([ring])))
    }

    @Test func theRTreeReturnsOnlyThePiecesThatMeetTheBox() throws {
        let world = try WorldBase(path: WorldBaseFixture.make(in: TestPaths.makeScratchFolder(#function)))
        let pieces = try world.pieces(.country, in: box)
        // The piece west of -30.5 ends at -30.5 and meets the box; all three pieces meet it.
        #expect(pieces.map(\.group) == ["country:RVL", "country:RVL", "country:HLL"])
        let farBox = BoundingBox(
            southWest: Position(longitude: -29.6, latitude: 0), northEast: Position(longitude: -29.55, latitude: 0.1))
        #expect(try world.pieces(.country, in: farBox).map(\.group) == ["country:HLL"])
        #expect(try world.pieces(.place, in: farBox).isEmpty)
    }

    /// The two pieces of Riverland come back as one polygon cut to the box: lon -30.6 to -30.3, lat 0 to 0.3.
    @Test func piecesAreJoinedAndCutToTheBox() throws {
        let world = try WorldBase(path: WorldBaseFixture.make(in: TestPaths.makeScratchFolder(#function)))
        let countries = try world.features(.country, in: box, engine: GeometryEngine())
        #expect(countries.map { $0.feature.string("iso_a3") } == ["RVL", "HLL"])
        let riverland = try #require(countries.first?.feature.geometry)
        #expect(riverland.polygons.count == 1)
        let measured = Geodesic.wgs84.areaInSquareKilometres(of: riverland)
        let expected = area(-30.6, 0, -30.3, 0.3)
        #expect(abs(measured - expected) / expected < 1e-5)
        let hilland = try #require(countries.last?.feature.geometry)
        #expect(abs(Geodesic.wgs84.areaInSquareKilometres(of: hilland) - area(-30.3, 0, -30, 0.3)) < 1e-3)
    }

    @Test func linesAreCutAndPointsOutsideTheBoxAreLeftOut() throws {
        let world = try WorldBase(path: WorldBaseFixture.make(in: TestPaths.makeScratchFolder(#function)))
        let engine = try GeometryEngine()
        let river = try #require(try world.features(.river, in: box, engine: engine).first?.feature.geometry)
        let latitudes = river.allPositions.map(\.latitude)
        #expect(try #require(latitudes.min()) >= 0 - 1e-12)
        let towns = try world.features(.place, in: box, engine: engine).compactMap { $0.feature.string("name") }
        #expect(towns == ["Rivermouth", "Millford", "Hilltop"])
    }

    /// The locator inset shades the country under the map's centre: Riverland west of -30.3°, Hilland east, sea north
    /// of 0.3° N (the fixture's boxes).
    @Test func theCountryAtAPointIsTheOneWhoseLandCoversIt() throws {
        let world = try WorldBase(path: WorldBaseFixture.make(in: TestPaths.makeScratchFolder(#function)))
        let engine = try GeometryEngine()
        #expect(try world.country(at: Position(longitude: -30.4, latitude: 0.1), engine: engine) == "RVL")
        #expect(try world.country(at: Position(longitude: -30.1, latitude: 0.1), engine: engine) == "HLL")
        #expect(try world.country(at: Position(longitude: -30.3, latitude: 0.5), engine: engine) == nil)
    }

    @Test func theLocatorBoxIsCentredOnTheExtentAndAtLeastEightDegreesWide() {
        let locator = WorldBase.locatorBox(around: box)
        #expect(abs((locator.southWest.longitude + locator.northEast.longitude) / 2 - -30.3) < 1e-9)
        #expect(abs((locator.southWest.latitude + locator.northEast.latitude) / 2 - 0.2) < 1e-9)
        #expect(abs(locator.northEast.longitude - locator.southWest.longitude - 8) < 1e-9)
    }

    @Test func aMissingOrForeignFileIsAnErrorNamingIt() throws {
        let folder = try TestPaths.makeScratchFolder(#function)
        let missing = folder.appendingPathComponent("none.sqlite").path
        #expect { try WorldBase(path: missing) } throws: { "\($0)".contains(missing) }
        let text = folder.appendingPathComponent("text.sqlite")
        try Data("not a database".utf8).write(to: text)
        #expect { try WorldBase(path: text.path) } throws: { "\($0)".contains("not a readable world base") }
    }
}

/// How the pieces of a feature are joined: as a coverage where they form one, by the full union where they do not,
/// and either way to the same shape as the full union cut to the box (the slow path, computed here from the rows).
@Suite struct WorldBaseJoinTests {
    /// A world of three countries stored in pieces, in the format of `world/README.md`: a diamond centred on
    /// (11, 1) cut into quadrants on the lines 11° E and 1° N; two rectangles that overlap (a file that is no
    /// coverage); two rectangles that meet along 31° E, one with an extra vertex on the shared edge.
    static func makeWorld(_ name: String) throws -> String {
        try WorldBaseFixture.make(
            in: TestPaths.makeScratchFolder(name),
            countryPieces: [
                ("DMD", [(11, 1), (12, 1), (11, 2)]), ("DMD", [(11, 1), (11, 2), (10, 1)]),
                ("DMD", [(11, 1), (10, 1), (11, 0)]), ("DMD", [(11, 1), (11, 0), (12, 1)]),
                ("OVL", [(20, 0), (21, 0), (21, 1), (20, 1)]), ("OVL", [(20.5, 0), (21.5, 0), (21.5, 1), (20.5, 1)]),
                ("NOD", [(30, 0), (31, 0), (31, 0.5), (31, 1), (30, 1)]),
                ("NOD", [(31, 0), (32, 0), (32, 1), (31, 1)]),
            ])
    }

    func box(_ west: Double, _ south: Double, _ east: Double, _ north: Double) -> BoundingBox {
        BoundingBox(
            southWest: Position(longitude: west, latitude: south), northEast: Position(longitude: east, latitude: north)
        )
    }

    /// The slow path: every piece of a feature through GEOS's full union, then cut, in normal form.
    func fullUnion(_ world: WorldBase, in box: BoundingBox, engine: GeometryEngine) throws -> [String: Geometry] {
        var grouped: [String: [TopologyGeometry]] = [:]
        for piece in try world.pieces(.country, in: box) {
            grouped[piece.group, default: []].append(
                try TopologyGeometry(try #require(piece.feature.geometry), engine: engine))
        }
        return try grouped.mapValues {
            try TopologyGeometry.unaryUnion($0, engine: engine).clipped(to: box).normalized().polygonalGeoJSON()
        }
    }

    /// The corners of every ring, without the closing repeat.
    func corners(_ geometry: Geometry?) -> Set<[Double]> {
        Set((geometry?.polygons ?? []).flatMap { $0.flatMap { $0.dropLast().map { [$0.longitude, $0.latitude] } } })
    }

    @Test func theQuartersOfACountryJoinIntoItsOutlineCutToTheBox() throws {
        let world = try WorldBase(path: Self.makeWorld(#function))
        let engine = try GeometryEngine()
        let cases: [(BoundingBox, Set<[Double]>)] = [
            // The whole diamond: its four corners, the centre and the ends of the cuts inside it gone.
            (box(9, -1, 13, 3), [[12, 1], [11, 2], [10, 1], [11, 0]]),
            // Cut at 10.5° E: the box's edge crosses the diamond at 0.5° and 1.5° N; no vertex where the cut
            // along 1° N met that edge, since the whole has no edge there.
            (box(10.5, -1, 13, 3), [[12, 1], [11, 2], [10.5, 1.5], [10.5, 0.5], [11, 0]]),
        ]
        for (cut, expected) in cases {
            let countries = try world.features(.country, in: cut, engine: engine)
            #expect(countries.map(\.group) == ["country:DMD"])
            let diamond = try #require(countries.first?.feature.geometry)
            #expect(diamond.polygons.count == 1)
            #expect(corners(diamond) == expected)
            #expect(try fullUnion(world, in: cut, engine: engine)["country:DMD"] == diamond)
        }
        // PROJ's geodesic area of the diamond written out by hand.
        let whole = try #require(try world.features(.country, in: box(9, -1, 13, 3), engine: engine).first)
        let byHand = Geodesic.wgs84.areaInSquareKilometres(
            of: .polygon(
                Polygon([
                    [
                        Position(longitude: 12, latitude: 1), Position(longitude: 11, latitude: 2),
                        Position(longitude: 10, latitude: 1), Position(longitude: 11, latitude: 0),
                        Position(longitude: 12, latitude: 1),
                    ]
                ])))
        let measured = Geodesic.wgs84.areaInSquareKilometres(of: try #require(whole.feature.geometry))
        #expect(abs(measured - byHand) / byHand < 1e-9)
    }

    /// Pieces that overlap, or whose shared edge has a vertex on one side only, are no coverage: they are joined
    /// by the full union, into one polygon with no trace of the cut.
    @Test func piecesThatAreNoCoverageAreJoinedByTheFullUnion() throws {
        let world = try WorldBase(path: Self.makeWorld(#function))
        let engine = try GeometryEngine()
        let cut = box(19, -1, 33, 2)
        let countries = try world.features(.country, in: cut, engine: engine)
        #expect(countries.map(\.group) == ["country:OVL", "country:NOD"])
        let slow = try fullUnion(world, in: cut, engine: engine)
        for (country, (west, east, seam)) in zip(countries, [(20.0, 21.5, 21.0), (30, 32, 31)]) {
            let geometry = try #require(country.feature.geometry)
            #expect(geometry.polygons.count == 1, "\(country.group)")
            #expect(geometry == slow[country.group], "\(country.group)")
            let positions = geometry.allPositions
            #expect(positions.map(\.longitude).min() == west && positions.map(\.longitude).max() == east)
            // No vertex left inside the rectangle: the cut along the seam is gone.
            #expect(!positions.contains { $0.longitude == seam && $0.latitude > 0 && $0.latitude < 1 })
            // The rectangle's area in square degrees, by hand: the union may keep the cut's ends as vertices on its
            // sides, which moves a geodesic area but not a planar one.
            #expect(abs(try TopologyGeometry(geometry, engine: engine).area - (east - west)) < 1e-12)
        }
    }
}
