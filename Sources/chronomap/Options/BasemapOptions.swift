import ArgumentParser
import Chronomap
import Viewer

/// What `site` and `serve` share for reading the map over a basemap: transparent tiles, and a basemap for the
/// viewer to draw beneath them with its credit.
struct BasemapOptions: ParsableArguments {
    @Flag(
        name: .long,
        help: "Draw the tiles as a transparent overlay (no base fill, see-through control fills) for a basemap.")
    var overlay = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "A basemap the viewer draws beneath the tiles: an XYZ URL template such as https://tile.example.org/{z}/{x}/{y}.png.",
            valueName: "url"),
        transform: BasemapURL.parseArgument)
    var basemap: BasemapURL?

    @Option(
        name: .long,
        help: ArgumentHelp("The credit the basemap's provider asks for (default: its host name).", valueName: "text"))
    var basemapAttribution: String?

    func validate() throws {
        if basemapAttribution != nil, basemap == nil {
            throw ValidationError("--basemap-attribution: give the basemap too (--basemap URL)")
        }
        if let basemapAttribution, basemapAttribution.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--basemap-attribution: the credit is empty")
        }
    }

    /// The style's variant the tiles are drawn with.
    var styleVariant: StyleVariant { overlay ? .overlay : .standard }

    /// The basemap, checked, with its credit; nil without `--basemap`.
    func chosenBasemap() throws(CommandFailure) -> Basemap? {
        guard let basemap else { return nil }
        do throws(BasemapError) {
            return try Basemap(urlTemplate: basemap.template, attribution: basemapAttribution)
        } catch {
            throw CommandFailure(.usage, "--basemap: \(error.reason)")
        }
    }
}
