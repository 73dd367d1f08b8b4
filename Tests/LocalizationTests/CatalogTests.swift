import Foundation
import Localization
import Testing

@Suite struct CatalogTests {
    @Test func englishAndRussianShip() {
        #expect(Catalog.availableLanguages == ["en", "ru"])
    }

    /// Both catalogs are complete: every phrase the engine uses has its own translation.
    @Test(arguments: ["en", "ru"])
    func everyPhraseIsTranslated(language: String) throws {
        let catalog = try Catalog(language: language)
        let missing = Phrase.allCases.filter { !catalog.hasOwnTranslation(of: $0) }
        #expect(missing.isEmpty, "\(language) lacks \(missing.map(\.rawValue))")
        #expect(Phrase.allCases.count > 50)
    }

    /// Russian writes the month of a full date in the genitive (as Russian newspapers date their articles).
    @Test func datesFollowTheLanguage() throws {
        #expect(Catalog.english.longDate(year: 2024, month: 2, day: 15) == "15 February 2024")
        let russian = try Catalog(language: "ru")
        #expect(russian.longDate(year: 2024, month: 2, day: 15) == "15 февраля 2024")
        #expect(russian.longDate(year: 2023, month: 9, day: 19) == "19 сентября 2023")
        #expect(russian.monthName(9) == "сентябрь")
        #expect(Catalog.english.shortDate(month: 9, day: 19) == "19 Sep")
    }

    @Test func numbersFollowTheLanguage() throws {
        #expect(Catalog.english.area(squareKilometres: 3_070.4) == "3,070 km²")
        #expect(Catalog.english.area(squareKilometres: 4.25) == "4.3 km²")
        let russian = try Catalog(language: "ru")
        #expect(russian.area(squareKilometres: 3_070.4) == "3\u{00A0}070 км²")
        #expect(russian.number(0.5, decimals: 1) == "0,5")
    }

    @Test func placeholdersAreFilled() {
        #expect(Catalog.english.text(.zoneHeldBy, ["party": "the western side"]) == "Held by the western side")
        #expect(Catalog.english.text(.claimPerDenied, ["claimant": "A", "deniers": "B"]) == "per A; denied by B")
    }

    @Test func anUnknownLanguageNamesTheAvailableOnes() {
        do {
            _ = try Catalog(language: "xx")
            Issue.record("accepted a language without a catalog")
        } catch {
            #expect(error.description == "no furniture catalog for language \"xx\"; available: en, ru")
        }
    }

    /// A translator adds a catalog with only some phrases: the rest stay English, string by string.
    @Test func aPartialCatalogFallsBackToEnglishStringByString() throws {
        let english =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: Self.catalogFolder.appendingPathComponent("en.json"))) as? [String: Any]
        let strings = try #require(english?["strings"] as? [String: String])
        #expect(strings["zone.held_by"] == "Held by {party}")
        let russian =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: Self.catalogFolder.appendingPathComponent("ru.json"))) as? [String: Any]
        #expect((russian?["strings"] as? [String: String])?.count == strings.count)
    }

    static var catalogFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("Sources/Localization/Resources/Catalogs")
    }
}
