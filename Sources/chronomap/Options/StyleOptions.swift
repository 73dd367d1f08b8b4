import ArgumentParser
import Chronomap

/// `--style`: the map style, found in the order the README gives (``DatasetLocator``), loaded with its fonts.
struct StyleOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The style file (default: $CHRONOMAP_STYLE, ./styles/default.json, then styles/default.json beside the executable or in ../share/chronomap).",
            valueName: "file"))
    var style: String?

    /// The renderer of the chosen style, with its fonts loaded.
    /// - Parameter variant: the style as it stands, or its transparent overlay for a basemap (`--overlay`).
    /// - Throws: `CommandFailure`: 65 for a bad style, 1 for a missing font or style file.
    func makeRenderer(variant: StyleVariant = .standard) throws(CommandFailure) -> MapRenderer {
        let path: String
        do {
            path = try DatasetLocator().resourceFile(explicit: style, file: .style(named: "default.json"))
        } catch {
            throw CommandFailure(style == nil ? .failure : .usage, "--style: \(error.description)")
        }
        do {
            return try MapRenderer(styleFile: path, variant: variant)
        } catch let error as StyleError {
            throw CommandFailure(error.isUnreadableFile ? .failure : .badData, error.description)
        } catch {
            throw CommandFailure(.failure, "\(error)")
        }
    }
}
