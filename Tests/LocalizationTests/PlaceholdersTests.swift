import Localization
import Testing

/// The one `{key}` filler, which catalog phrases, date patterns and a style's `text-field` share.
@Suite struct PlaceholdersTests {
    @Test func fillsEachPlaceLeftToRight() {
        var asked: [String] = []
        let text = Placeholders.fill("{day} {month} {year}") { key in
            asked.append(key)
            return ["day": "19", "month": "September", "year": "2023"][key] ?? "?"
        }
        #expect(text == "19 September 2023")
        #expect(asked == ["day", "month", "year"])
    }

    /// A value that looks like a place is not filled again, and a `{` with no `}` stays.
    @Test func valuesAreNotSearchedAgainAndAnOpenBraceStays() {
        #expect(Placeholders.fill("{a} and {b} {") { $0 == "a" ? "{b}" : "B" } == "{b} and B {")
        #expect(Placeholders.fill("no places") { _ in "x" } == "no places")
    }

    @Test func aCatalogKeepsPlacesItHasNoValueFor() {
        #expect(Catalog.english.text(.zoneHeldBy, ["other": "x"]).contains("{party}"))
    }
}
