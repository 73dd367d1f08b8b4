import GeoJSON

/// A piece of wording in English with its translations, as a data set gives it: `name`, `name:ru`, `name:az`.
///
/// Data sets write the English form in the plain member and translations in members suffixed with a BCP 47
/// language code. Asking for a language without a translation gives the English form.
public struct LocalizedText: Sendable, Hashable, CustomStringConvertible {
    /// The English wording.
    public var english: String
    /// Translations by language code (`ru`, `az`, `hy`).
    public var translations: [String: String]

    /// - Parameters:
    ///   - english: the English wording.
    ///   - translations: translations by language code.
    public init(_ english: String, translations: [String: String] = [:]) {
        self.english = english
        self.translations = translations
    }

    /// The wording in a language, or the English one when there is no translation.
    public func text(in language: String) -> String {
        language == "en" ? english : translations[language] ?? english
    }

    /// The English wording.
    public var description: String { english }

    /// Reads `key` and every `key:xx` member of a JSON object; nil when `key` is absent.
    static func read(_ key: String, in object: JSONObject) -> LocalizedText? {
        guard let english = object[key]?.stringValue else { return nil }
        var translations: [String: String] = [:]
        let prefix = key + ":"
        for (member, value) in object where member.hasPrefix(prefix) {
            if let text = value.stringValue, !text.isEmpty {
                translations[String(member.dropFirst(prefix.count))] = text
            }
        }
        return LocalizedText(english, translations: translations)
    }
}
