import Foundation
import Localization
import Testing

/// The furniture catalogs: which ship, that they are complete, and dates, numbers and placeholders per language.
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

    /// A range names its year once when both days fall in it, and both years when they differ; a date never breaks
    /// across lines (no-break spaces inside it).
    @Test func dateRangesAreCompact() throws {
        let english = Catalog.english, russian = try Catalog(language: "ru")
        func plain(_ text: String) -> String { text.replacingOccurrences(of: "\u{00A0}", with: " ") }
        let september = english.dateRange(from: (2023, 9, 22), to: (2023, 10, 2))
        #expect(plain(september) == "22 Sep \u{2013} 2 Oct 2023")
        #expect(september.split(separator: " ") == ["22\u{00A0}Sep", "\u{2013}", "2\u{00A0}Oct\u{00A0}2023"])
        #expect(plain(english.dateRange(from: (2023, 12, 30), to: (2024, 1, 2))) == "30 Dec 2023 \u{2013} 2 Jan 2024")
        #expect(plain(russian.dateRange(from: (2023, 9, 22), to: (2023, 10, 2))) == "22 сен \u{2013} 2 окт 2023")
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

    /// The two catalog files, read with Foundation's parser, hold the same keys, and every phrase the engine has is
    /// one of them. (The English fallback of a partial catalog cannot be exercised from here: catalogs load only
    /// from the module's bundle, and both shipped ones are complete.)
    @Test func theCatalogFilesHoldTheSameKeysAsThePhrases() throws {
        func strings(_ language: String) throws -> [String: String] {
            let file = try #require(
                try JSONSerialization.jsonObject(
                    with: Data(contentsOf: Self.catalogFolder.appendingPathComponent(language + ".json")))
                    as? [String: Any])
            return try #require(file["strings"] as? [String: String])
        }
        let english = try strings("en"), russian = try strings("ru")
        #expect(english["zone.held_by"] == "Held by {party}")
        #expect(Catalog.english.text(.zoneHeldBy) == "Held by {party}")
        #expect(Set(russian.keys) == Set(english.keys))
        #expect(Set(Phrase.allCases.map(\.rawValue)).isSubset(of: Set(english.keys)))
        #expect(english.count > 50)
    }

    static var catalogFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("Sources/Localization/Resources/Catalogs")
    }
}
