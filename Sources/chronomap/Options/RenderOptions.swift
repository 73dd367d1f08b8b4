import ArgumentParser
import Chronomap
import Foundation

/// The options every drawing command shares (`render`, `compare`, `tiles`).
struct RenderOptionGroup: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Image size in logical pixels, WIDTHxHEIGHT.", valueName: "WxH"))
    var size: String = "1600x1200"

    @Option(name: .long, help: ArgumentHelp("Device pixels per logical pixel (2 for HiDPI): everything scales, same layout.", valueName: "n"))
    var scale: Double = 1

    @Option(name: .long, help: ArgumentHelp("Extent to show, W,S,E,N in degrees (default: the region's extent).", valueName: "W,S,E,N"))
    var bbox: String?

    @Option(name: .long, help: ArgumentHelp("Draw only these layer groups: base,zones,routes,places,events.", valueName: "list"))
    var layers: String?

    @Option(name: .long, help: ArgumentHelp("Label names: en, az, hy or dual (\"Stepanakert / Khankendi\").", valueName: "rule"))
    var names: String = "dual"

    @Option(name: .long, help: ArgumentHelp("Events of how many days before the date are drawn (faded): 3d, or a number of days.", valueName: "days"))
    var eventsWindow: String = "3d"

    @Option(name: .long, help: ArgumentHelp("The style file (default: $CHRONOMAP_STYLE, ./styles/default.json, ../share/chronomap/styles/default.json).", valueName: "file"))
    var style: String?

    /// The size, checked.
    func parsedSize() throws(CommandFailure) -> (width: Double, height: Double) {
        let parts = size.lowercased().split(separator: "x")
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]), (64...20_000).contains(width), (64...20_000).contains(height) else {
            throw CommandFailure(.usage, "--size: \"\(size)\" is not WIDTHxHEIGHT with each side from 64 to 20000 pixels")
        }
        return (Double(width), Double(height))
    }

    func parsedScale() throws(CommandFailure) -> Double {
        guard scale.isFinite, scale >= 0.25, scale <= 8 else { throw CommandFailure(.usage, "--scale: must be a number from 0.25 to 8") }
        return scale
    }

    func parsedBoundingBox() throws(CommandFailure) -> BoundingBox? { try Self.boundingBox(bbox) }

    /// Parses a `--bbox` value.
    static func boundingBox(_ bbox: String?) throws(CommandFailure) -> BoundingBox? {
        guard let bbox else { return nil }
        let numbers = bbox.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard numbers.count == 4, numbers.allSatisfy({ $0 != nil }) else {
            throw CommandFailure(.usage, "--bbox: \"\(bbox)\" is not four numbers W,S,E,N")
        }
        let (west, south, east, north) = (numbers[0]!, numbers[1]!, numbers[2]!, numbers[3]!)
        guard (-180...180).contains(west), (-180...180).contains(east), (-85.05...85.05).contains(south), (-85.05...85.05).contains(north) else {
            throw CommandFailure(.usage, "--bbox: \(bbox) is outside the world (longitudes -180 to 180, latitudes -85.05 to 85.05 in Web Mercator)")
        }
        guard west < east, south < north else {
            throw CommandFailure(.usage, "--bbox: \(bbox) is inverted: west must be less than east and south less than north")
        }
        return BoundingBox(southWest: Position(longitude: west, latitude: south), northEast: Position(longitude: east, latitude: north))
    }

    func parsedNames() throws(CommandFailure) -> NameRule { try Self.nameRule(names) }

    /// Parses a `--names` value.
    static func nameRule(_ names: String) throws(CommandFailure) -> NameRule {
        guard let rule = NameRule(rawValue: names) else { throw CommandFailure(.usage, "--names: \"\(names)\" is not one of en, az, hy, dual") }
        return rule
    }

    func parsedEventsWindow() throws(CommandFailure) -> Int {
        let text = eventsWindow.hasSuffix("d") ? String(eventsWindow.dropLast()) : eventsWindow
        guard let days = Int(text), (0...366).contains(days) else { throw CommandFailure(.usage, "--events-window: \"\(eventsWindow)\" is not a number of days such as 3d") }
        return days
    }

    func parsedLayers() throws(CommandFailure) -> Set<Layer>? {
        try layers.map { text throws(CommandFailure) in try parseLayers(text) }
    }

    /// The renderer of the chosen style, with its fonts loaded.
    func makeRenderer() throws(CommandFailure) -> MapRenderer { try Self.renderer(style: style) }

    /// The renderer of a `--style` value (or the default style), with its fonts loaded.
    static func renderer(style: String?) throws(CommandFailure) -> MapRenderer {
        let path: String
        do {
            path = try DatasetLocator().resourceFile(explicit: style, environmentVariable: "CHRONOMAP_STYLE", relativePath: "styles/default.json", what: "style file")
        } catch {
            throw CommandFailure(style == nil ? .failure : .usage, "--style: \(error.description)")
        }
        do {
            return try MapRenderer(styleFile: path)
        } catch let error as StyleError {
            throw CommandFailure(.badData, error.description)
        } catch {
            throw CommandFailure(.failure, "\(error)")
        }
    }

    /// Scene options from the flags.
    func sceneOptions(title: String? = nil, subtitle: String? = nil) throws(CommandFailure) -> SceneOptions {
        let (width, height) = try parsedSize()
        return SceneOptions(width: width, height: height, bbox: try parsedBoundingBox(), layers: try parsedLayers(),
                            names: try parsedNames(), title: title, subtitle: subtitle)
    }
}
