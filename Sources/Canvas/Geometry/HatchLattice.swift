import Foundation

/// A hatch's parallel lines, fitted to whole-pixel periods: moving the pattern `width` logical pixels across or
/// `height` down lands every line on a line. Raster surfaces then paint a hatch from one repeated tile anchored at
/// the user-space origin, so a pixel's colour depends only on where it is on the map, not on which tile, metatile
/// or band it was painted in, and every stretch of the hatch repeats byte for byte. Documents draw the same lines
/// as vectors.
///
/// Fitting moves the lines by at most half a pixel a period: at 45° a spacing of 7 becomes 10/√2 ≈ 7.07.
public struct HatchLattice: Sendable, Equatable {
    /// How the lines run.
    public enum Orientation: Sendable, Equatable {
        /// Horizontal lines, `height` apart (`width` is 1).
        case horizontal
        /// Vertical lines, `width` apart (`height` is 1).
        case vertical
        /// Lines through (k·width, 0) and (0, k·height): rising to the right on screen.
        case rising
        /// Lines through (k·width, 0) and (0, −k·height): falling to the right on screen.
        case falling
    }

    /// The horizontal period in logical pixels, at least 1.
    public let width: Int
    /// The vertical period in logical pixels, at least 1.
    public let height: Int
    /// How the lines run.
    public let orientation: Orientation

    /// Periods beyond which lines count as horizontal or vertical: past them a line crosses a whole large map
    /// within a pixel of level. In logical pixels; `Surface.largestHatchTileSide`, the same number in device pixels,
    /// is a separate limit (the memory of one tile), so a lattice this long may still be stroked as lines.
    static let longestPeriod = 4096.0

    /// Fits lines `spacing` apart at `angleDegrees` (counter-clockwise on screen from the x axis).
    /// - Parameters:
    ///   - spacing: Distance between line centres, perpendicular to the lines; positive.
    ///   - angleDegrees: The lines' direction: 45 rises to the right.
    public init(spacing: Double, angleDegrees: Double) {
        var angle = angleDegrees.truncatingRemainder(dividingBy: 180)
        if angle <= -90 { angle += 180 }
        if angle > 90 { angle -= 180 }
        let radians = angle * Double.pi / 180
        let across = spacing / abs(sin(radians)), down = spacing / abs(cos(radians))
        if !(across <= Self.longestPeriod) {
            self.init(width: 1, height: max(1, Int(spacing.rounded())), orientation: .horizontal)
        } else if !(down <= Self.longestPeriod) {
            self.init(width: max(1, Int(spacing.rounded())), height: 1, orientation: .vertical)
        } else {
            self.init(
                width: max(1, Int(across.rounded())), height: max(1, Int(down.rounded())),
                orientation: angle > 0 ? .rising : .falling)
        }
    }

    init(width: Int, height: Int, orientation: Orientation) {
        self.width = width
        self.height = height
        self.orientation = orientation
    }

    /// The spacing of the fitted lines, perpendicular to them.
    public var spacing: Double {
        switch orientation {
        case .horizontal: return Double(height)
        case .vertical: return Double(width)
        case .rising, .falling:
            let (across, down) = (Double(width), Double(height))
            return across * down / (across * across + down * down).squareRoot()
        }
    }

    /// The unit direction of the fitted lines, on screen (y down).
    var direction: (x: Double, y: Double) {
        let (across, down) = (Double(width), Double(height))
        let length = (across * across + down * down).squareRoot()
        switch orientation {
        case .horizontal: return (1, 0)
        case .vertical: return (0, 1)
        case .rising: return (across / length, -down / length)
        case .falling: return (across / length, down / length)
        }
    }

    /// The unit normal of the lines; line k is the set of points p with p·normal = k·spacing.
    var normal: (x: Double, y: Double) { (-direction.y, direction.x) }
}
