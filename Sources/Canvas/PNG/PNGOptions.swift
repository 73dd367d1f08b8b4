/// How ``Surface/pngData(options:)`` encodes an image.
///
/// Whatever the options, equal pixels give equal bytes: no time stamp is written.
public struct PNGOptions: Sendable, Hashable {
    /// The PNG row filter (PNG specification, section 9).
    public enum Filter: Sendable, Hashable, CaseIterable {
        /// The filter that suits rendered maps: none. Flat fills with antialiased edges compress about a third
        /// better unfiltered than with libpng's adaptive choice (measured on a 3200x2400 scene at levels 6 and 9),
        /// although the PNG specification suggests adaptive filtering for truecolour. Use ``adaptive`` for
        /// photographic content such as shaded relief.
        case automatic
        /// No filtering.
        case none
        /// Difference from the pixel to the left.
        case sub
        /// Difference from the pixel above.
        case up
        /// Difference from the average of left and above.
        case average
        /// Paeth predictor.
        case paeth
        /// An adaptive choice among all five for every row, whatever the colour type.
        case adaptive
    }

    /// A text chunk: `tEXt` for ASCII values, `iTXt` (UTF-8) for any other.
    public struct TextChunk: Sendable, Hashable {
        /// The keyword: 1-79 printable ASCII characters without leading, trailing or double spaces, such as
        /// `Title`, `Author`, `Source`, `Copyright` (PNG specification, section 11.3.4.2).
        public var key: String
        /// The text.
        public var value: String

        /// Creates a text chunk.
        /// - Parameters:
        ///   - key: The keyword.
        ///   - value: The text.
        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }
    }

    /// zlib level, 0 (stored, fastest) to 9 (smallest).
    public var compressionLevel: Int
    /// The row filter.
    public var filter: Filter
    /// Write an exact indexed image (palette, with transparency where needed) when the image has at most 256
    /// distinct colours. Lossless; flat-coloured images without antialiasing shrink severalfold.
    public var usesPaletteWhenPossible: Bool
    /// The resolution to record in a `pHYs` chunk, or nil for none.
    public var pixelsPerMetre: Double?
    /// Text chunks, written in order before the image data.
    public var textChunks: [TextChunk]

    /// Creates options.
    /// - Parameters:
    ///   - compressionLevel: zlib level, 0-9.
    ///   - filter: The row filter.
    ///   - usesPaletteWhenPossible: Write an indexed image when at most 256 colours are used.
    ///   - pixelsPerMetre: Resolution for a `pHYs` chunk, or nil.
    ///   - textChunks: Text chunks.
    public init(compressionLevel: Int = 6, filter: Filter = .automatic, usesPaletteWhenPossible: Bool = true,
                pixelsPerMetre: Double? = nil, textChunks: [TextChunk] = []) {
        self.compressionLevel = compressionLevel
        self.filter = filter
        self.usesPaletteWhenPossible = usesPaletteWhenPossible
        self.pixelsPerMetre = pixelsPerMetre
        self.textChunks = textChunks
    }

    /// zlib level 6, automatic filter, palette when possible, no resolution, no text.
    public static let `default` = PNGOptions()

    /// The resolution in dots per inch, stored as ``pixelsPerMetre`` (PNG records metres).
    public var dotsPerInch: Double? {
        get { pixelsPerMetre.map { $0 * 0.0254 } }
        set { pixelsPerMetre = newValue.map { $0 / 0.0254 } }
    }
}
