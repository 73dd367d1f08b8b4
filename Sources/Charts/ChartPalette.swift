import Chronology
import GeoJSON
import Scene
import Style

/// The colours of an area chart, taken from the map style so the chart and the maps agree: each party's fill as
/// the map paints its zones (``BoundStyle/partyFillColors(region:)``), and contested ground filled and hatched as the
/// map's contested layer paints it.
public struct ChartPalette: Sendable {
    /// The colour a side's area is filled with, and its hatch (contested ground).
    public struct Swatch: Sendable {
        public var fill: StyleColor
        public var hatch: Hatch?
        /// The step line: the fill darkened, or the hatch's colour, so it reads on white and in print.
        public var line: StyleColor
    }

    public var swatches: [Controller: Swatch]
    /// Text, muted text and rules, from the style's furniture.
    public var text: StyleColor
    public var mutedText: StyleColor
    public var rule: StyleColor

    /// - Parameters:
    ///   - style: the map style.
    ///   - region: the parties (their `color` wins over the style's palette, as on the map).
    ///   - language: the legend's language (does not change colours; the bound style needs it).
    public init(style: Style, region: Region, language: String) {
        let bound = BoundStyle(style, region: region, language: language)
        var swatches: [Controller: Swatch] = [:]
        for (id, color) in bound.partyFillColors(region: region) {
            swatches[Controller(id)] = Swatch(fill: color, hatch: nil, line: Self.darkened(color))
        }
        let contested: JSONObject = ["kind": "control", "controller": .string(Controller.contested.id)]
        for layer in bound.layers where layer.source == .zones && layer.match == nil {
            guard case .fill(let fill) = layer.symbolizer, fill.color.alpha > 0,
                layer.filter?.matches(contested, geometryType: "Polygon") ?? true
            else { continue }
            swatches[.contested] = Swatch(
                fill: fill.color, hatch: fill.hatch, line: fill.hatch?.color ?? Self.darkened(fill.color))
            break
        }
        self.swatches = swatches
        text = style.furniture.textColor
        mutedText = style.furniture.mutedTextColor
        rule = style.furniture.panelBorderColor
    }

    /// The swatch of a controller; a neutral grey for one the style does not colour.
    public func swatch(_ controller: Controller) -> Swatch {
        swatches[controller]
            ?? Swatch(
                fill: StyleColor(red: 0.7, green: 0.7, blue: 0.7), hatch: nil,
                line: StyleColor(red: 0.35, green: 0.35, blue: 0.35))
    }

    /// A colour mixed with 45% black: map fills are pale by design, a line needs contrast with white.
    static func darkened(_ color: StyleColor) -> StyleColor {
        StyleColor(red: color.red * 0.55, green: color.green * 0.55, blue: color.blue * 0.55)
    }
}
