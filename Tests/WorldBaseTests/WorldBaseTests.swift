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
