import Chronology
import GeoJSON
import Localization
import Scene
import Testing

@Suite struct NameRuleTests {
    static let stepanakert = DatedFeature(
        id: "stepanakert", layer: .places, kind: "capital", validity: .always,
        feature: Feature(
            geometry: .point(Point(Position(longitude: 46.7519, latitude: 39.8153))),
            properties: [
                "name": "Stepanakert", "name:en": "Stepanakert", "alt_name:en": "Khankendi", "name:az": "Xankəndi",
                "name:hy": "Ստեփանակերտ",
            ]))
    static let goris = DatedFeature(
        id: "goris", layer: .places, kind: "town", validity: .always,
        feature: Feature(
            geometry: .point(Point(Position(longitude: 46.3386, latitude: 39.5078))),
            properties: ["name": "Goris", "name:hy": "Գորիս"]))

    @Test func eachRuleGivesItsName() {
        #expect(NameRule.single("en").label(for: Self.stepanakert) == "Stepanakert")
        #expect(NameRule.single("az").label(for: Self.stepanakert) == "Xankəndi")
        #expect(NameRule.single("hy").label(for: Self.stepanakert) == "Ստեփանակերտ")
        #expect(NameRule.dual().label(for: Self.stepanakert) == "Stepanakert / Khankendi")
    }

    /// A base feature with no name (an unnamed river of the world base) gets no label, never its id.
    @Test func aFeatureWithNoNameHasNoLabel() {
        let river = DatedFeature(
            id: "river-river-26", layer: .base, kind: "river", validity: .always,
            feature: Feature(
                geometry: .lineString(
                    LineString([Position(longitude: 0, latitude: 0), Position(longitude: 1, latitude: 1)])),
                properties: ["kind": "river"]))
        #expect(NameRule.dual().label(for: river) == "")
        #expect(NameRule.single("en").label(for: river) == "")
    }

    @Test func missingNamesFallBackToEnglish() {
        #expect(NameRule.single("az").label(for: Self.goris) == "Goris")
        #expect(NameRule.dual().label(for: Self.goris) == "Goris")
    }

    @Test func theLegendSaysWhichRule() {
        #expect(NameRule.dual().legendText(.english) == "Names: English / other side's name")
        #expect(NameRule.single("az").legendText(.english) == "Names: Azerbaijani (English where none)")
    }
}
