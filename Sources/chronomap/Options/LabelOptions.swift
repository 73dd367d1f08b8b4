import ArgumentParser
import Chronomap

/// `--names` and `--lang`, for every command that labels a map: what the flags need no data for is checked in
/// ``validate()``, the names rule against the region in ``nameRule(for:)``.
struct LabelOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Label names: dual (a place's name / the other side's name), or one of the region's name languages.",
            valueName: "rule"))
    var names: NameChoice = .dual

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The language of the map's words: title date, legend, panels, scale, footer, zone labels; for serve and site, the viewer's too (default: en).",
            valueName: "code"),
        transform: CatalogLanguage.parseArgument)
    var lang = CatalogLanguage.english

    func validate() throws {
        try lang.checkAvailable()
    }

    /// The furniture's catalog.
    func catalog() throws(CommandFailure) -> Catalog { try lang.catalog() }

    /// `--names` against the region: a single language must be one of its `languages`; dual names use the
    /// furniture's language when places have names in it, else the region's first language.
    func nameRule(for region: Region) throws(CommandFailure) -> NameRule {
        guard let language = names.language else {
            return .dual(in: region.languages.contains(lang.code) ? lang.code : region.languages.first ?? "en")
        }
        guard region.languages.contains(language) else {
            let allowed = (["dual"] + region.languages).joined(separator: ", ")
            throw CommandFailure(
                .usage, "--names: \"\(language)\" is not one of the region's name languages: \(allowed)")
        }
        return .single(language)
    }

    /// Scene options with the labels' rule and catalog, for the commands that draw tiles.
    func sceneOptions(for region: Region) throws(CommandFailure) -> SceneOptions {
        SceneOptions(names: try nameRule(for: region), catalog: try catalog())
    }
}
