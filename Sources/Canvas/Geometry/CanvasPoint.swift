/// A position in a surface's logical pixel space: x to the right, y down, origin at the top-left corner.
public struct CanvasPoint: Sendable, Hashable, CustomStringConvertible {
    /// Distance from the left edge, in logical pixels.
    public var x: Double
    /// Distance from the top edge, in logical pixels.
    public var y: Double

    /// Creates a point.
    /// - Parameters:
    ///   - x: Distance from the left edge, in logical pixels.
    ///   - y: Distance from the top edge, in logical pixels.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    /// The origin, the top-left corner.
    public static let zero = CanvasPoint(x: 0, y: 0)

    /// The point moved by an offset.
    /// - Parameters:
    ///   - dx: Horizontal offset, in logical pixels.
    ///   - dy: Vertical offset, in logical pixels.
    public func offsetBy(dx: Double, dy: Double) -> CanvasPoint {
        CanvasPoint(x: x + dx, y: y + dy)
    }

    /// The straight-line distance to another point, in logical pixels.
    /// - Parameter other: The other point.
    public func distance(to other: CanvasPoint) -> Double {
        ((other.x - x) * (other.x - x) + (other.y - y) * (other.y - y)).squareRoot()
    }

    /// `(x, y)`.
    public var description: String { "(\(x), \(y))" }
}
