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

    /// - Parameters: as the properties say.
    public init(
        radius: Double, color: StyleColor, strokeColor: StyleColor? = nil, strokeWidth: Double = 0,
        isSquare: Bool = false
    ) {
        self.radius = radius
        self.color = color
        self.strokeColor = strokeColor
        self.strokeWidth = strokeWidth
        self.isSquare = isSquare
    }

    init(_ values: PropertyValues) {
        radius = values.number("circle-radius")
        let base = values.color("circle-color") ?? .black
        color = base.withAlpha(base.alpha * values.number("circle-opacity"))
        strokeColor = values.color("circle-stroke-color")
        strokeWidth = strokeColor == nil ? 0 : values.number("circle-stroke-width")
        isSquare = values.string("chronomap-marker-shape") == "square"
    }
}
