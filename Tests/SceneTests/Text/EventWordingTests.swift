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
        let style = try FixtureMap.style.get()
        let catalogs = [Catalog.english, try Catalog(language: "ru")]
        #expect(EventKind.allCases.count > 20)
        for kind in EventKind.allCases {
            let phrase = try #require(Phrase(rawValue: kind.phraseKey), "no phrase for \(kind)")
            for catalog in catalogs { #expect(catalog.hasOwnTranslation(of: phrase), "\(kind) in \(catalog.language)") }
            #expect(style.eventSymbols.byKind[kind.rawValue] != nil, "no icon for \(kind)")
        }
        #expect(Set(style.eventSymbols.byKind.keys) == EventKind.names)
    }

    static func dayEvent(
        _ id: String, kind: String, from start: String = "2000-05-01", _ properties: JSONObject
    ) -> DatedFeature {
        DatedFeature(
            id: id, layer: .events, kind: kind,
            validity: ValidityInterval(start: try! Day(iso: start), end: try! Day(iso: "2000-05-02")),
            feature: Feature(geometry: .point(Point(Position(longitude: 0.5, latitude: 0.5))), properties: properties))
    }

    static func subtitle(_ events: [DatedFeature], catalog: Catalog = .english) throws -> String {
        let dataset = Dataset(region: Self.region, directory: "/nowhere", features: events)
        let snapshot = try dataset.snapshot(on: Day(iso: "2000-05-01"))
        return EventWording(catalog: catalog, region: Self.region).subtitle(for: snapshot, events: events)
    }

    /// Four events on the day: the two most significant lead with their time, the attribution follows a title in
    /// brackets (after a comma where the title itself ends in one, so no bracket follows a bracket), and the rest
    /// are counted.
    static let fourEvents = [
        dayEvent(
            "op", kind: "offensive", ["title": "The north opens an operation ('local measures')", "time": "13:00"]),
        dayEvent("take", kind: "capture", ["title": "The north takes a hill", "time": "15:20", "claimed_by": "north"]),
        dayEvent("m1", kind: "mine", ["title": "Blast", "time": "09:00"]),
        dayEvent("m2", kind: "mine", ["title": "Second blast", "time": "10:00"]),
    ]

    @Test func theSubtitleLeadsWithTheTimeAndCountsTheRest() throws {
        #expect(
            try Self.subtitle(Self.fourEvents)
                == "13:00 \u{2013} The north opens an operation ('local measures'); "
                + "15:20 \u{2013} The north takes a hill (per the northern command); "
                + "and 2 more events (see list)")
        #expect(
            try Self.subtitle(Self.fourEvents, catalog: Catalog(language: "ru"))
                == "13:00 \u{2014} The north opens an operation ('local measures'); "
                + "15:20 \u{2014} The north takes a hill (по данным: северное командование); "
                + "и ещё событий: 2 (см. список)")
        #expect(
            try Self.subtitle(Array(Self.fourEvents.prefix(3)))
                == "13:00 \u{2013} The north opens an operation ('local measures'); "
                + "15:20 \u{2013} The north takes a hill (per the northern command); and 1 more event (see list)")
    }

    @Test func aTitleEndingInABracketTakesItsAttributionAfterAComma() throws {
        let claimed = Self.dayEvent(
            "op", kind: "offensive",
            ["title": "An operation ('local measures')", "time": "13:00", "claimed_by": "north"])
        let subtitle = try Self.subtitle([claimed])
        #expect(subtitle == "13:00 \u{2013} An operation ('local measures'), per the northern command")
        #expect(!subtitle.contains(") ("))
    }

    @Test func anEventSpanningTheDayLeadsWithItsStart() throws {
        let war = Self.dayEvent("war", kind: "offensive", from: "2000-04-20", ["title": "War goes on"])
        #expect(try Self.subtitle([war]) == "Since 20 April 2000 \u{2013} War goes on")
    }
}
