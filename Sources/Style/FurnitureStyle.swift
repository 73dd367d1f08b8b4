/// The look of the map furniture (`chronomap-furniture`): panels, text, sizes, the locator inset, and the
/// outline and hatching of areas highlighted on a map (what changed hands in a comparison).
public struct FurnitureStyle: Sendable, Hashable {
    public var panelColor: StyleColor
    public var panelBorderColor: StyleColor
    public var textColor: StyleColor
    public var mutedTextColor: StyleColor
    public var titleSize: Double
    public var subtitleSize: Double
    public var legendSize: Double
    public var footerSize: Double
    public var insetLandColor: StyleColor
    public var insetWaterColor: StyleColor
    public var insetHighlightColor: StyleColor
    public var insetExtentColor: StyleColor
    public var insetBorderColor: StyleColor
    /// The outline of the legend's "approximate" swatch.
    public var approximateColor: StyleColor
    /// Outline and label colour of highlighted areas.
    public var highlightColor: StyleColor
    public var highlightFillColor: StyleColor
    public var highlightHatch: Hatch
    public var highlightCasingColor: StyleColor
    public var highlightLineWidth: Double
    public var highlightTextSize: Double

    /// The furniture with every property at its default.
    public static let standard = FurnitureStyle(PropertyValues(values: [:], specs: StyleProperty.furniture))

    init(_ values: PropertyValues) {
        func color(_ key: String) -> StyleColor { values.color(key) ?? .black }
        panelColor = color("panel-color")
        panelBorderColor = color("panel-border-color")
        textColor = color("text-color")
        mutedTextColor = color("muted-text-color")
        titleSize = values.number("title-size")
        subtitleSize = values.number("subtitle-size")
        legendSize = values.number("legend-size")
        footerSize = values.number("footer-size")
        insetLandColor = color("inset-land-color")
        insetWaterColor = color("inset-water-color")
        insetHighlightColor = color("inset-highlight-color")
        insetExtentColor = color("inset-extent-color")
        insetBorderColor = color("inset-border-color")
        approximateColor = color("approximate-color")
        highlightColor = color("highlight-color")
        highlightFillColor = color("highlight-fill-color")
        highlightHatch = Hatch(
            color: color("highlight-hatch-color"), spacing: values.number("highlight-hatch-spacing"),
            angleDegrees: values.number("highlight-hatch-angle"), width: values.number("highlight-hatch-width"))
        highlightCasingColor = color("highlight-casing-color")
        highlightLineWidth = values.number("highlight-line-width")
        highlightTextSize = values.number("highlight-text-size")
    }
}
