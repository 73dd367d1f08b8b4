/// The text alternative of an image (WCAG 2.2, success criterion 1.1.1): a short form for the `alt` attribute and
/// the PNG `Description` chunk, and a long form with everything the image says in words.
///
/// Both are plain text in the furniture's language. The short form stays under ``shortWordLimit`` words, the
/// length screen-reader guidance gives for alt text; the long form has no limit.
public struct AltText: Sendable, Hashable {
    /// What the image shows, in fewer than ``shortWordLimit`` words.
    public var short: String
    /// Everything the image says: every area, event, legend line, source and the data's date.
    public var long: String

    /// The short form must have fewer words than this.
    public static let shortWordLimit = 125

    /// - Parameters:
    ///   - short: the short form.
    ///   - long: the long form.
    public init(short: String, long: String) {
        self.short = short
        self.long = long
    }

    /// The number of words of a text: runs of characters between white space. No-break spaces do not separate
    /// words: they group digits ("7 687 км²") and are read as one number.
    public static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: { $0.isWhitespace && $0 != "\u{00A0}" && $0 != "\u{202F}" }).count
    }
}
