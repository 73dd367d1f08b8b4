/// The ink of a piece of text as the canvas will draw it.
public struct TextMetrics: Sendable, Hashable {
    /// The ink box relative to the text origin (left end of the baseline), logical pixels.
    public var inkBox: PixelRect
    /// How far the origin advances after the text.
    public var advance: Double

    public init(inkBox: PixelRect, advance: Double) {
        self.inkBox = inkBox
        self.advance = advance
    }
}

/// Measures text with the fonts the render will use, so that label boxes are the real ink.
/// The scene opens no font; the renderer supplies a measurer backed by Cairo and FreeType.
public protocol TextMeasurer: Sendable {
    /// The metrics of `text` in the font of `fontRole` (`regular`, `bold`) at `size` logical pixels.
    func measure(_ text: String, fontRole: String, size: Double) -> TextMetrics
}
