/// How a fill layer draws its polygons: `fill-*` and `chronomap-hatch-*`, `chronomap-outline-width` and the
/// dash patterns of approximate and date-uncertain features.
public struct FillSymbolizer: Sendable, Hashable {
    /// The fill colour with `fill-opacity` applied.
    public var color: StyleColor
    /// Hatching over the fill, when `chronomap-hatch-color` is set.
    public var hatch: Hatch?
    /// The outline colour, when `fill-outline-color` is set.
    public var outlineColor: StyleColor?
    public var outlineWidth: Double
    /// The outline's dash (empty: solid).
    public var outlineDash: [Double]
    /// Outline only the edges inside the study area (`chronomap-outline-edges: inner`): the lines between
    /// zones, not the study area's own edge, which no source drew.
    public var outlinesInnerEdgesOnly: Bool
    /// The outline's dash for features marked approximate (empty: drawn solid).
    public var approximateDash: [Double]
    /// The outline's dash for features whose date is uncertain on the day drawn.
    public var uncertainDash: [Double]
    /// Fine lines over features whose date is uncertain on the day drawn, when `chronomap-uncertain-hatch-color` is set.
    public var uncertainHatch: Hatch?

    /// - Parameters: as the properties say.
    public init(
        color: StyleColor, hatch: Hatch? = nil, outlineColor: StyleColor? = nil, outlineWidth: Double = 1,
        outlineDash: [Double] = [], outlinesInnerEdgesOnly: Bool = false, approximateDash: [Double] = [],
        uncertainDash: [Double] = [1.2, 2.4], uncertainHatch: Hatch? = nil
    ) {
        self.color = color
        self.hatch = hatch
        self.outlineColor = outlineColor
        self.outlineWidth = outlineWidth
        self.outlineDash = outlineDash
        self.outlinesInnerEdgesOnly = outlinesInnerEdgesOnly
        self.approximateDash = approximateDash
        self.uncertainDash = uncertainDash
        self.uncertainHatch = uncertainHatch
    }

    init(_ values: PropertyValues) {
        let base = values.color("fill-color") ?? .black
        color = base.withAlpha(base.alpha * values.number("fill-opacity"))
        hatch = values.color("chronomap-hatch-color").map { hatchColor in
            Hatch(
                color: hatchColor, spacing: values.number("chronomap-hatch-spacing"),
                angleDegrees: values.number("chronomap-hatch-angle"), width: values.number("chronomap-hatch-width"))
        }
        outlineColor = values.color("fill-outline-color")
        outlineWidth = values.number("chronomap-outline-width")
        outlineDash = values.numbers("chronomap-outline-dasharray")
        outlinesInnerEdgesOnly = values.string("chronomap-outline-edges") == "inner"
        approximateDash = values.numbers("chronomap-approximate-dasharray")
        uncertainDash = values.numbers("chronomap-uncertain-dasharray")
        uncertainHatch = values.color("chronomap-uncertain-hatch-color").map { color in
            Hatch(
                color: color, spacing: values.number("chronomap-uncertain-hatch-spacing"),
                angleDegrees: values.number("chronomap-uncertain-hatch-angle"), width: 0.8)
        }
    }
}
