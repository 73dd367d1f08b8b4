/// The vector document formats a ``Surface`` can write.
public enum DocumentFormat: String, Sendable, Hashable, CaseIterable {
    /// PDF; one logical pixel is one point (1/72 inch). Text is embedded as a font subset, so it stays
    /// selectable and searchable.
    case pdf
    /// SVG 1.1 with pixel units; one logical pixel is one CSS pixel. Cairo 1.16 writes each glyph once as a
    /// `<symbol>` outline and places it with `<use>`: the text looks right everywhere but is not `<text>`.
    case svg
}
