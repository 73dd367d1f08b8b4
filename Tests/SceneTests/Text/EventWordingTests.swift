import Chronology
import GeoJSON
import Localization
import Scene
import Style
import Testing
import _ChronomapTestSupport

@Suite struct EventWordingTests {
    static let region = Region(
        id: "r", name: LocalizedText("R"), title: LocalizedText("R"),
        extent: BoundingBox(
            southWest: Position(longitude: 0, latitude: 0), northEast: Position(longitude: 1, latitude: 1)),
        firstDate: try! Day(iso: "2000-01-01"), version: "1", asOf: try! Day(iso: "2001-01-01"),
        attribution: LocalizedText("A"), licence: "L",
        parties: [
            Party(
                id: "north", name: LocalizedText("Northern forces"),
                authority: LocalizedText("the northern command", translations: ["ru": "северное командование"]))
        ])

    static func event(_ properties: JSONObject) -> DatedFeature {
        DatedFeature(
            id: "e", layer: .events, kind: "mine",
            validity: ValidityInterval(start: try! Day(iso: "2000-05-01"), end: try! Day(iso: "2000-05-02")),
            feature: Feature(geometry: .point(Point(Position(longitude: 0.5, latitude: 0.5))), properties: properties))
    }

    @Test func claimsNameTheClaimantAndTheDeniersWithTheirAuthorityWording() throws {
        let wording = EventWording(catalog: .english, region: Self.region)
        let event = Self.event(["title": "Blast", "claimed_by": "north", "denied_by": ["Another ministry"]])
        #expect(wording.attribution(of: event) == "per the northern command; denied by Another ministry")
        #expect(wording.titleWithAttribution(event) == "Blast (per the northern command; denied by Another ministry)")
        #expect(wording.attribution(of: Self.event(["title": "Blast"])) == nil)
        let russian = EventWording(catalog: try Catalog(language: "ru"), region: Self.region)
        #expect(russian.attribution(of: event) == "по данным: северное командование; опровергает: Another ministry")
    }

    @Test func eventKindsAreWordedInTheMapsLanguage() throws {
        #expect(EventWording(catalog: .english, region: Self.region).kindLabel("mine") == "Mine incident")
        #expect(
            EventWording(catalog: try Catalog(language: "ru"), region: Self.region).kindLabel("mine")
                == "Подрыв на мине")
        #expect(EventWording(catalog: .english, region: Self.region).kindLabel("unheard-of") == "Event")
    }

    /// Every kind the data rules accept has its own wording in both shipped catalogs and its own icon in the
    /// default style, so that no legend falls back on "Event" or the default disc.
    @Test func everyEventKindHasItsWordingAndIcon() throws {
        let style = try MapFixture.style.get()
        let catalogs = [Catalog.english, try Catalog(language: "ru")]
        #expect(EventKind.allCases.count > 20)
        for kind in EventKind.allCases {
            let phrase = try #require(Phrase(rawValue: kind.phraseKey), "no phrase for \(kind)")
            for catalog in catalogs { #expect(catalog.hasOwnTranslation(of: phrase), "\(kind) in \(catalog.language)") }
            #expect(style.eventSymbols.byKind[kind.rawValue] != nil, "no icon for \(kind)")
        }
        #expect(Set(style.eventSymbols.byKind.keys) == EventKind.names)
    }
}
