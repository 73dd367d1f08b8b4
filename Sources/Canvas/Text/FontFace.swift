import CCairo
import CFreeType
import Foundation

/// A font loaded from a file through FreeType, ready for Cairo to draw and measure with.
///
/// Maps use fonts from fixed files rather than the system's font matching, so the same text has the same
/// shapes and widths on every machine that has the file.
///
/// ```swift
/// let regular = try FontFace(contentsOfFile: FontFace.dejaVuSansPath)
/// let width = try regular.textExtents("Rivermouth", size: 13).advanceWidth
/// ```
///
/// Text is measured and drawn without hinting (see ``Surface``), so measurements made here equal those a
/// surface makes at any scale.
///
/// A face is immutable after loading and Cairo locks the FreeType face whenever it uses it, so one face may be
/// shared by surfaces drawn on several threads at once (hence `@unchecked Sendable`: the C handle is not
/// `Sendable` to the compiler, but the library does the locking).
public final class FontFace: @unchecked Sendable {
    /// DejaVu Sans, from Debian's `fonts-dejavu-core`: covers Latin (with its extended letters), Cyrillic, Greek and
    /// Armenian scripts.
    public static let dejaVuSansPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    /// DejaVu Sans Bold, from the same package.
    public static let dejaVuSansBoldPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

    /// The file the face was loaded from.
    public let path: String
    /// The family name the font declares, such as `DejaVu Sans`.
    public let familyName: String
    /// The style name the font declares, such as `Bold`.
    public let styleName: String

    /// The Cairo face; it holds the FreeType face and library, freed when Cairo drops its last reference.
    let cairoFace: OpaquePointer

