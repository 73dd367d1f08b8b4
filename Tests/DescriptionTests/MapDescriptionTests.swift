import Chronology
import Description
import Localization
import Testing

/// The wording of a map's alt text, with facts made up here (the bundled data's maps are checked in
/// SceneTests/Steps/MapDescriberTests).
@Suite struct MapDescriptionTests {
    static let region = Region(
        id: "riverland", name: LocalizedText("Riverland"), title: LocalizedText("Riverland"),
        extent: .init(southWest: .init(longitude: 0, latitude: 0), northEast: .init(longitude: 1, latitude: 1)),
        firstDate: try! Day(iso: "2024-03-01"), version: "0.1.0", asOf: try! Day(iso: "2024-04-01"),
        attribution: LocalizedText("Test sources"), licence: "CC0")

    static func description(events: Int) -> MapDescription {
        MapDescription(
            title: "Riverland", date: "6 March 2024",
            areas: [
                HeldArea(name: "Valley Council forces", squareKilometres: 1_234.4),
                HeldArea(name: "Hill Front", squareKilometres: 5.25, isRemainder: true),
            ],
            events: (1...max(1, events)).prefix(events).map {
                DescribedEvent(
                    title: "Event number \($0) at the ford", when: "0\($0 % 10):00", attribution: "per Hill Front")
            },
            legend: [.init(title: "Control", labels: ["Valley Council forces", "Hill Front"])],
            extent: [0, 0, 1, 1], namesLine: "Names: English", credit: DataCredit(region: region, catalog: .english))
    }

    @Test func theShortFormNamesTheDayTheAreasTheEventsAndTheData() {
        let text = Self.description(events: 2).altText(.english)
        #expect(
            text.short
                == "Map of Riverland on 6 March 2024. Area held: Valley Council forces 1,234 km²; Hill Front 5.3 km² "
                + "(the rest of the study area). Events that day: Event number 1 at the ford (01:00; per Hill Front); "
                + "Event number 2 at the ford (02:00; per Hill Front). Data: riverland v0.1.0, data as of 1 April 2024."
        )
        #expect(text.long.contains("Legend: Control: Valley Council forces, Hill Front."))
        #expect(text.long.contains("Extent: longitude 0° to 1°, latitude 0° to 1°."))
        #expect(text.long.hasSuffix("Sources: Test sources."))
    }

    /// Forty events do not fit in 125 words: the short form names as many as fit and counts the rest; the long
    /// form names them all.
    @Test func manyEventsAreCountedInTheShortForm() {
        let text = Self.description(events: 40).altText(.english)
        #expect(AltText.wordCount(text.short) < AltText.shortWordLimit)
        #expect(text.short.contains("more"))
        #expect(text.short.hasSuffix("data as of 1 April 2024."))
        #expect(text.long.contains("Event number 40 at the ford"))
    }

    @Test func hatchedAreasAreNamed() {
        var facts = Self.description(events: 0)
        facts.highlights = ["Hill Front → Valley Council forces, 12 km²"]
        facts.highlightTitle = "Changed hands since 1 March 2024"
        #expect(
            facts.altText(.english).short.contains(
                "Changed hands since 1 March 2024, hatched: Hill Front → Valley Council forces, 12 km²."))
    }

    @Test func aDayWithoutEventsSaysSo() {
        #expect(Self.description(events: 0).altText(.english).short.contains("No event is recorded for that day."))
    }

    @Test func russianWording() throws {
        let russian = try Catalog(language: "ru")
        var facts = Self.description(events: 1)
        facts.credit = DataCredit(region: Self.region, catalog: russian)
        let text = facts.altText(russian)
        #expect(
            text.short.hasPrefix(
                "Карта: Riverland на 6 March 2024. Площадь под контролем: Valley Council forces \u{2014} 1\u{00A0}234 км²"
            ))
        #expect(text.short.hasSuffix("данные на 1 апреля 2024."))
    }
}
