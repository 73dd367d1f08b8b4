import CCairo

extension Surface {
    /// A raster surface that draws straight into some device rows of this one: the same pixels, not a copy.
    ///
    /// Its user space starts at the first of those rows, with this surface's scale. Views of rows that do not
    /// overlap may be painted on different threads at the same time (each is its own surface); leave this surface
    /// alone meanwhile, and call ``viewsWereDrawn()`` once they are done, before drawing on it or reading it.
    /// - Parameter rows: Device rows of this surface, not empty.
    /// - Throws: ``CanvasError/notAnImage(operation:)`` for a document; ``CanvasError/invalidArgument(_:)`` for rows
    ///   outside the surface; ``CanvasError/cairo(operation:message:)``.
    public func view(ofRows rows: Range<Int>) throws(CanvasError) -> Surface {
        guard kind == .image else { throw .notAnImage(operation: "view(ofRows:)") }
        guard !rows.isEmpty, rows.lowerBound >= 0, rows.upperBound <= height else {
            throw .invalidArgument("rows \(rows) are not inside a surface of \(height) rows")
        }
        try checkStatus("view(ofRows:)")
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let pixels = cairo_image_surface_get_data(surface) else {
            throw .cairo(operation: "cairo_image_surface_get_data", message: "the surface has no pixels")
        }
        guard
            let created = cairo_image_surface_create_for_data(
                pixels + rows.lowerBound * stride, CAIRO_FORMAT_ARGB32, Int32(width), Int32(rows.count),
                Int32(stride))
        else {
            throw .cairo(operation: "cairo_image_surface_create_for_data", message: CAIRO_STATUS_NO_MEMORY.message)
        }
        cairo_surface_set_device_scale(created, scale, scale)
        return try Surface(
            adopting: created, kind: .image, width: width, height: rows.count, scale: scale,
            logicalWidth: Double(width) / scale, logicalHeight: Double(rows.count) / scale, document: nil,
            pixelOwner: self)
    }

    /// Tells Cairo that this surface's pixels changed through its views (``view(ofRows:)``), which must be done.
    public func viewsWereDrawn() {
        cairo_surface_mark_dirty(surface)
    }
}
