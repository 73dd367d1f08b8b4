import Style

/// One thing to paint, already projected to logical pixels and styled. The renderer paints the
/// items of a scene in order, with no further decisions.
public enum SceneItem: Sendable {
    case fill(Fill)
    case stroke(Stroke)
    case circle(Circle)
    case icon(Icon)
    case text(Text)
    case rect(Rect)

    /// Polygons filled, optionally hatched. Each polygon is its rings; holes are cut out (even-odd).
    public struct Fill: Sendable {
        public var polygons: [[[PixelPoint]]]
        public var color: StyleColor
        public var hatch: Hatch?
        public var layerID: String

        /// Parallel lines drawn inside the polygons (contested areas).
        public struct Hatch: Sendable {
            public var color: StyleColor
            public var spacing: Double
            public var angleDegrees: Double
            public var width: Double
        }
    }

    /// Lines (or closed rings) stroked, optionally over a wider casing and with an arrowhead at the end.
    public struct Stroke: Sendable {
        public var paths: [[PixelPoint]]
        public var isClosed: Bool
        public var color: StyleColor
        public var width: Double
        public var dash: [Double]
        public var casing: (color: StyleColor, width: Double)?
        public var arrowhead: Bool
        public var roundCaps: Bool
        public var layerID: String
    }

    /// A point marker.
    public struct Circle: Sendable {
        public var center: PixelPoint
        public var radius: Double
        public var fill: StyleColor
        public var stroke: StyleColor?
        public var strokeWidth: Double
        /// A square marker instead of a round one (capitals).
        public var isSquare: Bool
        public var layerID: String
    }

    /// An event icon: a disc with a symbol and, optionally, a number badge.
    public struct Icon: Sendable {
        public var center: PixelPoint
        public var symbol: EventSymbol
        public var radius: Double
        public var color: StyleColor
        public var halo: StyleColor
        public var opacity: Double
        public var badge: String?
        public var layerID: String
    }

    /// A line of text at a baseline origin.
    public struct Text: Sendable {
        public var string: String
        public var origin: PixelPoint
        public var fontRole: String
        public var size: Double
        public var color: StyleColor
        public var halo: StyleColor?
        public var haloWidth: Double
        /// The ink box with its halo, as placed in the collision index.
        public var box: PixelRect
        public var layerID: String

        public init(string: String, origin: PixelPoint, fontRole: String, size: Double, color: StyleColor, halo: StyleColor?,
                    haloWidth: Double, box: PixelRect, layerID: String) {
            self.string = string
            self.origin = origin
            self.fontRole = fontRole
            self.size = size
            self.color = color
            self.halo = halo
            self.haloWidth = haloWidth
            self.box = box
            self.layerID = layerID
        }
    }

    /// A panel or swatch rectangle.
    public struct Rect: Sendable {
        public var rect: PixelRect
        public var fill: StyleColor?
        public var stroke: StyleColor?
        public var strokeWidth: Double
        public var dash: [Double]
        public var hatch: Fill.Hatch?
    }
}
