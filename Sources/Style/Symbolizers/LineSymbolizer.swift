/// How a line layer draws: `line-*`, an optional casing, an arrowhead for movements, and the opacity of
/// events of the days before (`chronomap-recent-opacity`).
public struct LineSymbolizer: Sendable, Hashable {
    /// The line colour (its own alpha; `opacity` applies on top, to the casing too).
    public var color: StyleColor
    public var width: Double
    public var dash: [Double]
    public var casing: Casing?
    /// `line-opacity`.
    public var opacity: Double
    /// The opacity of events of the window before the day (`line-opacity` when not set).
    public var recentOpacity: Double
    /// Round caps (`line-cap: round`), else butt caps.
    public var roundCaps: Bool
    /// How segments meet (`line-join`).
    public var join: Join
    /// An arrowhead at the line's end (movements).
    public var hasArrowhead: Bool

    /// How the segments of a line meet (`line-join`).
    public enum Join: String, Sendable, Hashable {
        case bevel, round, miter
    }

    /// The symbolizer with every property at its default (the defaults of the style keys' table).
    public static let standard = LineSymbolizer(PropertyValues(.line))

    /// - Parameters: as the properties say; a property left out has its default.
    public init(
        color: StyleColor, width: Double, dash: [Double] = LineSymbolizer.standard.dash, casing: Casing? = nil,
        opacity: Double = LineSymbolizer.standard.opacity, recentOpacity: Double? = nil,
        roundCaps: Bool = LineSymbolizer.standard.roundCaps, join: Join = LineSymbolizer.standard.join,
        hasArrowhead: Bool = LineSymbolizer.standard.hasArrowhead
    ) {
        self.color = color
        self.width = width
        self.dash = dash
        self.casing = casing
        self.opacity = opacity
        self.recentOpacity = recentOpacity ?? opacity
        self.roundCaps = roundCaps
        self.join = join
        self.hasArrowhead = hasArrowhead
    }

    init(_ values: PropertyValues) {
        color = values[.lineColor]
        width = values[.lineWidth]
        dash = values[.lineDasharray]
        let casingWidth = values[.casingWidth]
        casing = values[.casingColor].flatMap { casingWidth > 0 ? Casing(color: $0, width: casingWidth) : nil }
        opacity = values[.lineOpacity]
        recentOpacity = values[.lineRecentOpacity] ?? opacity
        roundCaps = values[.lineCap] == .round
        join = values[.lineJoin]
        hasArrowhead = values[.arrow]
    }
}
