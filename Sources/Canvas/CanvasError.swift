/// Why a drawing, font or image operation failed.
///
/// Cairo keeps the first error of a surface or context and ignores later drawing, so an error reported by one
/// operation may have been caused by an earlier call that does not throw (a path or state change): the
/// `operation` names where it was noticed, the message what Cairo said.
public enum CanvasError: Error, Sendable, Hashable, CustomStringConvertible {
    /// An argument is out of range; the message names it and the accepted range.
    case invalidArgument(String)
    /// A colour string is not `#rgb`, `#rrggbb` or `#rrggbbaa`.
    case invalidColor(String)
    /// Cairo reported an error status.
    case cairo(operation: String, message: String)
    /// No file exists at the font path.
    case fontNotFound(String)
    /// The font file exists but FreeType or Cairo cannot use it.
    case fontUnreadable(path: String, reason: String)
    /// The PNG encoder (CPNGWriter) could not encode the image.
    case pngEncoding(String)
    /// The bytes are not a PNG that Cairo can read.
    case pngDecoding(String)
    /// A file could not be read.
    case fileUnreadable(path: String, reason: String)
    /// The operation needs a raster (image) surface, and this is a PDF or SVG document.
    case notAnImage(operation: String)
    /// The operation needs a PDF or SVG document, and this is a raster surface.
    case notADocument(operation: String)
    /// Two images that should have the same size do not.
    case sizeMismatch(expectedWidth: Int, expectedHeight: Int, actualWidth: Int, actualHeight: Int)
    /// A pixel position outside the image.
    case pixelOutOfBounds(x: Int, y: Int, width: Int, height: Int)

    /// The error as one line, starting with the file or operation it concerns.
    public var description: String {
        switch self {
        case .invalidArgument(let message):
            return "invalid argument: \(message)"
        case .invalidColor(let text):
            return "invalid colour \"\(text)\": expected #rgb, #rrggbb or #rrggbbaa"
        case .cairo(let operation, let message):
            return "cairo: \(operation): \(message)"
        case .fontNotFound(let path):
            return "\(path): font file not found"
        case .fontUnreadable(let path, let reason):
            return "\(path): cannot use font: \(reason)"
        case .pngEncoding(let message):
            return "cannot encode PNG: \(message)"
        case .pngDecoding(let message):
            return "cannot decode PNG: \(message)"
        case .fileUnreadable(let path, let reason):
            return "\(path): cannot read: \(reason)"
        case .notAnImage(let operation):
            return "\(operation) needs a raster image surface, not a PDF or SVG document"
        case .notADocument(let operation):
            return "\(operation) needs a PDF or SVG document, not a raster image surface"
        case .sizeMismatch(let expectedWidth, let expectedHeight, let actualWidth, let actualHeight):
            return
                "image sizes differ: expected \(expectedWidth)x\(expectedHeight) pixels, got \(actualWidth)x\(actualHeight)"
        case .pixelOutOfBounds(let x, let y, let width, let height):
            return "pixel (\(x), \(y)) is outside the \(width)x\(height) image"
        }
    }
}
