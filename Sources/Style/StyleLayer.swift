import GeoJSON

/// One layer of a style: which features it draws (a data layer and a filter), at which zooms, and how.
public struct StyleLayer: Sendable {
    /// How a layer draws.
    public enum LayerType: String, Sendable, Hashable, CaseIterable {
        /// The colour under everything.
        case background
        /// Polygons filled (and, with `chronomap-hatch-*`, hatched).
        case fill
        /// Lines and polygon outlines.
        case line
        /// Point markers.
        case circle
        /// Labels and icons.
        case symbol
    }

    /// A legend line for a layer; drawn only when the layer drew something.
    public struct LegendEntry: Sendable, Hashable {
        public var label: String
        /// The legend section (`Control`, `Roads`, ...).
        public var group: String
    }

    public var id: String
    public var type: LayerType
    /// The data layer drawn (`base`, `places`, `routes`, `zones`, `events`); nil for the background.
    public var source: String?
    public var filter: StyleFilter?
    public var minZoom: Double
    public var maxZoom: Double
    public var paint: JSONObject
    public var layout: JSONObject
    public var legend: LegendEntry?

    /// Whether the layer draws at a zoom (`minzoom` inclusive, `maxzoom` exclusive, as in MapLibre).
    public func isVisible(atZoom zoom: Double) -> Bool { zoom >= minZoom && zoom < maxZoom }

    /// A colour property (paint or layout), or the default.
    public func color(_ key: String, default fallback: StyleColor? = nil) -> StyleColor? {
        (paint[key] ?? layout[key])?.stringValue.flatMap(StyleColor.init(css:)) ?? fallback
    }

    /// A number property, or the default.
    public func number(_ key: String, default fallback: Double) -> Double {
        (paint[key] ?? layout[key])?.numberValue ?? fallback
    }

    /// A number-array property (dash patterns), or empty.
    public func numbers(_ key: String) -> [Double] {
        (paint[key] ?? layout[key])?.arrayValue?.compactMap(\.numberValue) ?? []
    }

    /// A string property, or the default.
    public func string(_ key: String, default fallback: String? = nil) -> String? {
        (paint[key] ?? layout[key])?.stringValue ?? fallback
    }

    /// A Boolean property, or the default.
    public func bool(_ key: String, default fallback: Bool) -> Bool {
        (paint[key] ?? layout[key])?.boolValue ?? fallback
    }

    /// The font role of `text-font` (the first name of the list), `regular` by default.
    public var fontRole: String { layout["text-font"]?.arrayValue?.first?.stringValue ?? "regular" }
}
