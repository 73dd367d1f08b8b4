import Foundation
import Localization
import Support
import Testing

/// Catalog files read strictly: a broken one is an error naming the file and where in it, never a section that
/// silently falls back to English.
@Suite struct CatalogFileTests {
    /// An installation in a fresh temporary folder (`bin/chronomap`, `share/chronomap/catalogs/`) holding the
    /// given catalogs, and the locator of its executable.
    static func installation(
        _ catalogs: [String: String]
    ) throws -> (
        locator: ResourceLocator, folder: String, root: String
    ) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("catalogs-\(UUID().uuidString)")
        let folder = root.appendingPathComponent("share/chronomap/catalogs")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (language, text) in catalogs {
            try Data(text.utf8).write(to: folder.appendingPathComponent(language + ".json"))
        }
        let locator = ResourceLocator(executablePath: root.appendingPathComponent("bin/chronomap").path)
        return (locator, folder.path, root.path)
    }

    static let english = #"{"language": "en", "strings": {"zone.contested": "Contested"}}"#

    static func error(loading language: String, from catalogs: [String: String]) throws -> (String, String) {
        let (locator, folder, root) = try installation(catalogs)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let error = #expect(throws: CatalogError.self) { try Catalog(language: language, locator: locator) }
        return (error?.message ?? "", folder)
    }

    @Test func aWellFormedPartialCatalogLoads() throws {
        let (locator, _, root) = try Self.installation([
            "en": Self.english, "xx": #"{"strings": {}, "numbers": {"group_separator": "."}}"#,
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let catalog = try Catalog(language: "xx", locator: locator)
        #expect(catalog.text(.zoneContested) == "Contested")
        #expect(catalog.wholeNumber(1234) == "1.234")
        #expect(Catalog.availableLanguages(locator: locator) == ["en", "xx"])
    }

    /// A missing comma on line 3: the message gives the file, line 3 and a column.
    @Test func aSyntaxErrorGivesTheFileLineAndColumn() throws {
        let broken = "{\n  \"strings\": {\n    \"zone.contested\": \"Contested\" \"x\": \"y\"\n  }\n}\n"
        let (message, folder) = try Self.error(loading: "xx", from: ["en": Self.english, "xx": broken])
        #expect(message.hasPrefix(folder + "/xx.json:3:"), "\(message)")
    }

    /// One phrase that is a number: before, the whole section was dropped and every phrase fell back to English.
    @Test func aValueOfTheWrongTypeGivesItsJSONPath() throws {
        let broken = #"{"strings": {"zone.contested": "Umstritten", "zone.held_by": 3}}"#
        let (message, folder) = try Self.error(loading: "xx", from: ["en": Self.english, "xx": broken])
        #expect(message == folder + #"/xx.json: strings["zone.held_by"]: expected a string, found a number"#)
    }

    @Test func aMonthThatIsNotAStringGivesItsIndex() throws {
        let broken = #"{"dates": {"months": ["January", null]}}"#
        let (message, folder) = try Self.error(loading: "en", from: ["en": broken])
        #expect(message == folder + "/en.json: dates.months[1]: expected a string, found null")
    }

    /// A misspelt section would otherwise be ignored.
    @Test func anUnknownKeyIsAnError() throws {
        let broken = #"{"strngs": {}}"#
        let (message, folder) = try Self.error(loading: "en", from: ["en": broken])
        #expect(message.hasPrefix(folder + "/en.json: strngs: unknown key"), "\(message)")
    }

    @Test func aCatalogThatIsNotAnObject() throws {
        let (message, folder) = try Self.error(loading: "en", from: ["en": "[]"])
        #expect(message == folder + "/en.json: (top level): expected an object, found an array")
    }
}
