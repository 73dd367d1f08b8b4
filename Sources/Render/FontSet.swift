import Canvas
import Foundation
import Scene
import Style

/// The fonts of a style, loaded from their files, by role (`regular`, `bold`).
public final class FontSet: Sendable {
    private let faces: [String: FontFace]
    private let regular: FontFace

    /// Loads every font the style names. Relative paths are taken from the style file's folder.
    /// - Throws: `RenderError.font` naming the role and the file.
    public init(style: Style, styleDirectory: String? = nil) throws(RenderError) {
        var faces: [String: FontFace] = [:]
        for (role, path) in style.fonts.sorted(by: { $0.key < $1.key }) {
            let resolved = path.hasPrefix("/") || styleDirectory == nil ? path : styleDirectory! + "/" + path
            do { faces[role] = try FontFace(contentsOfFile: resolved) } catch {
                throw .font(role: role, path: resolved, error)
            }
        }
        guard let regular = faces["regular"] else { throw .noRegularFont }
        self.faces = faces
        self.regular = regular
    }

    /// The face of a role; unknown roles use the regular face (the style loader has already checked roles).
    public func face(_ role: String) -> FontFace { faces[role] ?? regular }

    /// Measures text with these fonts, without hinting, as the painter draws it.
    public var measurer: any TextMeasurer { FontSetMeasurer(fonts: self) }
}

/// Measures text with the real fonts, without hinting, as the painter will draw it.
struct FontSetMeasurer: TextMeasurer {
    let fonts: FontSet

    func measure(_ text: String, fontRole: String, size: Double) -> TextMetrics {
        guard let extents = try? fonts.face(fontRole).textExtents(text, size: size) else {
            return TextMetrics(
                inkBox: PixelRect(x: 0, y: -size, width: size * Double(text.count) * 0.6, height: size * 1.2),
                advance: size * Double(text.count) * 0.6)
        }
        let ink = extents.inkBounds
        return TextMetrics(
            inkBox: PixelRect(x: ink.x, y: ink.y, width: ink.width, height: ink.height), advance: extents.advanceWidth)
    }
}
