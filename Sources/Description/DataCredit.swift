import Chronology
import Localization

/// Where an image's data comes from, in words: the data set, its version and the day it was last checked, and
/// its credits. Every description ends with it.
public struct DataCredit: Sendable, Hashable {
    /// "Data: riverland v0.1.0, data as of 31 March 2024."
    public var sentence: String
    /// "Sources: ..." as the map's footer gives them.
    public var sources: String

    /// - Parameters:
    ///   - region: the data set's region (id, version, `as_of`, attribution).
    ///   - catalog: the language.
    public init(region: Region, catalog: Catalog) {
        sentence = catalog.text(
            .altData, ["region": region.id, "version": region.version, "date": catalog.longDate(region.asOf)])
        sources = Sentences.ending(
            catalog.text(.footerSources, ["attribution": region.attribution.text(in: catalog.language)]))
    }
}

/// Putting sentences together.
enum Sentences {
    /// Sentences joined by one space, empty ones left out.
    static func join(_ sentences: [String?]) -> String {
        sentences.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The text with a full stop at its end unless it already ends a sentence.
    static func ending(_ text: String) -> String {
        guard let last = text.last else { return text }
        return ".!?\u{2026}".contains(last) ? text : text + "."
    }

    /// The text cut to fewer than `limit` words, ending with "…" when cut: the last guard of a short form.
    static func capped(_ text: String, below limit: Int = AltText.shortWordLimit) -> String {
        let words = text.split(whereSeparator: { $0.isWhitespace })
        guard words.count >= limit else { return text }
        return words.prefix(limit - 1).joined(separator: " ") + "\u{2026}"
    }

    /// The longest of the candidates (tried in order, longest first) that stays under the short-form limit,
    /// else the last one capped.
    static func firstFitting(_ candidates: [String]) -> String {
        for candidate in candidates where AltText.wordCount(candidate) < AltText.shortWordLimit { return candidate }
        return capped(candidates.last ?? "")
    }
}
