import Chronology
import Description
import Localization
import Scene
import Testing
import _ChronomapTestSupport

/// The alt text of the fixture region's maps: under 125 words, each side's area as pyproj measures its strips
/// (`FixtureRegion`), the day's events with whose claim they are, and the data's date.
@Suite struct MapDescriberTests {
    /// Each key date's sides and their areas in whole km², rounded by hand from `FixtureRegion`'s pyproj figures.
    /// Ground changing hands (the window of an interval start_date:edtf) is its own side in the text.
    static let expectedAreas: [(date: String, sides: [String])] = [
        ("2024-02-01", ["Highland Council forces 12,738 km²", "Coast League 19,108 km²"]),
        (
            "2024-03-06",
            [
                "Highland Council forces 12,738 km²", "Contested 4,777 km²", "Coast League 9,554 km²",
                "Delta Republic 4,777 km²",
            ]
        ),
        (
            "2024-05-02",
            [
                "Highland Council forces 17,515 km²", "Changing hands 4,777 km²", "Coast League 4,777 km²",
                "Delta Republic 4,777 km²",
            ]
        ),
    ]

    @Test(arguments: expectedAreas.indices)
    func theShortFormNamesEverySidesAreaInUnder125Words(index: Int) throws {
        let (date, sides) = Self.expectedAreas[index]
        let scene = try FixtureMap.layout(date, options: SceneOptions(width: 800, height: 600))
        let text = try #require(scene.metadata.altText)
        #expect(AltText.wordCount(text.short) < AltText.shortWordLimit, "\(text.short)")
        #expect(scene.metadata.description == text.short)
        #expect(text.short.hasPrefix("Map of Marrowdale on "))
        #expect(text.short.hasSuffix("Data: marrowdale v0.1.0, data as of 31 December 2024."))
        #expect(!sides.isEmpty)
        for side in sides {
            #expect(text.short.contains(side), "\(side) is not in: \(text.short)")
            #expect(text.long.contains(side))
        }
        #expect(text.long.contains("Sources: "))
    }

    /// 1 May 2024: the Highland Council says it has taken Saltmere and the Coast League denies it (the fixture's
    /// `event-capture`, dated approximately), and the text says so with the parties' `authority` wording.
    @Test func claimsAreAttributed() throws {
        let text = try #require(try FixtureMap.layout("2024-05-01").metadata.altText)
        #expect(
            text.short.contains(
                "Highland Council says it has taken Saltmere (~1 May; per the Highland Council; denied by the Coast League's command)"
            ), "\(text.short)")
    }

    /// Before 5 March 2024 the Delta Republic holds nothing (its zone starts then), so the text does not name it.
    @Test func aSideHoldingNothingIsLeftOut() throws {
        let text = try #require(try FixtureMap.layout("2024-02-01").metadata.altText)
        #expect(!text.short.contains("Delta Republic"))
        #expect(text.short.contains("Coast League 19,108 km²"))
    }

    /// The Russian catalog with region.json's `title:ru` and `name:ru`; "12 738" with the catalog's thin space is
    /// written out by hand.
    @Test func russianFurnitureGivesRussianAltText() throws {
        let russian = try Catalog(language: "ru")
        let scene = try FixtureMap.layout(
            "2024-02-01", options: SceneOptions(width: 800, height: 600, catalog: russian))
        let text = try #require(scene.metadata.altText)
        #expect(text.short.hasPrefix("Карта: Марроудейл на 1 февраля 2024."), "\(text.short)")
        #expect(text.short.contains("силы Горного совета \u{2014} 12"), "\(text.short)")
        #expect(text.short.hasSuffix("данные на 31 декабря 2024."))
        #expect(AltText.wordCount(text.short) < AltText.shortWordLimit)
    }

    /// Tiles have no furniture and no alt text (docs/data-format.md: every image but tiles).
    @Test func mapsWithoutFurnitureGetNone() throws {
        let scene = try FixtureMap.layout(
            "2024-05-02", options: SceneOptions(width: 256, height: 256, drawsFurniture: false))
        #expect(scene.metadata.altText == nil)
    }
}
