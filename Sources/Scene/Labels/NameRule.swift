import Chronology
import Localization

/// Which name a label shows for places the sides name differently (`--names`): one of the region's languages
/// (`name:<lang>`), or `dual`, `name:<lang> / alt_name:<lang>` of the dual language.
public struct NameRule: Sendable, Hashable, CustomStringConvertible {
    /// What the labels show.
    public enum Choice: Sendable, Hashable {
        /// The name in one language, falling back to English.
        case language(String)
        /// The name and the other side's name, in ``NameRule/language``.
        case dual
    }

    public var choice: Choice
    /// The language of dual names (or of the single name).
    public var language: String

    /// Dual names in a language (English by default): "Rivermouth / Embouchure".
    public static func dual(in language: String = "en") -> NameRule { NameRule(choice: .dual, language: language) }

    /// Names in one language: `name:<language>`, falling back to English.
    public static func single(_ language: String) -> NameRule {
        NameRule(choice: .language(language), language: language)
    }

    /// `dual`, or the language code.
    public var description: String {
        switch choice {
        case .dual: "dual"
        case .language(let code): code
        }
    }

    /// The label of a place under this rule.
    public func label(for place: DatedFeature) -> String {
        let own = ownName(of: place)
        guard let other = otherName(of: place) else { return own }
        return "\(own) / \(other)"
    }

    /// Whether the place's label under this rule is a dual name: the legend's names line only explains labels
    /// that show one.
    public func isDual(_ place: DatedFeature) -> Bool { otherName(of: place) != nil }

    private func name(_ key: String, of place: DatedFeature) -> String? {
        guard let text = place.string(key), !text.isEmpty, text != "\u{2014}" else { return nil }
        return text
    }

    /// Empty for a feature with no name (an unnamed river of the base): it gets no label, never its id.
    private func ownName(of place: DatedFeature) -> String {
        let english = name("name:en", of: place) ?? name("name", of: place) ?? ""
        return name("name:\(language)", of: place) ?? english
    }

    /// The other side's name a dual label adds, or nil when the rule shows one name or the place has no other.
    private func otherName(of place: DatedFeature) -> String? {
        guard case .dual = choice else { return nil }
        let other = name("alt_name:\(language)", of: place) ?? (language == "en" ? nil : name("alt_name:en", of: place))
        guard let other, other != ownName(of: place) else { return nil }
        return other
    }

    /// The sentence the legend and footer give for the rule, in a catalog's language.
    public func legendText(_ catalog: Catalog) -> String {
        switch choice {
        case .dual: catalog.text(.legendNamesDual, ["language": catalog.languageName(language)])
        case .language(let code):
            code == "en"
                ? catalog.text(.legendNamesOnly, ["language": catalog.languageName("en")])
                : catalog.text(
                    .legendNamesSingle,
                    ["language": catalog.languageName(code), "fallback": catalog.languageName("en")])
        }
    }
}
