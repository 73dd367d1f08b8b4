import CCairo

extension Surface {
    /// Pushes the drawing state (transform, clip, line settings) so ``restore()`` can return to it.
    public func save() {
        cairo_save(context)
    }

    /// Returns to the state of the matching ``save()``. An unmatched restore is recorded as an error and thrown
    /// by the next painting or output call.
    public func restore() {
        cairo_restore(context)
    }

    /// Runs `body` between ``save()`` and ``restore()``, restoring even when it throws.
    /// - Parameter body: The drawing to isolate.
    /// - Returns: What `body` returns.
    /// - Throws: What `body` throws.
    public func withSavedState<Result, Failure: Error>(_ body: () throws(Failure) -> Result) throws(Failure) -> Result {
        cairo_save(context)
        defer { cairo_restore(context) }
        return try body()
    }

    /// Moves the origin of later drawing.
    /// - Parameters:
    ///   - x: Horizontal offset in current units.
    ///   - y: Vertical offset in current units.
    public func translate(x: Double, y: Double) {
        cairo_translate(context, x, y)
    }

    /// Scales later drawing uniformly about the current origin.
    /// - Parameter factor: The scale factor.
    public func scale(by factor: Double) {
        cairo_scale(context, factor, factor)
    }

    /// Scales later drawing about the current origin.
    /// - Parameters:
    ///   - x: Horizontal factor.
    ///   - y: Vertical factor.
    public func scale(x: Double, y: Double) {
        cairo_scale(context, x, y)
    }

    /// Rotates later drawing about the current origin; positive angles turn clockwise on screen.
    /// - Parameter radians: The angle.
    public func rotate(radians: Double) {
        cairo_rotate(context, radians)
    }

    /// Applies a transform to later drawing, after the current one.
    /// - Parameter transform: The transform, from new user coordinates to the current ones.
    public func concatenate(_ transform: CanvasTransform) {
        var matrix = cairo_matrix_t(transform)
        cairo_transform(context, &matrix)
    }

    /// The transform from current user coordinates to logical pixels (the device scale is not part of it).
    public var currentTransform: CanvasTransform {
        get {
            var matrix = cairo_matrix_t()
            cairo_get_matrix(context, &matrix)
            return CanvasTransform(matrix)
        }
        set {
            var matrix = cairo_matrix_t(newValue)
            cairo_set_matrix(context, &matrix)
        }
    }

    /// Restricts later drawing to the inside of the current path, intersected with the current clip.
    /// - Parameters:
    ///   - evenOdd: Use the even-odd rule, so holes are holes whatever the ring winding; otherwise nonzero winding.
    ///   - preserve: Keep the path for further use; otherwise it is cleared.
    public func clip(evenOdd: Bool = true, preserve: Bool = false) {
        cairo_set_fill_rule(context, evenOdd ? CAIRO_FILL_RULE_EVEN_ODD : CAIRO_FILL_RULE_WINDING)
        if preserve { cairo_clip_preserve(context) } else { cairo_clip(context) }
    }

    /// Removes every clip: later drawing may cover the whole surface (``restore()`` also undoes clips).
    public func resetClip() {
        cairo_reset_clip(context)
    }

    /// The area drawing is currently restricted to, in user coordinates.
    public var clipBounds: CanvasRect {
        var x1 = 0.0, y1 = 0.0, x2 = 0.0, y2 = 0.0
        cairo_clip_extents(context, &x1, &y1, &x2, &y2)
        return CanvasRect(minX: x1, minY: y1, maxX: x2, maxY: y2)
    }
}

extension cairo_matrix_t {
    init(_ transform: CanvasTransform) {
        self.init(
            xx: transform.a, yx: transform.b, xy: transform.c, yy: transform.d, x0: transform.tx, y0: transform.ty)
    }
}

extension CanvasTransform {
    init(_ matrix: cairo_matrix_t) {
        self.init(a: matrix.xx, b: matrix.yx, c: matrix.xy, d: matrix.yy, tx: matrix.x0, ty: matrix.y0)
    }
}
