import ArgumentParser
import Chronomap

/// `--layout` and `--preset`: the shape a single map is laid out for, and sizes for where maps go. A preset sets
/// the size, the layout and the format; a flag that says otherwise is refused by the command's `validate()`
/// (``check(size:format:formatFlag:)``), naming the flag.
struct LayoutOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Where the furniture goes: landscape (legend and events over the map), portrait (under it), square (a compact legend and a shorter events list under it); default: from --size's shape.",
            valueName: "layout"),
        transform: parseChoice)
    var layout: MapLayout?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Size, layout and format for where the map goes: \(MapPreset.described()).", valueName: "preset"),
        transform: parseChoice)
    var preset: MapPreset?

    /// Refuses flags that contradict the preset: another `--size`, `--layout` or format.
    /// - Parameters:
    ///   - size: `--size`, if given.
    ///   - format: the format asked for (from `--format` or the output's extension), if any.
    ///   - formatFlag: the flag that asked for it, named in the error.
    func check(size: ImageSize?, format: OutputFormat?, formatFlag: String) throws {
        guard let preset else { return }
        if let size, size.width != preset.size.width || size.height != preset.size.height {
            throw ValidationError("--size: \(size) contradicts --preset \(preset.rawValue), which is \(preset.size)")
        }
        if let layout, layout != preset.layout {
            throw ValidationError(
                "--layout: \(layout.rawValue) contradicts --preset \(preset.rawValue), which is \(preset.layout.rawValue)"
            )
        }
        if let format, format != preset.format {
            throw ValidationError(
                "\(formatFlag): \(format.rawValue) contradicts --preset \(preset.rawValue), which writes \(preset.format.rawValue)"
            )
        }
    }

    /// The image size: the preset's, else `--size`, else 1600x1200.
    func size(_ given: ImageSize?) -> ImageSize { preset?.size ?? given ?? ImageSize(width: 1600, height: 1200) }

    /// The layout: `--layout`, else the preset's, else the one closest to the size's shape.
    func mapLayout(_ given: ImageSize?) -> MapLayout {
        let size = size(given)
        return layout ?? preset?.layout ?? MapLayout.fitting(width: Double(size.width), height: Double(size.height))
    }
}

/// A size, layout and format for where a map goes.
enum MapPreset: String, CaseIterable, Sendable {
    case socialPortrait = "social-portrait"
    case socialSquare = "social-square"
    case slide
    case a4

    var size: ImageSize {
        switch self {
        case .socialPortrait: ImageSize(width: 1080, height: 1350)
        case .socialSquare: ImageSize(width: 1080, height: 1080)
        case .slide: ImageSize(width: 1920, height: 1080)
        // A4 (210 x 297 mm) in PDF points, 72 to the inch: the PDF's logical pixel is a point.
        case .a4: ImageSize(width: 595, height: 842)
        }
    }

    var layout: MapLayout {
        switch self {
        case .socialPortrait, .a4: .portrait
        case .socialSquare: .square
        case .slide: .landscape
        }
    }

    var format: OutputFormat { self == .a4 ? .pdf : .png }

    /// The presets as the help lists them: `social-portrait` (1080x1350 PNG, portrait), ...
    static func described() -> String {
        allCases.map { preset in
            let size = preset == .a4 ? "A4, 595x842 pt," : "\(preset.size)"
            return "\(preset.rawValue) (\(size) \(preset.format.rawValue.uppercased()), \(preset.layout.rawValue))"
        }.joined(separator: ", ")
    }
}
