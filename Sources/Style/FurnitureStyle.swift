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
    public static let standard = FurnitureStyle(PropertyValues(nil))

    init(_ values: PropertyValues) {
        panelColor = values[.panelColor]
        panelBorderColor = values[.panelBorderColor]
        textColor = values[.furnitureTextColor]
        mutedTextColor = values[.mutedTextColor]
        titleSize = values[.titleSize]
        subtitleSize = values[.subtitleSize]
        legendSize = values[.legendSize]
        footerSize = values[.footerSize]
        insetLandColor = values[.insetLandColor]
        insetWaterColor = values[.insetWaterColor]
        insetHighlightColor = values[.insetHighlightColor]
        insetExtentColor = values[.insetExtentColor]
        insetBorderColor = values[.insetBorderColor]
        approximateColor = values[.approximateColor]
        highlightColor = values[.highlightColor]
        highlightFillColor = values[.highlightFillColor]
        highlightHatch = Hatch(
            color: values[.highlightHatchColor], spacing: values[.highlightHatchSpacing],
            angleDegrees: values[.highlightHatchAngle], width: values[.highlightHatchWidth])
        highlightCasingColor = values[.highlightCasingColor]
        highlightLineWidth = values[.highlightLineWidth]
        highlightTextSize = values[.highlightTextSize]
    }
}
