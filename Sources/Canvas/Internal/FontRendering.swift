import CCairo

/// The one set of font options every surface and measurement uses.
///
/// Hinting snaps outlines and advances to the device pixel grid, so a label measured at scale 1 would have
/// another width at scale 2 and the layouts would differ. With hinting and metric hinting off, text scales
/// exactly with the transform; grey antialiasing avoids colour fringes that depend on the screen's subpixel order.
enum FontRendering {
    /// Runs `body` with freshly made options; Cairo copies options wherever they are set, so they are freed after.
    static func withOptions<Result>(_ body: (OpaquePointer) throws(CanvasError) -> Result) throws(CanvasError) -> Result
    {
        guard let options = cairo_font_options_create() else {
            throw .cairo(operation: "cairo_font_options_create", message: CAIRO_STATUS_NO_MEMORY.message)
        }
        defer { cairo_font_options_destroy(options) }
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        try check(cairo_font_options_status(options), "cairo_font_options_create")
        return try body(options)
    }
}
