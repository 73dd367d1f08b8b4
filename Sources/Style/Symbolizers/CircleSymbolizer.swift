/// How a circle layer draws point markers: `circle-*`, and `chronomap-marker-shape` (capitals are squares).
public struct CircleSymbolizer: Sendable, Hashable {
    /// The radius, logical pixels (a square's half side is 0.9 of it).
    public var radius: Double
    /// The fill with `circle-opacity` applied.
    public var color: StyleColor
    public var strokeColor: StyleColor?
    public var strokeWidth: Double
    /// Square markers instead of round ones.
    public var isSquare: Bool

    /// The symbolizer with every property at its default (the defaults of the style keys' table).
    public static let standard = CircleSymbolizer(PropertyValues(.circle))

    /// - Parameters: as the properties say; a property left out has its default.
    public init(
        radius: Double, color: StyleColor, strokeColor: StyleColor? = nil,
        strokeWidth: Double = CircleSymbolizer.standard.strokeWidth, isSquare: Bool = CircleSymbolizer.standard.isSquare
    ) {
        self.radius = radius
        self.color = color
        self.strokeColor = strokeColor
        self.strokeWidth = strokeWidth
        self.isSquare = isSquare
    }

    init(_ values: PropertyValues) {
        radius = values[.circleRadius]
        let base = values[.circleColor]
        color = base.withAlpha(base.alpha * values[.circleOpacity])
        strokeColor = values[.circleStrokeColor]
        strokeWidth = strokeColor == nil ? 0 : values[.circleStrokeWidth]
        isSquare = values[.markerShape] == .square
    }
}
