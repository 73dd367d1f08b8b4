import Foundation
import GeoJSON
import Testing

@Suite struct WriterTests {
    @Test func rewindsToTheRightHandRule() {
        // Clockwise exterior and counter-clockwise hole, both wrong under RFC 7946 §3.1.6.
        let exterior: LinearRing = [
            .init(longitude: 0, latitude: 0), .init(longitude: 0, latitude: 10), .init(longitude: 10, latitude: 10),
            .init(longitude: 10, latitude: 0), .init(longitude: 0, latitude: 0),
        ]
        let hole: LinearRing = [
            .init(longitude: 2, latitude: 2), .init(longitude: 4, latitude: 2), .init(longitude: 4, latitude: 4),
            .init(longitude: 2, latitude: 4), .init(longitude: 2, latitude: 2),
        ]
        let text = GeoJSONWriter().string(for: .polygon(Polygon([exterior, hole])))
        let expected =
            #"{"type":"Polygon","coordinates":[[[0,0],[10,0],[10,10],[0,10],[0,0]],"#
            + #"[[2,2],[2,4],[4,4],[4,2],[2,2]]]}"#
        #expect(text == expected)
    }

    @Test func alwaysWritesPropertiesAndGeometryInAStableOrder() {
        let feature = Feature(id: .number(7), geometry: nil, properties: nil, foreignMembers: ["title": "x"])
        #expect(
            GeoJSONWriter().string(for: feature)
                == #"{"type":"Feature","id":7,"properties":null,"geometry":null,"title":"x"}"#)
    }

    @Test func roundsToSixDecimalsAndKeepsAltitude() {
        let point = Geometry.point(Point(Position(longitude: 46.75190049, latitude: -0.0000004, altitude: 1234.5)))
        #expect(GeoJSONWriter().string(for: point) == #"{"type":"Point","coordinates":[46.7519,0,1234.5]}"#)
    }

    @Test func keepsForeignMembersAndBoxes() throws {
        let feature =
            #"{"type":"Feature","id":"x","bbox":[1,2,3,4],"properties":{"b":1,"a":[true,null,"é\n"]},"#
            + #""geometry":{"type":"Point","coordinates":[1,2],"extra":{"k":"v"}},"title":"t"}"#
        let text =
            #"{"type":"FeatureCollection","chronomap_data_version":"1.0.0","bbox":[1,2,3,4],"features":["#
            + feature + "]}"
        let object = try #require(GeoJSONReader().read(Data(text.utf8), file: nil).object)
        let written = String(decoding: GeoJSONWriter().data(for: object), as: UTF8.self)
        #expect(
            written
                == #"{"type":"FeatureCollection","chronomap_data_version":"1.0.0","bbox":[1,2,3,4],"features":["#
                + "\n" + feature + "\n]}\n")
    }

    @Test func escapesControlCharacters() {
        #expect(JSONTextWriter.string(.string("a\"b\\c\u{01}")) == #""a\"b\\c\u0001""#)
    }

    @Test func formatsNumbers() {
        #expect(JSONNumberFormatter.format(46.0, decimals: 6) == "46")
        #expect(JSONNumberFormatter.format(-46.5000001, decimals: 6) == "-46.5")
        #expect(JSONNumberFormatter.format(0.000001, decimals: 6) == "0.000001")
        #expect(JSONNumberFormatter.format(3170.25) == "3170.25")
        #expect(JSONNumberFormatter.format(-2) == "-2")
    }
}
