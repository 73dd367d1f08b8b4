import Foundation
import GeoJSON
import Testing

@testable import Import

/// The member splice on texts written out by hand, with the results written out by hand.
@Suite struct JSONMemberSpliceTests {
    func set(_ text: String, _ value: JSONValue = .array([.number(1)])) -> String? {
        JSONMemberSplice.setting("study_area", to: value, in: Array(text.utf8)).map {
            String(decoding: $0, as: UTF8.self)
        }
    }

    @Test func aMemberIsReplacedAndNothingElse() {
        #expect(
            set(#"{"a": "}{\"", "study_area" :  {"x": [1, {"y": "]"}]} , "b": 2}"#)
                == #"{"a": "}{\"", "study_area" :  [1] , "b": 2}"#)
        #expect(set(#"{"study_area":null}"#) == #"{"study_area":[1]}"#)
        #expect(set(#"{"study_area":-1.5e3,"b":true}"#) == #"{"study_area":[1],"b":true}"#)
    }

    @Test func anEscapedNameIsTheSameName() {
        #expect(set(#"{"study\u005farea":{}}"#) == #"{"study\u005farea":[1]}"#)
        #expect(set(#"{"study_area\"":{}}"#) == #"{"study_area\"":{},"study_area":[1]}"#)
    }

    @Test func aMissingMemberIsAddedInTheLayoutOfTheFirst() {
        #expect(
            set("{\n  \"a\": 1,\n  \"b\": [\n    2\n  ]\n}\n")
                == "{\n  \"a\": 1,\n  \"b\": [\n    2\n  ],\n  \"study_area\": [\n    1\n  ]\n}\n")
        #expect(set(#"{"a":1}"#) == #"{"a":1,"study_area":[1]}"#)
        #expect(set("{ }") == #"{"study_area":[1] }"#)
        #expect(set("\u{FEFF}{\"a\":1}") == "\u{FEFF}{\"a\":1,\"study_area\":[1]}")
    }

    /// A member written over several lines (as Python's `json.dumps(indent=2)` writes) is replaced in that layout,
    /// and one on one line stays on one line.
    @Test func aMemberKeepsItsLayout() {
        let polygon: JSONValue = ["type": "Polygon", "coordinates": [[[1, 2], [3, 4]]], "bbox": []]
        #expect(
            set("{\n  \"a\": 1,\n  \"study_area\": {\n    \"x\": 1\n  },\n  \"b\": 2\n}", polygon)
                == "{\n  \"a\": 1,\n  \"study_area\": {\n    \"type\": \"Polygon\",\n    \"coordinates\": [\n"
                + "      [\n        [\n          1,\n          2\n        ],\n        [\n          3,\n          4\n"
                + "        ]\n      ]\n    ],\n    \"bbox\": []\n  },\n  \"b\": 2\n}")
        #expect(
            set("{\n\t\"study_area\": null,\n\t\"b\": 2\n}", polygon)
                == "{\n\t\"study_area\": {\"type\":\"Polygon\",\"coordinates\":[[[1,2],[3,4]]],\"bbox\":[]},\n\t\"b\": 2\n}"
        )
    }

    @Test func aTextThatIsNoObjectIsRefused() {
        #expect(set("[1]") == nil)
        #expect(set("") == nil)
    }
}
