import Foundation

/// An affine transform of logical pixel coordinates, in Cairo's matrix layout:
/// `x' = a·x + c·y + tx`, `y' = b·x + d·y + ty`.
public struct CanvasTransform: Sendable, Hashable {
    /// Horizontal scale (Cairo's `xx`).
    public var a: Double
    /// Vertical shear (Cairo's `yx`).
    public var b: Double
    /// Horizontal shear (Cairo's `xy`).
    public var c: Double
    /// Vertical scale (Cairo's `yy`).
    public var d: Double
    /// Horizontal translation (Cairo's `x0`).
    public var tx: Double
    /// Vertical translation (Cairo's `y0`).
    public var ty: Double

    /// Creates a transform from its six coefficients.
    /// - Parameters:
    ///   - a: Horizontal scale.
    ///   - b: Vertical shear.
    ///   - c: Horizontal shear.
    ///   - d: Vertical scale.
    ///   - tx: Horizontal translation.
    ///   - ty: Vertical translation.
    public init(a: Double, b: Double, c: Double, d: Double, tx: Double, ty: Double) {
        self.a = a
        self.b = b
        self.c = c
        self.d = d
        self.tx = tx
        self.ty = ty
    }

    /// The transform that changes nothing.
    public static let identity = CanvasTransform(a: 1, b: 0, c: 0, d: 1, tx: 0, ty: 0)

    /// A translation.
    /// - Parameters:
    ///   - x: Horizontal offset.
    ///   - y: Vertical offset.
    public static func translation(x: Double, y: Double) -> CanvasTransform {
        CanvasTransform(a: 1, b: 0, c: 0, d: 1, tx: x, ty: y)
    }

    /// A scale about the origin.
    /// - Parameters:
    ///   - x: Horizontal factor.
    ///   - y: Vertical factor.
    public static func scale(x: Double, y: Double) -> CanvasTransform {
        CanvasTransform(a: x, b: 0, c: 0, d: y, tx: 0, ty: 0)
    }

    /// A rotation about the origin; positive angles turn clockwise on screen, because y points down.
    /// - Parameter radians: The angle.
    public static func rotation(radians: Double) -> CanvasTransform {
        let cosine = cos(radians), sine = sin(radians)
        return CanvasTransform(a: cosine, b: sine, c: -sine, d: cosine, tx: 0, ty: 0)
    }

    /// The transform that applies `self` first, then `other`.
    /// - Parameter other: The transform applied second.
    public func concatenating(_ other: CanvasTransform) -> CanvasTransform {
        CanvasTransform(
            a: a * other.a + b * other.c, b: a * other.b + b * other.d,
            c: c * other.a + d * other.c, d: c * other.b + d * other.d,
            tx: tx * other.a + ty * other.c + other.tx, ty: tx * other.b + ty * other.d + other.ty)
    }

    /// The transform that undoes this one, or nil when it flattens the plane (determinant 0).
    public func inverted() -> CanvasTransform? {
        let determinant = a * d - b * c
        guard determinant != 0, determinant.isFinite else { return nil }
        let ia = d / determinant, ib = -b / determinant, ic = -c / determinant, id = a / determinant
        return CanvasTransform(a: ia, b: ib, c: ic, d: id, tx: -(tx * ia + ty * ic), ty: -(tx * ib + ty * id))
    }

    /// Where the transform takes a point.
    /// - Parameter point: The point to transform.
    public func apply(to point: CanvasPoint) -> CanvasPoint {
        CanvasPoint(x: a * point.x + c * point.y + tx, y: b * point.x + d * point.y + ty)
    }
}
