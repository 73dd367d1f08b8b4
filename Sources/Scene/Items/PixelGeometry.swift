/// A point in logical pixels (x right, y down).
public struct PixelPoint: Sendable, Hashable {
    public var x: Double
    public var y: Double
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// A rectangle in logical pixels.
public struct PixelRect: Sendable, Hashable, CustomStringConvertible {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public var minX: Double { x }
    public var minY: Double { y }
    public var maxX: Double { x + width }
    public var maxY: Double { y + height }
    public var center: PixelPoint { PixelPoint(x: x + width / 2, y: y + height / 2) }

    /// Whether the two rectangles share interior (touching edges do not count).
    public func intersects(_ other: PixelRect) -> Bool {
        minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }

    /// Whether `other` lies wholly inside.
    public func contains(_ other: PixelRect) -> Bool {
        other.minX >= minX && other.maxX <= maxX && other.minY >= minY && other.maxY <= maxY
    }

    /// Grown by `amount` on every side (shrunk when negative).
    public func insetBy(_ amount: Double) -> PixelRect {
        PixelRect(x: x + amount, y: y + amount, width: width - 2 * amount, height: height - 2 * amount)
    }

    /// The rectangle grown by `amount` on every side.
    public func outset(by amount: Double) -> PixelRect { insetBy(-amount) }

    /// Moved by an offset.
    public func offsetBy(dx: Double, dy: Double) -> PixelRect {
        PixelRect(x: x + dx, y: y + dy, width: width, height: height)
    }

    /// The smallest rectangle holding both.
    public func union(_ other: PixelRect) -> PixelRect {
        let minX = min(self.minX, other.minX), minY = min(self.minY, other.minY)
        return PixelRect(x: minX, y: minY, width: max(maxX, other.maxX) - minX, height: max(maxY, other.maxY) - minY)
    }

    public var description: String { "(\(x), \(y), \(width)×\(height))" }

    /// The smallest rectangle holding every point, grown by `reach` on each side; an empty rectangle at the
    /// origin for no points.
    public init(enclosing points: [PixelPoint], reach: Double = 0) {
        var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
        for point in points {
            minX = min(minX, point.x)
            maxX = max(maxX, point.x)
            minY = min(minY, point.y)
            maxY = max(maxY, point.y)
        }
        guard minX.isFinite else {
            self.init(x: 0, y: 0, width: 0, height: 0)
            return
        }
        self.init(x: minX - reach, y: minY - reach, width: maxX - minX + 2 * reach, height: maxY - minY + 2 * reach)
    }
}

extension PixelPoint {
    /// The area a ring of pixels encloses (shoelace formula), whichever way it runs, whether or not its last point
    /// repeats its first.
    public static func area(ofRing ring: [PixelPoint]) -> Double {
        guard let first = ring.first else { return 0 }
        return abs(zip(ring, ring.dropFirst() + [first]).reduce(0.0) { $0 + $1.0.x * $1.1.y - $1.1.x * $1.0.y }) / 2
    }

    /// A polygon's area from its rings' (the outer ring first, then the holes): the outer ring's less the holes'.
    /// - Parameter measure: the area of one ring (the whole ring's, or its part inside a box).
    static func area<Ring>(ofPolygon rings: [Ring], measuring measure: (Ring) throws -> Double) rethrows -> Double {
        try rings.enumerated().reduce(0.0) { total, ring in
            let part = try measure(ring.element)
            return ring.offset == 0 ? total + part : total - part
        }
    }
}
