/// What a style layer draws, decoded once from its paint and layout properties (as Mapnik's symbolizers):
/// a closed set, so every drawing step switches over it exhaustively.
public enum Symbolizer: Sendable, Hashable {
    /// The colour under everything.
    case background(StyleColor)
    /// Polygons filled, optionally hatched and outlined.
    case fill(FillSymbolizer)
    /// Lines and polygon outlines.
    case line(LineSymbolizer)
    /// Point markers.
    case circle(CircleSymbolizer)
    /// Event icons, numbered like the events list.
    case icon(IconSymbolizer)
    /// Labels.
    case text(TextSymbolizer)
}

/// Parallel lines drawn inside a shape (contested areas, what changed hands).
public struct Hatch: Sendable, Hashable {
    public var color: StyleColor
    /// Distance between lines, logical pixels.
    public var spacing: Double
    public var angleDegrees: Double
    /// Line width, logical pixels.
    public var width: Double

    /// - Parameters: as the properties say.
    public init(color: StyleColor, spacing: Double, angleDegrees: Double, width: Double) {
        self.color = color
        self.spacing = spacing
        self.angleDegrees = angleDegrees
        self.width = width
    }
}

/// A wider line drawn under a line, so that it stands out on any background.
public struct Casing: Sendable, Hashable {
    public var color: StyleColor
    /// The casing's full width, logical pixels.
    public var width: Double

    /// - Parameters: as the properties say.
    public init(color: StyleColor, width: Double) {
        self.color = color
        self.width = width
    }
}
