import Changes
import Chronology
import GeoJSON
import Localization
import Scene

/// The words of the viewer's page in every language Chronomap has a catalog for, so a reader's `?lang=xx`
/// switches the page without a request: the catalog's phrases (`viewer.*` and the few shared with maps), how
/// dates are written, the data set's title in the language, and the names of the event kinds.
enum ViewerWording {
    /// The phrases the page uses that maps share: claims, the last known state, the divider, areas.
    static let sharedPhrases: [Phrase] = [
        .claimPer, .claimPerDenied, .subtitleBeyondAsOf, .pageDividerLabel, .pageMapOf, .pairNothingChanged,
        .changeDirection, .areaSquareKilometres, .zoneContested, .zoneChangingHands,
        .outsideStudyArea, .changeGained,
    ]

    /// The phrases of the page: every `viewer.*` phrase and the shared ones.
    static var phrases: [Phrase] { Phrase.allCases.filter { $0.rawValue.hasPrefix("viewer.") } + sharedPhrases }

    /// `{"en": {...}, "ru": {...}}`, one entry per catalog.
    /// - Parameters:
    ///   - region: the data set's title and wording.
    ///   - eventKinds: the event kinds to name.
    /// - Throws: ``CatalogError`` when a catalog file cannot be read: a broken catalog is an error to mend, not a
    ///   language to leave out of the viewer.
    static func document(region: Region, eventKinds: [String]) throws(CatalogError) -> JSONValue {
        var languages = JSONObject()
        for code in Catalog.availableLanguages {
            languages[code] = language(try Catalog(language: code), region: region, eventKinds: eventKinds)
        }
        return .object(languages)
    }

    /// The page's words in one language.
    static func language(_ catalog: Catalog, region: Region, eventKinds: [String]) -> JSONValue {
        var phrases = JSONObject()
        for phrase in self.phrases { phrases[phrase.rawValue] = .string(catalog.text(phrase)) }
        let wording = EventWording(catalog: catalog, region: region)
        var kinds = JSONObject()
        for kind in eventKinds { kinds[kind] = .string(wording.kindLabel(kind)) }
        // Who held what, for the changes between two dates: the parties' legend wording in this language.
        let naming = ControllerNaming(region: region, catalog: catalog)
        var parties = JSONObject()
        for controller in region.controllers { parties[controller.id] = .string(naming.name(of: controller)) }
        var overlays = JSONObject()
        for overlay in region.overlays { overlays[overlay.kind] = .string(overlay.name.text(in: catalog.language)) }
        let dateWords = catalog.longDateWords
        return [
            "name": .string(catalog.text(.viewerLanguageName)),
            "title": .string(region.title.text(in: catalog.language)),
            "attribution": .string(region.attribution.text(in: catalog.language)),
            "date": ["long": .string(dateWords.pattern), "months": .array(dateWords.months.map { .string($0) })],
            "phrases": .object(phrases),
            "kinds": .object(kinds),
            "parties": .object(parties),
            "overlays": .object(overlays),
        ]
    }
}
