import CCairo

extension Surface {
    /// Measures a run of text as this surface would draw it, in current user units.
    ///
    /// Without hinting the result equals ``FontFace/textExtents(_:size:)`` and does not depend on the surface's
    /// scale: labels placed at scale 1 fit at scale 2.
    /// - Parameters:
    ///   - text: One line of text.
    ///   - font: The font.
    ///   - size: The font size (em height) in user units.
    /// - Returns: The ink box and advance relative to the drawing point.
    /// - Throws: ``CanvasError/invalidArgument(_:)`` for a size that is not positive; ``CanvasError/cairo(operation:message:)``.
    public func textExtents(_ text: String, font: FontFace, size: Double) throws(CanvasError) -> TextExtents {
        try Surface.checkFontSize(size)
        cairo_save(context)
        defer { cairo_restore(context) }
        cairo_set_font_face(context, font.cairoFace)
        cairo_set_font_size(context, size)
        var extents = cairo_text_extents_t()
        cairo_text_extents(context, text, &extents)
        try checkStatus("textExtents")
        return TextExtents(extents)
    }

    /// The vertical metrics of a font at a size, in current user units.
    /// - Parameters:
    ///   - font: The font.
    ///   - size: The font size in user units.
    /// - Throws: ``CanvasError/invalidArgument(_:)`` for a size that is not positive; ``CanvasError/cairo(operation:message:)``.
    public func fontMetrics(font: FontFace, size: Double) throws(CanvasError) -> FontMetrics {
        try Surface.checkFontSize(size)
        cairo_save(context)
        defer { cairo_restore(context) }
        cairo_set_font_face(context, font.cairoFace)
        cairo_set_font_size(context, size)
        var extents = cairo_font_extents_t()
        cairo_font_extents(context, &extents)
        try checkStatus("fontMetrics")
        return FontMetrics(extents)
    }

    /// Draws one line of text with its baseline starting at `origin`, optionally over a halo.
    ///
    /// The halo is the text's outline stroked with round joins in the halo colour, under the text: it keeps
    /// labels readable over borders and hatching. In PDF and SVG output the halo is a path but the text itself is
    /// drawn as text (glyphs of an embedded font).
    ///
    /// Glyphs are placed by their advances, without kerning or shaping: enough for Latin, Cyrillic and other alphabetic
    /// names, not for scripts that need shaping.
    /// - Parameters:
    ///   - text: One line of text.
    ///   - origin: The left end of the baseline.
    ///   - font: The font.
    ///   - size: The font size in user units.
    ///   - color: The text colour.
    ///   - halo: The halo colour, or nil for none.
    ///   - haloWidth: How far the halo reaches beyond the glyph outlines; 0 for none.
    /// - Throws: ``CanvasError/invalidArgument(_:)`` for a size that is not positive or a negative halo width;
    ///   ``CanvasError/cairo(operation:message:)``.
    public func drawText(
        _ text: String, at origin: CanvasPoint, font: FontFace, size: Double, color: Color,
        halo: Color? = nil, haloWidth: Double = 0
    ) throws(CanvasError) {
        try Surface.checkFontSize(size)
        guard haloWidth.isFinite, haloWidth >= 0 else {
            throw .invalidArgument("halo width \(haloWidth) is not a non-negative number")
        }
        cairo_save(context)
        cairo_set_font_face(context, font.cairoFace)
        cairo_set_font_size(context, size)
        if let halo, haloWidth > 0 {
            cairo_new_path(context)
            cairo_move_to(context, origin.x, origin.y)
            cairo_text_path(context, text)
            setSource(halo)
            // The stroke is centred on the outline, so twice the reach.
            cairo_set_line_width(context, haloWidth * 2)
            cairo_set_line_join(context, CAIRO_LINE_JOIN_ROUND)
            cairo_set_line_cap(context, CAIRO_LINE_CAP_ROUND)
            cairo_set_dash(context, nil, 0, 0)
            // The halo's outer edge is the softest line on a map: Cairo's fast rasterizer (4x4 samples a pixel)
            // takes two fifths off drawing labels (about 5% of a tile job's processor time) and 3% off the tiles'
            // bytes, and the difference does not show at 1x or 2x (bench/README.md). The glyphs keep full
            // antialiasing.
            cairo_set_antialias(context, CAIRO_ANTIALIAS_FAST)
            cairo_stroke(context)
            cairo_set_antialias(context, CAIRO_ANTIALIAS_DEFAULT)
        }
        cairo_new_path(context)
        cairo_move_to(context, origin.x, origin.y)
        setSource(color)
        cairo_show_text(context, text)
        // show_text leaves the current point after the text; a later line_to must not connect to it.
        cairo_new_path(context)
        cairo_restore(context)
        try checkStatus("drawText")
    }

    static func checkFontSize(_ size: Double) throws(CanvasError) {
        guard size.isFinite, size > 0 else { throw .invalidArgument("font size \(size) is not a positive number") }
    }
}
