import ArgumentParser
import Chronomap

/// What every drawing command shares (`render`, `compare`, and the time outputs): size, density, extent, layers,
/// names, language and the window of recent events.
struct MapOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp("Image size in logical pixels, WIDTHxHEIGHT (default: 1600x1200).", valueName: "WxH"),
        transform: ImageSize.parseArgument)
    var size: ImageSize?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Device pixels per logical pixel (2 for HiDPI): everything scales, same layout.", valueName: "n"))
    var scale: Double = 1

    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp("Extent to show, W,S,E,N in degrees (default: the region's extent).", valueName: "W,S,E,N"),
        transform: BoundingBox.parseArgument)
    var bbox: BoundingBox?

    @Option(
        name: .long,
        help: ArgumentHelp("Draw only these layer groups: base,zones,routes,places,events.", valueName: "list"),
        transform: LayerList.parseArgument)
    var layers: LayerList?

    @OptionGroup var labels: LabelOptions

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Events of how many days before the date are drawn (faded): 3d, or a number of days (default: 3d).",
            valueName: "days"),
        transform: EventsWindow.parseArgument)
    var eventsWindow = EventsWindow(days: 3)

    @OptionGroup var world: WorldBaseOptions

    func validate() throws {
        guard scale.isFinite, (0.25...8).contains(scale) else {
            throw ValidationError("--scale: must be a number from 0.25 to 8")
        }
    }

    /// Scene options from the flags, for a region.
    /// - Parameter shape: `--layout` and `--preset`, for the commands that take them.
    func sceneOptions(
        region: Region, title: String? = nil, subtitle: String? = nil, shape: LayoutOptions? = nil
    ) throws(CommandFailure) -> SceneOptions {
        let size = shape?.size(size) ?? size ?? ImageSize(width: 1600, height: 1200)
        return SceneOptions(
            width: Double(size.width), height: Double(size.height), bbox: bbox, layers: layers?.layers,
            names: try labels.nameRule(for: region),
            catalog: try labels.catalog(), title: title, subtitle: subtitle,
            locator: try world.locator(around: bbox ?? region.extent), layout: shape?.mapLayout(self.size) ?? .landscape
        )
    }
}
