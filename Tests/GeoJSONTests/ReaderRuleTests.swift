import Foundation
import GeoJSON
import Testing

/// What the reader does around the rules, beyond the diagnostics the fixtures pin down.
@Suite struct ReaderRuleTests {
    static func read(_ text: String) -> GeoJSONReader.Result {
        GeoJSONReader().read(Data(text.utf8), file: "x.geojson")
    }

    @Test func membersOfOtherTypesAreNotKeptAsForeignMembers() throws {
        // Kept, they would be written back and make the output break section 7.1 too.
        let text = #"{"type":"Feature","properties":{},"geometry":null,"coordinates":[0,0],"features":[],"title":"t"}"#
        let result = Self.read(text)
        #expect(result.diagnostics.count == 2)
        guard case .feature(let feature)? = result.object else {
            Issue.record("not a feature")
            return
        }
        #expect(feature.foreignMembers == ["title": "t"])
        #expect(
            GeoJSONWriter().string(for: feature) == #"{"type":"Feature","properties":{},"geometry":null,"title":"t"}"#)
    }

    @Test func decimalsAreJudgedFromTheTextOfCoordinatesOnly() {
        // 46.1000000000 is the number 46.1, but written with 10 decimals; numbers outside
        // coordinates (properties, foreign members, bbox) are not positions and are not judged.
        let text =
            #"{"type":"Feature","properties":{"area":12.123456789},"bbox":[46.0999999999,39,46.1000000001,39],"#
            + #""geometry":{"type":"Point","coordinates":[46.1000000000,39]},"extra":[1.23456789,2]}"#
        #expect(
            Self.read(text).diagnostics.map(\.description) == [
                "x.geojson: geometry.coordinates: warning: coordinates with 10 decimals, more than 6 "
                    + "(finer than 0.1 m); they are rounded when written (RFC 7946 section 11.2)"
            ])
    }

    @Test func aParsedValueIsReadWithPathsFromWhereItSits() throws {
        let document = try GeoJSONReader.parseJSON(
            Data(#"{"study_area":{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]}}"#.utf8),
            file: "region.json")
        let area = try #require(document.objectValue?["study_area"])
        let result = GeoJSONReader().read(area, file: "region.json", at: JSONPath.root.appending("study_area"))
        #expect(
            result.diagnostics.map(\.description) == [
                "region.json: study_area.coordinates[0]: a linear ring needs at least 4 positions, found 3 "
                    + "(RFC 7946 section 3.1.6)"
            ])
    }

    @Test func zeroAreaRingsAreNotCalledClockwise() {
        let text = #"{"type":"Polygon","coordinates":[[[0,0],[1,1],[2,2],[0,0]]]}"#
        #expect(Self.read(text).diagnostics.isEmpty)
    }

    @Test func theAppendixExampleWithABoxReadsCleanly() {
        // RFC 7946 section 5's own examples.
        let feature =
            #"{"type":"Feature","bbox":[-10.0,-10.0,10.0,10.0],"geometry":{"type":"Polygon","coordinates":"#
            + #"[[[-10.0,-10.0],[10.0,-10.0],[10.0,10.0],[-10.0,-10.0]]]},"properties":{}}"#
        #expect(Self.read(feature).diagnostics.isEmpty)
        let fiji = #"{"type":"FeatureCollection","bbox":[177.0,-20.0,-178.0,-16.0],"features":[]}"#
        #expect(Self.read(fiji).diagnostics.isEmpty)
    }
}
