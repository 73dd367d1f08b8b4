import Foundation
import GeoJSON
import Testing

/// Errors name the file and say where: line and column for syntax, JSON path for rules.
@Suite struct ReaderErrorTests {
    static func read(_ text: String) -> GeoJSONReader.Result {
        GeoJSONReader().read(Data(text.utf8), file: "zones.geojson")
    }

    @Test func syntaxErrorHasLineAndColumn() {
        // The stray comma is on line 3, column 28 (counted by hand).
        let text =
            "{\"type\": \"FeatureCollection\",\n \"features\": [\n"
            + "  {\"type\": \"Feature\", \"id\":, \"properties\": {}, \"geometry\": null}]}"
        let result = Self.read(text)
        #expect(result.object == nil)
        #expect(
            result.diagnostics.map(\.description) == [
                "zones.geojson:3:28: unexpected character ','; expected a JSON value"
            ])
    }

    @Test func truncatedFileSaysSo() {
        let result = Self.read("{\"type\": \"FeatureCollection\", \"features\": [\n{\"type\": \"Feature\"")
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics[0].description.hasPrefix("zones.geojson:2:19: unexpected end of file"))
    }

    @Test func columnsCountCharactersNotBytes() {
        // "Ստեփանակերտ" is 11 characters but 22 bytes: the 'x' after it is at column 24.
        let result = Self.read("{\"name\": \"Ստեփանակերտ\" x}")
        #expect(result.diagnostics.first?.location == .lineColumn(line: 1, column: 24))
    }

    @Test func unclosedRingHasItsPath() {
        let text = """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[1,2]}},
            {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}}]}
            """
        #expect(
            Self.read(text).diagnostics.map(\.description) == [
                "zones.geojson: features[1].geometry.coordinates[0]: ring is not closed (its first and last positions "
                    + "differ) (RFC 7946 section 3.1.6)"
            ])
    }

    @Test func shortRingAndShortLineAreErrors() {
        let ring = Self.read(#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]}"#)
        #expect(
            ring.diagnostics.map(\.description) == [
                "zones.geojson: coordinates[0]: a linear ring needs at least 4 positions, found 3 "
                    + "(RFC 7946 section 3.1.6)"
            ])
        let line = Self.read(#"{"type":"LineString","coordinates":[[0,0]]}"#)
        #expect(
            line.diagnostics.map(\.description) == [
                "zones.geojson: coordinates: a LineString needs at least 2 positions, found 1 (RFC 7946 section 3.1.4)"
            ])
    }

    @Test func outOfRangeCoordinates() {
        let result = Self.read(#"{"type":"MultiPoint","coordinates":[[10,20],[190,20],[10,-91]]}"#)
        #expect(
            result.diagnostics.map(\.description) == [
                "zones.geojson: coordinates[1][0]: longitude 190 is outside -180...180 (RFC 7946 section 4)",
                "zones.geojson: coordinates[2][1]: latitude -91 is outside -90...90 (RFC 7946 section 4)",
            ])
        #expect(result.hasErrors)
    }

    @Test func duplicateIDsNameBothPlaces() {
        let text =
            #"{"type":"FeatureCollection","features":["#
            + #"{"type":"Feature","id":"a","properties":{},"geometry":null},"#
            + #"{"type":"Feature","id":"a","properties":{},"geometry":null}]}"#
        #expect(
            Self.read(text).diagnostics.map(\.description) == [
                "zones.geojson: features[1].id: duplicate feature id \"a\" (first used at features[0])"
            ])
    }

    @Test func missingMembersAndUnknownTypes() {
        let text =
            #"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null},"#
            + #"{"type":"Feature","properties":{},"geometry":{"type":"Circle","coordinates":[0,0]}}]}"#
        #expect(
            Self.read(text).diagnostics.map(\.description) == [
                "zones.geojson: features[0]: a Feature needs a \"properties\" member (an object or null) "
                    + "(RFC 7946 section 3.2)",
                "zones.geojson: features[1].geometry.type: unknown GeoJSON type \"Circle\" (RFC 7946 section 7)",
            ])
    }

    @Test func warningsDoNotFailTheRead() {
        // Clockwise exterior, a crs member, 7 decimals, an empty MultiPoint.
        let text =
            #"{"type":"FeatureCollection","crs":{"type":"name"},"features":["#
            + #"{"type":"Feature","properties":{},"#
            + #""geometry":{"type":"Polygon","coordinates":[[[0,0],[0,1],[1,1],[1,0],[0,0]]]}},"#
            + #"{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[46.1234567,40]}},"#
            + #"{"type":"Feature","properties":{},"geometry":{"type":"MultiPoint","coordinates":[]}}]}"#
        let result = Self.read(text)
        #expect(!result.hasErrors)
        #expect(
            result.diagnostics.map(\.description) == [
                "zones.geojson: crs: warning: the \"crs\" member is no longer part of GeoJSON; coordinates are always "
                    + "WGS84 longitude, latitude (RFC 7946 section 4)",
                "zones.geojson: features[0].geometry.coordinates[0]: warning: exterior ring is clockwise, against the "
                    + "right-hand rule; it is rewound when written (RFC 7946 section 3.1.6)",
                "zones.geojson: features[1].geometry.coordinates: warning: coordinates with 7 decimals, more than 6 "
                    + "(finer than 0.1 m); they are rounded when written (RFC 7946 section 11.2)",
                "zones.geojson: features[2].geometry.coordinates: warning: empty MultiPoint",
            ])
    }
}
