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
