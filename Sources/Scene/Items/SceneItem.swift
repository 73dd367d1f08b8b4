import Style

/// One thing to paint, already projected to logical pixels and styled. A painter paints the items of a scene in
/// order, with no further decisions; what each item covers (``SceneItem/inkBounds``) is worked out by the same
/// geometry the painter uses (``SceneItem+Geometry.swift``).
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
        public var layer: ItemLayer

        /// - Parameters: as described on each property.
        public init(polygons: [[[PixelPoint]]], color: StyleColor, hatch: Hatch? = nil, layer: ItemLayer) {
            self.polygons = polygons
            self.color = color
            self.hatch = hatch
            self.layer = layer
        }
    }

    /// Lines (or closed rings) stroked, optionally over a wider casing and with an arrowhead at the end.
    public struct Stroke: Sendable {
        public var paths: [[PixelPoint]]
        public var isClosed: Bool
        public var color: StyleColor
        public var width: Double
        public var dash: [Double]
        public var casing: Casing?
        public var hasArrowhead: Bool
        public var roundCaps: Bool
        public var join: LineSymbolizer.Join
        public var layer: ItemLayer

        /// - Parameters: as described on each property.
        public init(
            paths: [[PixelPoint]], isClosed: Bool = false, color: StyleColor, width: Double, dash: [Double] = [],
            casing: Casing? = nil, hasArrowhead: Bool = false, roundCaps: Bool = true,
            join: LineSymbolizer.Join = .round,
            layer: ItemLayer
        ) {
            self.paths = paths
            self.isClosed = isClosed
            self.color = color
            self.width = width
            self.dash = dash
            self.casing = casing
            self.hasArrowhead = hasArrowhead
            self.roundCaps = roundCaps
            self.join = join
            self.layer = layer
        }
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
        public var layer: ItemLayer

        /// - Parameters: as described on each property.
        public init(
            center: PixelPoint, radius: Double, fill: StyleColor, stroke: StyleColor? = nil, strokeWidth: Double = 0,
            isSquare: Bool = false, layer: ItemLayer
        ) {
            self.center = center
            self.radius = radius
            self.fill = fill
            self.stroke = stroke
            self.strokeWidth = strokeWidth
            self.isSquare = isSquare
            self.layer = layer
        }
    }

    /// An event icon: a disc with the kind's glyph and, optionally, a number badge.
    public struct Icon: Sendable {
        public var center: PixelPoint
        public var symbol: EventSymbols.Symbol
        public var radius: Double
        public var fillColor: StyleColor
        public var haloColor: StyleColor
        public var badgeTextColor: StyleColor
        public var opacity: Double
        public var badge: String?
        public var layer: ItemLayer

        /// - Parameters: as described on each property.
        public init(
            center: PixelPoint, symbol: EventSymbols.Symbol, radius: Double, fillColor: StyleColor = .white,
            haloColor: StyleColor = .white, badgeTextColor: StyleColor = .white, opacity: Double = 1,
            badge: String? = nil,
            layer: ItemLayer
        ) {
            self.center = center
            self.symbol = symbol
            self.radius = radius
            self.fillColor = fillColor
            self.haloColor = haloColor
            self.badgeTextColor = badgeTextColor
            self.opacity = opacity
            self.badge = badge
            self.layer = layer
        }
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
        public var layer: ItemLayer

        /// - Parameters: as described on each property.
        public init(
            string: String, origin: PixelPoint, fontRole: String, size: Double, color: StyleColor,
            halo: StyleColor? = nil,
            haloWidth: Double = 0, box: PixelRect, layer: ItemLayer
        ) {
            self.string = string
            self.origin = origin
            self.fontRole = fontRole
            self.size = size
            self.color = color
            self.halo = halo
            self.haloWidth = haloWidth
            self.box = box
            self.layer = layer
        }
    }

    /// A panel or swatch rectangle.
    public struct Rect: Sendable {
        public var rect: PixelRect
        public var fill: StyleColor?
        public var stroke: StyleColor?
        public var strokeWidth: Double
        public var dash: [Double]
        public var hatch: Hatch?
        /// `background`, or the furniture part.
        public var layer: ItemLayer

        /// - Parameters: as described on each property.
        public init(
            rect: PixelRect, fill: StyleColor?, stroke: StyleColor? = nil, strokeWidth: Double = 0, dash: [Double] = [],
            hatch: Hatch? = nil,
            layer: ItemLayer
        ) {
            self.rect = rect
            self.fill = fill
            self.stroke = stroke
            self.strokeWidth = strokeWidth
            self.dash = dash
            self.hatch = hatch
            self.layer = layer
        }
    }

    /// The style layer (`background` included) or the furniture part the item belongs to.
    public var layer: ItemLayer {
        switch self {
        case .fill(let fill): fill.layer
        case .stroke(let stroke): stroke.layer
        case .circle(let circle): circle.layer
        case .icon(let icon): icon.layer
        case .text(let text): text.layer
        case .rect(let rect): rect.layer
        }
    }

    /// Whether the item is map furniture (title, legend, panels, scale bar, inset, footer).
    public var isFurniture: Bool { layer.isFurniture }
}
