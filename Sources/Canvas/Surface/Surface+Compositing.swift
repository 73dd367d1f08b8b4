import CCairo

extension Surface {
    /// Draws a raster surface into this one: side-by-side map pairs, insets, legends drawn separately.
    ///
    /// The image is placed by its logical size, so a scale-2 image drawn at `scale` 1 into a scale-2 surface
    /// keeps every pixel.
    /// - Parameters:
    ///   - image: The raster surface to draw; it is not changed.
    ///   - origin: Where its top-left corner goes, in user coordinates.
    ///   - scale: How much to enlarge (or, below 1, shrink) its logical size.
    ///   - opacity: Opacity to draw it with, `0...1`.
    /// - Throws: ``CanvasError/notAnImage(operation:)`` when `image` is a document;
    ///   ``CanvasError/invalidArgument(_:)`` when `image` is this surface or the scale is not positive;
    ///   ``CanvasError/cairo(operation:message:)``, including an error recorded earlier in `image`.
    public func draw(
        _ image: Surface, at origin: CanvasPoint, scale: Double = 1, opacity: Double = 1
    ) throws(CanvasError) {
        guard image.kind == .image else { throw .notAnImage(operation: "draw(_:at:)") }
        guard image !== self else { throw .invalidArgument("a surface cannot be drawn into itself") }
        guard scale.isFinite, scale > 0 else { throw .invalidArgument("image scale \(scale) is not a positive number") }
        try image.checkStatus("draw(_:at:) source")
        cairo_surface_flush(image.surface)
        cairo_save(context)
        cairo_translate(context, origin.x, origin.y)
        cairo_scale(context, scale, scale)
        cairo_set_source_surface(context, image.surface, 0, 0)
        cairo_paint_with_alpha(context, opacity.isNaN ? 0 : min(max(opacity, 0), 1))
        cairo_restore(context)
        try checkStatus("draw(_:at:)")
    }
}
