import Chronology
import Description
import Localization
import Scene
import Testing
import _ChronomapTestSupport

/// The alt text of the bundled data's maps: under 125 words, each side's area as `chronomap areas` and
/// `timeline --areas` give it (`Dataset.controlAreas(on:)`), the day's events with whose claim they are, and the
/// data's date.
@Suite struct MapDescriberTests {
    static let keyDates = MapFixture.keyDates + ["2020-10-09", "2023-09-22"]

    @Test(arguments: keyDates)
    func theShortFormNamesEverySidesAreaInUnder125Words(date: String) throws {
        let dataset = try BundledData.dataset.get()
        let scene = try MapFixture.layout(date, options: SceneOptions(width: 800, height: 600))
        let text = try #require(scene.metadata.altText)
        #expect(AltText.wordCount(text.short) < AltText.shortWordLimit, "\(text.short)")
        #expect(scene.metadata.description == text.short)
        #expect(text.short.hasPrefix("Map of Nagorno-Karabakh on "))
        #expect(text.short.hasSuffix("Data: nagorno-karabakh v1.2.0, data as of 7 December 2026."))
        let areas = try dataset.controlAreas(on: Day(iso: date)).filter { $0.value > 0 }
        #expect(!areas.isEmpty)
        for (controller, area) in areas {
            // Ground changing hands (the window of an interval start_date:edtf) is its own side in the text.
            let name =
                controller.isContested
                ? "Contested"
                : controller == .transition
                    ? "Changing hands" : try #require(dataset.region.party(controller.id)).name.english
            let expected = "\(name) \(Catalog.english.area(squareKilometres: area))"
            #expect(text.short.contains(expected), "\(expected) is not in: \(text.short)")
            #expect(text.long.contains(expected))
        }
        #expect(text.long.contains("Sources: "))
    }

    /// Hadrut, 9 October 2020: one side announced it, the other denied it (its event in
    /// tools/data/nagorno_karabakh_facts.json), and the text says so with the
    /// parties' `authority` wording.
    @Test func claimsAreAttributed() throws {
        let text = try #require(try MapFixture.layout("2020-10-09").metadata.altText)
        #expect(
            text.short.contains(
                "Azerbaijan announces capture of Hadrut (per the Azerbaijani authorities; denied by the ethnic Armenian authorities)"
            ), "\(text.short)")
    }

    /// 1 January 2024 and later: ethnic Armenian forces hold nothing (the facts file's control_changes: Azerbaijan in
    /// control after September–October 2023), so the text does not name them.
    @Test func aSideHoldingNothingIsLeftOut() throws {
        let text = try #require(try MapFixture.layout("2024-01-01").metadata.altText)
        #expect(!text.short.contains("ethnic Armenian forces"))
        #expect(text.short.contains("Azerbaijan 15,"))
        #expect(text.short.contains("(the rest of the study area)"))
    }

    @Test func russianFurnitureGivesRussianAltText() throws {
        let russian = try Catalog(language: "ru")
        let scene = try MapFixture.layout(
            "2020-11-10", options: SceneOptions(width: 800, height: 600, catalog: russian))
        let text = try #require(scene.metadata.altText)
        let area = try BundledData.dataset.get().controlAreas(on: Day(iso: "2020-11-10"))[Controller("artsakh")] ?? 0
        #expect(text.short.hasPrefix("Карта: Нагорный Карабах на 10 ноября 2020."))
        #expect(text.short.contains("силы карабахских армян \u{2014} \(russian.area(squareKilometres: area))"))
        #expect(text.short.hasSuffix("данные на 7 декабря 2026."))
        #expect(AltText.wordCount(text.short) < AltText.shortWordLimit)
    }

    /// Tiles have no furniture and no alt text (docs/data-format.md: every image but tiles).
    @Test func mapsWithoutFurnitureGetNone() throws {
        let scene = try MapFixture.layout(
            "2020-11-10", options: SceneOptions(width: 256, height: 256, drawsFurniture: false))
        #expect(scene.metadata.altText == nil)
    }
}
