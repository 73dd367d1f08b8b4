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

    /// - Parameters: as the properties say.
    public init(
        color: StyleColor, width: Double, dash: [Double] = [], casing: Casing? = nil, opacity: Double = 1,
        recentOpacity: Double? = nil, roundCaps: Bool = true, join: Join = .round, hasArrowhead: Bool = false
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
        color = values.color("line-color") ?? .black
        width = values.number("line-width")
        dash = values.numbers("line-dasharray")
        let casingWidth = values.number("chronomap-casing-width")
        casing = values.color("chronomap-casing-color").flatMap {
            casingWidth > 0 ? Casing(color: $0, width: casingWidth) : nil
        }
        opacity = values.number("line-opacity")
        recentOpacity = values.optionalNumber("chronomap-recent-opacity") ?? opacity
        roundCaps = values.string("line-cap") == "round"
        join = Join(rawValue: values.string("line-join")) ?? .round
        hasArrowhead = values.bool("chronomap-arrow")
    }
}
