import ArgumentParser
import Chronomap

/// `--lang`: a language the furniture has a catalog for (`Resources/Catalogs/<code>.json`), checked when the
/// flag is parsed, so a missing catalog is a usage error before any data is read.
struct CatalogLanguage: ExpressibleByArgument, CustomStringConvertible, Sendable {
    var code: String

    static let english = CatalogLanguage(code: "en")

    init(code: String) { self.code = code }

    init?(argument: String) {
        guard let language = try? Self.parseArgument(argument) else { return nil }
        self = language
    }

    /// A language code (``LanguageTag``) with a catalog, or a sentence naming the catalogs there are.
    static func parseArgument(_ text: String) throws -> CatalogLanguage {
        guard LanguageTag.isValid(text), Catalog.availableLanguages.contains(text) else {
            throw ValidationError(Catalog.unavailable(text))
        }
        return CatalogLanguage(code: text)
    }

    /// Checks the default, which the parser does not see: a broken installation has no English catalog either.
    func checkAvailable() throws {
        guard Catalog.availableLanguages.contains(code) else {
            throw ValidationError("--lang: " + Catalog.unavailable(code))
        }
    }

    /// The catalog, read once the command runs; a catalog that does not read is the flag's fault.
    func catalog() throws(CommandFailure) -> Catalog {
        do { return try Catalog(language: code) } catch {
            throw CommandFailure(.usage, "--lang: \(error.description)")
        }
    }

    var description: String { code }
    var defaultValueDescription: String { code }
}
