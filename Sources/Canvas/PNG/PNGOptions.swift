/// How ``Surface/pngData(options:)`` encodes an image.
///
/// Whatever the options, equal pixels give equal bytes: no time stamp is written.
public struct PNGOptions: Sendable, Hashable {
    /// The PNG row filter (PNG specification, section 9).
    public enum Filter: Sendable, Hashable, CaseIterable {
        /// The filter that suits rendered maps: none. On the demo's maps and tiles, at every level tried, Sub,
        /// Up or Paeth take 16-35% more bytes than unfiltered rows and ``adaptive`` 14-18% more, for palette
        /// and truecolour images alike (scripts/png/README.md): flat fills deflate well raw, and
        /// antialiased edges and hatching repeat exactly in the raw bytes but not once filtered. The PNG
        /// specification's advice to filter truecolour is for photographs; use ``adaptive`` for shaded relief.
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
        /// For every row, the filter whose output has the smallest sum of absolute (signed) bytes: libpng's
        /// heuristic, whatever the colour type.
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

    /// The compression levels libdeflate offers: 0 stores, 1 is fastest, 6 is zlib's default, 10-12 search
    /// hardest. On maps, a level gives zlib's bytes for the same level or fewer (8-14% fewer at level 2), in half
    /// (level 6) to nine tenths (level 2) of zlib's time; levels 8 and 9 take 2-4 times level 6's time, 10-12
    /// ten to sixty times (scripts/png/README.md).
    public static let compressionLevels: ClosedRange<Int> = 0...12

    /// Deflate level, one of ``compressionLevels``: 0 (stored, fastest) to 12 (smallest).
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
    ///   - compressionLevel: Deflate level, 0-12.
    ///   - filter: The row filter.
    ///   - usesPaletteWhenPossible: Write an indexed image when at most 256 colours are used.
    ///   - pixelsPerMetre: Resolution for a `pHYs` chunk, or nil.
    ///   - textChunks: Text chunks.
    public init(
        compressionLevel: Int = 6, filter: Filter = .automatic, usesPaletteWhenPossible: Bool = true,
        pixelsPerMetre: Double? = nil, textChunks: [TextChunk] = []
    ) {
        self.compressionLevel = compressionLevel
        self.filter = filter
        self.usesPaletteWhenPossible = usesPaletteWhenPossible
        self.pixelsPerMetre = pixelsPerMetre
        self.textChunks = textChunks
    }

    /// Level 6, automatic filter, palette when possible, no resolution, no text.
    public static let `default` = PNGOptions()

    /// The resolution in dots per inch, stored as ``pixelsPerMetre`` (PNG records metres).
    public var dotsPerInch: Double? {
        get { pixelsPerMetre.map { $0 * 0.0254 } }
        set { pixelsPerMetre = newValue.map { $0 / 0.0254 } }
    }
}
