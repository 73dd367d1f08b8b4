import Foundation
import GeoJSON
import Testing

@Suite struct JSONParserTests {
    static func parse(_ text: String) throws(DiagnosticError) -> JSONValue {
        try GeoJSONReader.parseJSON(Data(text.utf8), file: "x.json")
    }

    @Test func parsesEscapesAndSurrogatePairs() throws {
        #expect(try Self.parse(#""\u0041\u00e9\ud83d\ude00\n""#) == .string("Aé😀\n"))
    }

    @Test func keepsMemberOrder() throws {
        let object = try #require(try Self.parse(#"{"z":1,"a":2,"m":3}"#).objectValue)
        #expect(object.keys == ["z", "a", "m"])
    }

    @Test(arguments: [
        ("[1,]", "x.json:1:4: trailing comma before ']'"),
        ("{\"a\":1,\"a\":2}", "x.json:1:8: duplicate member name \"a\""),
        ("[01]", "x.json:1:3: invalid number: leading zeros are not allowed"),
        ("\"abc", "x.json:1:1: unterminated string: the file ends before its closing quote"),
        ("[1] 2", "x.json:1:5: unexpected character '2' after the end of the JSON document"),
        ("", "x.json:1:1: unexpected end of file: the JSON document is truncated"),
    ])
    func rejectsMalformedText(text: String, message: String) {
        #expect(throws: DiagnosticError.self) { try Self.parse(text) }
        do { _ = try Self.parse(text) } catch { #expect(error.description == message) }
    }

    @Test func rejectsInvalidUTF8WhereItStarts() {
        // RFC 8259 section 8.1: JSON text exchanged between systems is UTF-8.
        let bytes: [UInt8] = Array(#"{"name": "Ste"#.utf8) + [0xFF] + Array(#"x"}"#.utf8)
        do {
            _ = try GeoJSONReader.parseJSON(Data(bytes), file: "x.json")
            Issue.record("invalid UTF-8 was accepted")
        } catch {
            #expect(error.description == "x.json:1:14: invalid UTF-8 (byte 0xFF) in string")
        }
    }

    @Test func acceptsNestingUpToItsLimitAndRefusesDeeper() throws {
        let deepest = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(throws: Never.self) { try Self.parse(deepest) }
        let tooDeep = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
        do {
            _ = try Self.parse(tooDeep)
            Issue.record("accepted")
        } catch {
            #expect(error.description == "x.json:1:513: nesting deeper than 512 levels")
        }
    }
}
