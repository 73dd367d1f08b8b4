import Chronology
import Foundation
import Testing

/// region.json: the parties, overlays and languages a data set declares, and the errors of a bad one.
@Suite struct RegionTests {
    static func errors(replacing old: String, with new: String, name: String = #function) throws -> [String] {
        let folder = try TinyData.broken("region.json", replacing: old, with: new, name: name)
        return Dataset.validate(directory: folder).filter(\.isError).map {
            $0.description.replacingOccurrences(of: folder + "/", with: "")
        }
    }

    @Test func partiesOverlaysAndLanguagesAreRead() throws {
        let region = try Dataset.load(from: TinyData.folder).region
        #expect(region.parties.map(\.id) == ["west", "east"])
        #expect(region.party("west")?.short.english == "the western side")
        // `short` and `authority` default to `name`.
        #expect(
            region.party("east")?.short.english == "Eastern side"
                && region.party("east")?.authority.english == "Eastern side")
        #expect(region.controllers == ["west", "east", "contested"])
        #expect(region.overlays.map(\.kind) == ["corridor"])
        #expect(region.languages == ["en"] && region.utcOffset == "+04:00")
    }

    @Test func translationsFallBackToEnglish() {
        let text = LocalizedText("Azerbaijan", translations: ["ru": "Азербайджан"])
        #expect(text.text(in: "ru") == "Азербайджан")
        #expect(text.text(in: "uk") == "Azerbaijan")
    }

    @Test func aBadPartyIsReportedWithItsPath() throws {
        #expect(
            try Self.errors(replacing: #"{"id":"east","name":"Eastern side"}"#, with: #"{"id":"contested","name":"X"}"#)
                .contains(
                    "region.json: parties[1].id: a party id is a slug of lower-case letters, digits and hyphens, and not \"contested\" or \"transition\""
                ))
        #expect(
            try Self.errors(replacing: #"{"id":"east","name":"Eastern side"}"#, with: #"{"id":"west","name":"X"}"#)
                .contains("region.json: parties[1].id: party \"west\" is declared twice"))
        #expect(
            try Self.errors(
                replacing: #"{"id":"east","name":"Eastern side"}"#, with: #"{"id":"east","name":"X","color":"blue"}"#)
                == ["region.json: parties[1].color: expected a colour \"#rrggbb\""])
    }

    @Test func badLanguagesAndOffsetsAreReported() throws {
        #expect(
            try Self.errors(replacing: #""languages":["en"]"#, with: #""languages":["English"]"#)
                == ["region.json: languages[0]: expected a BCP 47 language code such as \"en\" or \"sr-Latn\""])
        #expect(
            try Self.errors(replacing: #""utc_offset":"+04:00""#, with: #""utc_offset":"UTC+4""#)
                == ["region.json: utc_offset: expected an offset from UTC such as \"+04:00\" or \"-03:30\""])
    }

    @Test func zonesMayUseOnlyDeclaredOverlays() throws {
        let folder = try TinyData.broken(
            "region.json", replacing: #","overlays":[{"kind":"corridor","name":"Corridor"}]"#, with: "")
        let errors = Dataset.validate(directory: folder).filter(\.isError).map(\.message)
        #expect(
            errors == [
                "unknown kind \"corridor\" for layer zones; expected one of control (overlay kinds are declared in region.json's \"overlays\")"
            ])
    }
}
