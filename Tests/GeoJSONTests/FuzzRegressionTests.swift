import Foundation
import GeoJSON
import Testing

/// Inputs of the kind `fuzz/` generates, each with what the reader must say instead of crashing,
/// hanging or accepting it. A finding of `scripts/fuzz.sh` in GeoJSON or JSON reading is added here,
/// minimised, with the diagnostic it should give.
@Suite struct FuzzRegressionTests {
    static func read(_ bytes: [UInt8]) -> [String] {
        GeoJSONReader().read(Data(bytes), file: "f.geojson").diagnostics.map(\.description)
    }

    static func read(_ text: String) -> [String] { read(Array(text.utf8)) }

    @Test(arguments: [
        ("\u{FEFF}", "f.geojson:1:2: unexpected end of file: the JSON document is truncated"),
        ("-", "f.geojson:1:2: invalid number: expected a digit"),
        ("[1e999]", "f.geojson:1:2: number 1e999 is out of range"),
        ("{\"\\ud800\":1}", "f.geojson:1:9: unpaired UTF-16 surrogate in \\u escape"),
        ("{\"a\\x\":1}", "f.geojson:1:5: invalid escape '\\x' in string"),
        ("\"\\u12", "f.geojson:1:4: unexpected end of file in \\u escape"),
    ])
    func malformedTextIsASyntaxError(text: String, expected: String) {
        #expect(Self.read(text) == [expected])
    }

    @Test func invalidUTF8InAMemberNameIsASyntaxError() {
        #expect(
            Self.read([0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D]) == [
                "f.geojson:1:3: invalid UTF-8 (byte 0xC3) in string"
            ])
    }

    @Test func deeplyNestedCollectionsAreReadWithoutExhaustingTheStack() {
        // 250 levels: within the parser's 512, and each level a nested-collection warning.
        let depth = 250
        let text =
            String(repeating: #"{"type":"GeometryCollection","geometries":["#, count: depth)
            + #"{"type":"Point","coordinates":[0,0]}"# + String(repeating: "]}", count: depth)
        let diagnostics = Self.read(text)
        #expect(diagnostics.count == 2 * depth - 1)
        #expect(diagnostics.allSatisfy { $0.contains("warning:") })
    }

    @Test func tinyAndHugeExponentsAreJudgedByTheirText() {
        // 1e-400 reads as 0, but is written with 400 decimals.
        #expect(
            Self.read(#"{"type":"Point","coordinates":[1e-400,12e-1]}"#) == [
                "f.geojson: coordinates: warning: coordinates with 400 decimals, more than 6 (finer than 0.1 m); "
                    + "they are rounded when written (RFC 7946 section 11.2)"
            ])
        #expect(Self.read(#"{"type":"Point","coordinates":[1e2,1E-6]}"#).isEmpty)
    }

    @Test func aVeryLongNumberIsReadWithoutOverflow() {
        let digits = String(repeating: "1", count: 10_000)
        let prefix = "{\"type\":\"Point\",\"coordinates\":[0.\(digits),"
        let diagnostics = Self.read(prefix + "1e\(digits)]}")
        #expect(diagnostics == ["f.geojson:1:\(prefix.count + 1): number 1e\(digits) is out of range"])
    }
}
