/// The size of a run of text at one font size, in logical pixels, relative to the point it is drawn at (the
/// left end of its baseline).
public struct TextExtents: Sendable, Hashable {
    /// The box the glyphs' ink covers. Its `y` is negative for ink above the baseline.
    public var inkBounds: CanvasRect
    /// Where the next text would start: `x` is the run's advance width, `y` is 0 for horizontal text.
    public var advance: CanvasPoint

    /// Creates extents.
    /// - Parameters:
    ///   - inkBounds: The ink box relative to the drawing point.
    ///   - advance: The pen movement.
    public init(inkBounds: CanvasRect, advance: CanvasPoint) {
        self.inkBounds = inkBounds
        self.advance = advance
    }

    /// The horizontal advance: the width to reserve for the run when placing text after it.
    public var advanceWidth: Double { advance.x }
}
