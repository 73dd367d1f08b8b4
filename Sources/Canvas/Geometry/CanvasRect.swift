/// An axis-aligned rectangle in logical pixels (y down): label boxes, insets, clip areas.
///
/// Sizes are never negative: the initialisers normalise them. Containment is half-open (the minimum edges are
/// inside, the maximum edges outside), so rectangles that only share an edge neither intersect nor both contain
/// a point on it, which is what label collision wants.
public struct CanvasRect: Sendable, Hashable, CustomStringConvertible {
    /// Left edge.
    public var x: Double
    /// Top edge.
    public var y: Double
    /// Width, never negative.
    public var width: Double
    /// Height, never negative.
    public var height: Double

    /// Creates a rectangle from its top-left corner and size; a negative size extends it left or up instead.
    /// - Parameters:
    ///   - x: Left edge.
    ///   - y: Top edge.
    ///   - width: Width.
    ///   - height: Height.
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = width < 0 ? x + width : x
        self.y = height < 0 ? y + height : y
        self.width = abs(width)
        self.height = abs(height)
    }

    /// Creates the rectangle spanning two opposite corners, in any order.
    /// - Parameters:
    ///   - minX: One horizontal edge.
    ///   - minY: One vertical edge.
    ///   - maxX: The other horizontal edge.
    ///   - maxY: The other vertical edge.
    public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.init(x: min(minX, maxX), y: min(minY, maxY), width: abs(maxX - minX), height: abs(maxY - minY))
    }

    /// The smallest rectangle containing every point, or nil for no points.
    /// - Parameter points: The points to enclose.
    public init?(enclosing points: some Sequence<CanvasPoint>) {
        var iterator = points.makeIterator()
        guard let first = iterator.next() else { return nil }
        var low = first, high = first
        while let point = iterator.next() {
            low = CanvasPoint(x: min(low.x, point.x), y: min(low.y, point.y))
            high = CanvasPoint(x: max(high.x, point.x), y: max(high.y, point.y))
        }
        self.init(minX: low.x, minY: low.y, maxX: high.x, maxY: high.y)
    }

    /// The empty rectangle at the origin.
    public static let zero = CanvasRect(x: 0, y: 0, width: 0, height: 0)

    /// Left edge.
    public var minX: Double { x }
    /// Top edge.
    public var minY: Double { y }
    /// Right edge.
    public var maxX: Double { x + width }
    /// Bottom edge.
    public var maxY: Double { y + height }
    /// Horizontal centre.
    public var midX: Double { x + width / 2 }
    /// Vertical centre.
    public var midY: Double { y + height / 2 }
    /// The centre point.
    public var center: CanvasPoint { CanvasPoint(x: midX, y: midY) }
    /// Whether the rectangle has no area.
    public var isEmpty: Bool { width <= 0 || height <= 0 }

    /// Whether the two rectangles share some area (touching edges do not count).
    /// - Parameter other: The other rectangle.
    public func intersects(_ other: CanvasRect) -> Bool {
        !isEmpty && !other.isEmpty && minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }

    /// The overlapping part, or nil when the rectangles share no area.
    /// - Parameter other: The other rectangle.
    public func intersection(_ other: CanvasRect) -> CanvasRect? {
        guard intersects(other) else { return nil }
        return CanvasRect(
            minX: max(minX, other.minX), minY: max(minY, other.minY),
            maxX: min(maxX, other.maxX), maxY: min(maxY, other.maxY))
    }

    /// The smallest rectangle containing both; an empty rectangle adds nothing.
    /// - Parameter other: The other rectangle.
    public func union(_ other: CanvasRect) -> CanvasRect {
        if other.isEmpty { return self }
        if isEmpty { return other }
        return CanvasRect(
            minX: min(minX, other.minX), minY: min(minY, other.minY),
            maxX: max(maxX, other.maxX), maxY: max(maxY, other.maxY))
    }

    /// The rectangle shrunk by `dx` on the left and right and `dy` on the top and bottom (negative values grow it,
    /// as for a label's padding). Shrinking past nothing leaves an empty rectangle at the centre.
    /// - Parameters:
    ///   - dx: Inset of each vertical edge.
    ///   - dy: Inset of each horizontal edge.
    public func insetBy(dx: Double, dy: Double) -> CanvasRect {
        let newWidth = width - 2 * dx, newHeight = height - 2 * dy
        return CanvasRect(
            x: newWidth < 0 ? midX : x + dx, y: newHeight < 0 ? midY : y + dy,
            width: max(newWidth, 0), height: max(newHeight, 0))
    }

    /// The rectangle moved by an offset.
    /// - Parameters:
    ///   - dx: Horizontal offset.
    ///   - dy: Vertical offset.
    public func offsetBy(dx: Double, dy: Double) -> CanvasRect {
        CanvasRect(x: x + dx, y: y + dy, width: width, height: height)
    }

    /// Whether the point is inside (minimum edges included, maximum edges excluded).
    /// - Parameter point: The point to test.
    public func contains(_ point: CanvasPoint) -> Bool {
        point.x >= minX && point.x < maxX && point.y >= minY && point.y < maxY
    }

    /// Whether the other rectangle lies entirely inside this one.
    /// - Parameter other: The rectangle to test.
    public func contains(_ other: CanvasRect) -> Bool {
        other.minX >= minX && other.maxX <= maxX && other.minY >= minY && other.maxY <= maxY
    }

    /// `x,y widthxheight`.
    public var description: String { "\(x),\(y) \(width)x\(height)" }
}
