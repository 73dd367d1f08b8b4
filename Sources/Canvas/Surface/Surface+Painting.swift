import CCairo
import Foundation

extension Surface {
    /// Covers the whole clip area with a colour, blended over what is there: backgrounds.
    /// - Parameter color: The colour.
    /// - Throws: ``CanvasError/cairo(operation:message:)``.
    public func paint(_ color: Color) throws(CanvasError) {
        setSource(color)
        cairo_paint(context)
        try checkStatus("paint")
    }

    /// Fills the inside of the current path.
    /// - Parameters:
    ///   - color: The fill colour.
    ///   - evenOdd: Use the even-odd rule, so polygon holes are holes whatever the ring winding; otherwise nonzero winding.
    ///   - preserve: Keep the path (to stroke it next, say); otherwise it is cleared.
    /// - Throws: ``CanvasError/cairo(operation:message:)``.
    public func fill(_ color: Color, evenOdd: Bool = true, preserve: Bool = false) throws(CanvasError) {
        setSource(color)
        cairo_set_fill_rule(context, evenOdd ? CAIRO_FILL_RULE_EVEN_ODD : CAIRO_FILL_RULE_WINDING)
        if preserve { cairo_fill_preserve(context) } else { cairo_fill(context) }
        try checkStatus("fill")
    }

    /// Strokes the current path.
    /// - Parameters:
    ///   - color: The line colour.
    ///   - width: The line width in user units (logical pixels unless transformed).
    ///   - dash: Alternating on and off lengths; empty for a solid line.
    ///   - dashOffset: How far into the dash pattern the line starts.
    ///   - cap: How open ends are drawn.
    ///   - join: How corners are drawn.
    ///   - preserve: Keep the path; otherwise it is cleared.
    /// - Throws: ``CanvasError/invalidArgument(_:)`` for a negative width or dash length, or a dash of only
    ///   zeros; ``CanvasError/cairo(operation:message:)``.
    public func stroke(
        _ color: Color, width: Double, dash: [Double] = [], dashOffset: Double = 0,
        cap: LineCap = .round, join: LineJoin = .round, preserve: Bool = false
    ) throws(CanvasError) {
        guard width.isFinite, width >= 0 else {
            throw .invalidArgument("line width \(width) is not a non-negative number")
        }
        if !dash.isEmpty {
            guard dash.allSatisfy({ $0.isFinite && $0 >= 0 }), dash.contains(where: { $0 > 0 }) else {
                throw .invalidArgument("dash \(dash) needs non-negative lengths, not all zero")
            }
        }
        setSource(color)
        cairo_set_line_width(context, width)
        cairo_set_line_cap(context, cap.cairoValue)
        cairo_set_line_join(context, join.cairoValue)
        dash.withUnsafeBufferPointer { lengths in
            cairo_set_dash(context, lengths.baseAddress, Int32(lengths.count), dashOffset)
        }
        if preserve { cairo_stroke_preserve(context) } else { cairo_stroke(context) }
        try checkStatus("stroke")
    }