    /// Loads a font file.
    /// - Parameters:
    ///   - path: A TrueType, OpenType or other file FreeType reads.
    ///   - faceIndex: Which face of a collection (`.ttc`) file; 0 for single-face files.
    /// - Throws: ``CanvasError/fontNotFound(_:)`` when no file is at `path`; ``CanvasError/fontUnreadable(path:reason:)``
    ///   when FreeType or Cairo cannot use it.
    public init(contentsOfFile path: String, faceIndex: Int = 0) throws(CanvasError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw .fontNotFound(path) }
        if isFolder.boolValue { throw .fontUnreadable(path: path, reason: "is a folder") }
        guard faceIndex >= 0 else { throw .invalidArgument("face index \(faceIndex) is negative") }
        // FreeType says only "cannot open resource": ask the system why.
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw .fontUnreadable(path: path, reason: String(cString: strerror(errno)).lowercased())
        }
        close(descriptor)

        var library: FT_Library?
        let initError = FT_Init_FreeType(&library)
        guard initError == 0, let library else {
            throw .fontUnreadable(path: path, reason: "cannot start FreeType: \(FontFace.describe(initError))")
        }
        var loadedFace: FT_Face?
        let loadError = FT_New_Face(library, path, FT_Long(faceIndex), &loadedFace)
        guard loadError == 0, let face = loadedFace else {
            FT_Done_FreeType(library)
            throw .fontUnreadable(path: path, reason: FontFace.describe(loadError))
        }
        // FreeType selects a Unicode character map when the font has one; without it UTF-8 text cannot be drawn.
        guard face.pointee.charmap != nil else {
            FT_Done_Face(face)
            FT_Done_FreeType(library)
            throw .fontUnreadable(path: path, reason: "the font has no Unicode character map")
        }
        let family = face.pointee.family_name.map { String(cString: $0) } ?? ""
        let style = face.pointee.style_name.map { String(cString: $0) } ?? ""

        guard let created = cairo_ft_font_face_create_for_ft_face(face, Int32(FT_LOAD_NO_HINTING)) else {
            FT_Done_Face(face)
            FT_Done_FreeType(library)
            throw .fontUnreadable(path: path, reason: CAIRO_STATUS_NO_MEMORY.message)
        }
        let createStatus = cairo_font_face_status(created)
        guard createStatus == CAIRO_STATUS_SUCCESS else {
            cairo_font_face_destroy(created)
            FT_Done_Face(face)
            FT_Done_FreeType(library)
            throw .fontUnreadable(path: path, reason: createStatus.message)
        }
        // Cairo may keep the face (and so the FreeType face) alive in its caches after this object is gone, so
        // the FreeType handles are released by Cairo's destroy callback, not by our deinit: cairo-ft's manual
        // prescribes exactly this.
        let handles = Unmanaged.passRetained(FreeTypeHandles(library: library, face: face)).toOpaque()
        let attachStatus = cairo_font_face_set_user_data(created, freeTypeHandlesKey, handles) { pointer in
            guard let pointer else { return }
            Unmanaged<FreeTypeHandles>.fromOpaque(pointer).release()
        }
        guard attachStatus == CAIRO_STATUS_SUCCESS else {
            cairo_font_face_destroy(created)
            Unmanaged<FreeTypeHandles>.fromOpaque(handles).release()
            throw .fontUnreadable(path: path, reason: attachStatus.message)
        }
        self.path = path
        self.familyName = family
        self.styleName = style
        self.cairoFace = created
    }

    deinit {
        cairo_font_face_destroy(cairoFace)
    }

    /// Measures a run of text at a size, with the same unhinted layout every ``Surface`` uses.
    /// - Parameters:
    ///   - text: The text, one line.
    ///   - size: The font size (em height) in logical pixels.
    /// - Returns: The ink box and advance in logical pixels.
    /// - Throws: ``CanvasError/invalidArgument(_:)`` for a size that is not positive; ``CanvasError/cairo(operation:message:)``.
    public func textExtents(_ text: String, size: Double) throws(CanvasError) -> TextExtents {
        try withScaledFont(size: size) { (font) throws(CanvasError) -> TextExtents in
            var extents = cairo_text_extents_t()
            cairo_scaled_font_text_extents(font, text, &extents)
            try check(cairo_scaled_font_status(font), "cairo_scaled_font_text_extents")
            return TextExtents(extents)
        }
    }

    /// The font's vertical metrics at a size.
    /// - Parameter size: The font size in logical pixels.
    /// - Throws: ``CanvasError/invalidArgument(_:)`` for a size that is not positive; ``CanvasError/cairo(operation:message:)``.
    public func metrics(size: Double) throws(CanvasError) -> FontMetrics {
        try withScaledFont(size: size) { (font) throws(CanvasError) -> FontMetrics in
            var extents = cairo_font_extents_t()
            cairo_scaled_font_extents(font, &extents)
            try check(cairo_scaled_font_status(font), "cairo_scaled_font_extents")
            return FontMetrics(extents)
        }
    }

    /// The characters of `text` the font has no glyph for, each once, in order of appearance: drawn, they would
    /// show as empty boxes.
    /// - Parameter text: The text to check.
    /// - Throws: ``CanvasError/cairo(operation:message:)``.
    public func missingCharacters(in text: String) throws(CanvasError) -> [Unicode.Scalar] {
        try withScaledFont(size: 12) { (font) throws(CanvasError) -> [Unicode.Scalar] in
            // Locking through Cairo serialises this with any drawing that uses the same face on another thread.
            guard let face = cairo_ft_scaled_font_lock_face(font) else {
                throw .cairo(
                    operation: "cairo_ft_scaled_font_lock_face", message: cairo_scaled_font_status(font).message)
            }
            defer { cairo_ft_scaled_font_unlock_face(font) }
            var missing: [Unicode.Scalar] = []
            var seen = Set<Unicode.Scalar>()
            for scalar in text.unicodeScalars where !seen.contains(scalar) {
                seen.insert(scalar)
                // Controls (line breaks, tabs) are never drawn as glyphs, so their absence is not a problem.
                if scalar.properties.generalCategory == .control { continue }
                if FT_Get_Char_Index(face, FT_ULong(scalar.value)) == 0 { missing.append(scalar) }
            }
            return missing
        }
    }

    private func withScaledFont<Result>(
        size: Double,
        _ body: (OpaquePointer) throws(CanvasError) -> Result
    ) throws(CanvasError) -> Result {
        guard size.isFinite, size > 0 else { throw .invalidArgument("font size \(size) is not a positive number") }
        return try FontRendering.withOptions { (options) throws(CanvasError) -> Result in
            var fontMatrix = cairo_matrix_t()
            var identity = cairo_matrix_t()
            cairo_matrix_init_scale(&fontMatrix, size, size)
            cairo_matrix_init_identity(&identity)
            guard let font = cairo_scaled_font_create(cairoFace, &fontMatrix, &identity, options) else {
                throw .cairo(operation: "cairo_scaled_font_create", message: CAIRO_STATUS_NO_MEMORY.message)
            }
            defer { cairo_scaled_font_destroy(font) }
            try check(cairo_scaled_font_status(font), "cairo_scaled_font_create")
            return try body(font)
        }
    }

    /// FreeType's error codes as words: Debian's FreeType is built without `FT_Error_String`'s table.
    private static func describe(_ error: FT_Error) -> String {
        switch error {
        case 0x01: return "cannot open the file"
        case 0x02: return "not a font file FreeType knows"
        case 0x03: return "the file is broken"
        case 0x06: return "invalid argument (no such face in the file?)"
        case 0x07: return "unimplemented feature"
        case 0x08: return "broken table"
        case 0x09: return "broken offset within a table"
        case 0x40: return "out of memory"
        default: return "FreeType error \(error)"
        }
    }
}

/// The FreeType library and face behind one Cairo face, released together when Cairo lets go of the face.
/// FreeType faces are not thread-safe across one library, so each face has its own library.
private final class FreeTypeHandles {
    let library: FT_Library
    let face: FT_Face

    init(library: FT_Library, face: FT_Face) {
        self.library = library
        self.face = face
    }

    deinit {
        FT_Done_Face(face)
        FT_Done_FreeType(library)
    }
}

/// Cairo identifies user data by the address of a key; this one is allocated once and never freed.
nonisolated(unsafe) private let freeTypeHandlesKey: UnsafeMutablePointer<cairo_user_data_key_t> = {
    let key = UnsafeMutablePointer<cairo_user_data_key_t>.allocate(capacity: 1)
    key.initialize(to: cairo_user_data_key_t())
    return key
}()

extension TextExtents {
    init(_ extents: cairo_text_extents_t) {
        self.init(
            inkBounds: CanvasRect(
                x: extents.x_bearing, y: extents.y_bearing,
                width: extents.width, height: extents.height),
            advance: CanvasPoint(x: extents.x_advance, y: extents.y_advance))
    }
}

extension FontMetrics {
    init(_ extents: cairo_font_extents_t) {
        self.init(
            ascent: extents.ascent, descent: extents.descent, lineHeight: extents.height,
            maximumAdvance: extents.max_x_advance)
    }
}
