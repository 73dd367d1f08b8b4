import Foundation
import GeoJSON
import Testing

/// The examples of RFC 7946 (section 1.5 and Appendix A) read into the expected values and
/// survive a write and a second read with the same values.
@Suite struct AppendixExampleTests {
    static func fixture(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "geojson", subdirectory: "Fixtures"))
        return try Data(contentsOf: url)
    }

    static func read(_ name: String) throws -> GeoJSONObject {
        let result = GeoJSONReader().read(try fixture(name), file: name)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        return try #require(result.object)
    }

    static func p(_ longitude: Double, _ latitude: Double) -> Position {
        Position(longitude: longitude, latitude: latitude)
    }

    @Test func pointA1() throws {
        #expect(try Self.read("rfc-a1-point") == .geometry(.point(Point(Self.p(100, 0)))))
    }

    @Test func lineStringA2() throws {
        #expect(
            try Self.read("rfc-a2-linestring") == .geometry(.lineString(LineString([Self.p(100, 0), Self.p(101, 1)]))))
    }

    @Test func polygonWithHoleA3() throws {
        let object = try Self.read("rfc-a3-polygon-hole")
        guard case .geometry(.polygon(let polygon)) = object else {
            Issue.record("not a polygon: \(object)")
            return
        }
        #expect(polygon.coordinates.count == 2)
        #expect(
            polygon.coordinates[1] == [
                Self.p(100.8, 0.8), Self.p(100.8, 0.2), Self.p(100.2, 0.2), Self.p(100.2, 0.8), Self.p(100.8, 0.8),
            ])
    }

    @Test func multiGeometriesA4toA6() throws {
        #expect(
            try Self.read("rfc-a4-multipoint") == .geometry(.multiPoint(MultiPoint([Self.p(100, 0), Self.p(101, 1)]))))
        #expect(
            try Self.read("rfc-a5-multilinestring")
                == .geometry(
                    .multiLineString(
                        MultiLineString([[Self.p(100, 0), Self.p(101, 1)], [Self.p(102, 2), Self.p(103, 3)]]))))
        guard case .geometry(.multiPolygon(let multi)) = try Self.read("rfc-a6-multipolygon") else {
            Issue.record("not a multipolygon")
            return
        }
        #expect(multi.coordinates.count == 2)
        #expect(multi.coordinates[1].count == 2)
    }

    @Test func geometryCollectionA7() throws {
        let expected = GeometryCollection([
            .point(Point(Self.p(100, 0))), .lineString(LineString([Self.p(101, 0), Self.p(102, 1)])),
        ])
        #expect(try Self.read("rfc-a7-geometrycollection") == .geometry(.geometryCollection(expected)))
    }

    @Test func featureCollectionOfSection15() throws {
        let collection = try #require(try Self.read("rfc-1.5-featurecollection").featureCollection)
        #expect(collection.features.count == 3)
        #expect(collection.features[0].properties == ["prop0": "value0"])
        #expect(collection.features[1].properties?["prop1"] == .number(0))
        #expect(collection.features[2].properties?["prop1"] == ["this": "that"])
        #expect(collection.features[2].properties?.keys == ["prop0", "prop1"])
    }

    @Test(arguments: [
        "rfc-a1-point", "rfc-a2-linestring", "rfc-a3-polygon", "rfc-a3-polygon-hole", "rfc-a4-multipoint",
        "rfc-a5-multilinestring", "rfc-a6-multipolygon", "rfc-a7-geometrycollection", "rfc-1.5-featurecollection",
    ])
    func roundTripKeepsValues(name: String) throws {
        let original = try Self.read(name)
        let written = GeoJSONWriter().data(for: original)
        let reread = GeoJSONReader().read(written, file: "written")
        #expect(reread.diagnostics.isEmpty, "\(reread.diagnostics)")
        #expect(reread.object == original)
    }
}
