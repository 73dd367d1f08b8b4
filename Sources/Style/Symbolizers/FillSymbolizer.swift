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

    /// The symbolizer with every property at its default (the defaults of the style keys' table).
    public static let standard = FillSymbolizer(PropertyValues(.fill))

    /// - Parameters: as the properties say; a property left out has its default.
    public init(
        color: StyleColor, hatch: Hatch? = nil, outlineColor: StyleColor? = nil,
        outlineWidth: Double = FillSymbolizer.standard.outlineWidth,
        outlineDash: [Double] = FillSymbolizer.standard.outlineDash,
        outlinesInnerEdgesOnly: Bool = FillSymbolizer.standard.outlinesInnerEdgesOnly,
        approximateDash: [Double] = FillSymbolizer.standard.approximateDash,
        uncertainDash: [Double] = FillSymbolizer.standard.uncertainDash, uncertainHatch: Hatch? = nil
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
        let base = values[.fillColor]
        color = base.withAlpha(base.alpha * values[.fillOpacity])
        hatch = values[.hatchColor].map { hatchColor in
            Hatch(
                color: hatchColor, spacing: values[.hatchSpacing], angleDegrees: values[.hatchAngle],
                width: values[.hatchWidth])
        }
        outlineColor = values[.fillOutlineColor]
        outlineWidth = values[.outlineWidth]
        outlineDash = values[.outlineDasharray]
        outlinesInnerEdgesOnly = values[.outlineEdges] == .inner
        approximateDash = values[.approximateDasharray]
        uncertainDash = values[.uncertainDasharray]
        uncertainHatch = values[.uncertainHatchColor].map { color in
            Hatch(
                color: color, spacing: values[.uncertainHatchSpacing], angleDegrees: values[.uncertainHatchAngle],
                width: 0.8)
        }
    }
}
