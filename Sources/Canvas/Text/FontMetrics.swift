/// Vertical metrics of a font at one size, in logical pixels: what to reserve for a line of text whatever its
/// letters are.
public struct FontMetrics: Sendable, Hashable {
    /// Height above the baseline that the font's tallest glyphs may reach.
    public var ascent: Double
    /// Depth below the baseline that descenders may reach (positive).
    public var descent: Double
    /// Recommended distance between baselines of consecutive lines.
    public var lineHeight: Double
    /// The largest advance of any glyph.
    public var maximumAdvance: Double

    /// Creates metrics.
    /// - Parameters:
    ///   - ascent: Height above the baseline.
    ///   - descent: Depth below the baseline, positive.
    ///   - lineHeight: Baseline-to-baseline distance.
    ///   - maximumAdvance: Largest glyph advance.
    public init(ascent: Double, descent: Double, lineHeight: Double, maximumAdvance: Double) {
        self.ascent = ascent
        self.descent = descent
        self.lineHeight = lineHeight
        self.maximumAdvance = maximumAdvance
    }
}