    /// Fills the current path with parallel lines (a hatch), optionally over a background colour: areas whose
    /// status is contested.
    ///
    /// The lines are laid out in user coordinates, not per shape, so neighbouring hatched areas continue each
    /// other's pattern.
    /// - Parameters:
    ///   - color: The line colour.
    ///   - spacing: Distance between line centres, perpendicular to the lines.
    ///   - angleDegrees: The lines' direction, counter-clockwise on screen from the x axis: 45 rises to the right.
    ///   - lineWidth: The width of each line.
    ///   - background: A colour to fill the shape with first, or nil to leave it as it is between the lines.
    ///   - evenOdd: Use the even-odd rule for the shape; otherwise nonzero winding.
    ///   - preserve: Keep the path; otherwise it is cleared.
    /// - Throws: ``CanvasError/invalidArgument(_:)`` for a spacing or width that is not positive, or so fine a
    ///   spacing that more than 100 000 lines would be needed; ``CanvasError/cairo(operation:message:)``.
    public func fillHatched(
        _ color: Color, spacing: Double, angleDegrees: Double = 45, lineWidth: Double = 1,
        background: Color? = nil, evenOdd: Bool = true, preserve: Bool = false
    ) throws(CanvasError) {
        guard spacing.isFinite, spacing > 0 else {
            throw .invalidArgument("hatch spacing \(spacing) is not a positive number")
        }
        guard lineWidth.isFinite, lineWidth > 0 else {
            throw .invalidArgument("hatch line width \(lineWidth) is not a positive number")
        }
        guard angleDegrees.isFinite else { throw .invalidArgument("hatch angle \(angleDegrees) is not a number") }

        // Clipping consumes the path, so keep a copy to put back when asked to preserve it.
        var savedPath: UnsafeMutablePointer<cairo_path_t>?
        if preserve {
            savedPath = cairo_copy_path(context)
            if let status = savedPath?.pointee.status, status != CAIRO_STATUS_SUCCESS {
                cairo_path_destroy(savedPath)
                throw .cairo(operation: "fillHatched", message: status.message)
            }
        }
        defer {
            if let savedPath {
                cairo_new_path(context)
                cairo_append_path(context, savedPath)
                cairo_path_destroy(savedPath)
            }
        }

        cairo_save(context)
        cairo_set_fill_rule(context, evenOdd ? CAIRO_FILL_RULE_EVEN_ODD : CAIRO_FILL_RULE_WINDING)
        if let background {
            setSource(background)
            cairo_fill_preserve(context)
        }
        // The lines span the path's own extents, not the clip's: the same shape then gets the same line
        // segments (to the last fixed-point bit) on any surface it is drawn on, so tiles cut from different
        // windows of one map are identical where they overlap.
        var x1 = 0.0, y1 = 0.0, x2 = 0.0, y2 = 0.0
        cairo_path_extents(context, &x1, &y1, &x2, &y2)
        cairo_clip(context)

        // Lines are the sets {p : p·normal = k·spacing} for whole k, so their position depends only on the
        // coordinate system; y points down, hence the minus sign that makes positive angles rise.
        let radians = angleDegrees * Double.pi / 180
        let direction = CanvasPoint(x: cos(radians), y: -sin(radians))
        let normal = CanvasPoint(x: -direction.y, y: direction.x)
        let corners = [
            CanvasPoint(x: x1, y: y1), CanvasPoint(x: x2, y: y1), CanvasPoint(x: x1, y: y2), CanvasPoint(x: x2, y: y2),
        ]
        let offsets = corners.map { $0.x * normal.x + $0.y * normal.y }
        let firstLine = ((offsets.min() ?? 0) / spacing).rounded(.down)
        let lastLine = ((offsets.max() ?? 0) / spacing).rounded(.up)
        guard lastLine - firstLine <= 100_000 else {
            cairo_restore(context)
            throw .invalidArgument("hatch spacing \(spacing) needs more than 100000 lines for this shape")
        }
        let center = CanvasPoint(x: (x1 + x2) / 2, y: (y1 + y2) / 2)
        let reach = CanvasPoint(x: x1, y: y1).distance(to: CanvasPoint(x: x2, y: y2)) / 2 + lineWidth
        let centerOffset = center.x * normal.x + center.y * normal.y
        cairo_new_path(context)
        if x2 > x1, y2 > y1 {
            var line = firstLine
            while line <= lastLine {
                let shift = line * spacing - centerOffset
                let middle = CanvasPoint(x: center.x + normal.x * shift, y: center.y + normal.y * shift)
                cairo_move_to(context, middle.x - direction.x * reach, middle.y - direction.y * reach)
                cairo_line_to(context, middle.x + direction.x * reach, middle.y + direction.y * reach)
                line += 1
            }
        }
        setSource(color)
        cairo_set_line_width(context, lineWidth)
        cairo_set_line_cap(context, CAIRO_LINE_CAP_BUTT)
        cairo_set_dash(context, nil, 0, 0)
        cairo_stroke(context)
        cairo_restore(context)
        try checkStatus("fillHatched")
    }

    /// Draws into a temporary layer, then blends the layer over the surface at an opacity: a faded layer whose
    /// overlapping shapes do not show through each other, as they would if each were drawn translucent.
    /// - Parameters:
    ///   - opacity: The layer's opacity, `0...1`.
    ///   - body: The drawing; it may change state freely, the group restores it.
    /// - Returns: What `body` returns.
    /// - Throws: What `body` throws (the layer is then discarded). Cairo errors of the blend itself are thrown
    ///   by the next painting or output call.
    public func withGroup<Result, Failure: Error>(
        opacity: Double,
        _ body: () throws(Failure) -> Result
    ) throws(Failure) -> Result {
        cairo_push_group(context)
        var completed = false
        defer {
            if completed {
                cairo_pop_group_to_source(context)
                cairo_paint_with_alpha(context, opacity.isNaN ? 0 : min(max(opacity, 0), 1))
            } else {
                cairo_pattern_destroy(cairo_pop_group(context))
            }
        }
        let result = try body()
        completed = true
        return result
    }

    func setSource(_ color: Color) {
        cairo_set_source_rgba(context, color.red, color.green, color.blue, color.alpha)
    }
}
