/// A text measurer with no fonts: every character advances a fixed fraction of the size, and the ink spans from
/// the ascent to the descent. Scene tests use it to lay out maps without Cairo; the layout then follows simple,
/// exactly known widths.
public struct FixedAdvanceMeasurer: TextMeasurer {
    /// The advance of one character, as a fraction of the size.
    public var advancePerCharacter: Double

    /// - Parameter advancePerCharacter: one character's advance as a fraction of the size (0.6 by default).
    public init(advancePerCharacter: Double = 0.6) { self.advancePerCharacter = advancePerCharacter }

    public func measure(_ text: String, fontRole: String, size: Double) -> TextMetrics {
        let advance = Double(text.count) * advancePerCharacter * size
        return TextMetrics(inkBox: PixelRect(x: 0, y: -0.75 * size, width: advance, height: size), advance: advance)
    }
}
