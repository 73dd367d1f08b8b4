import CCairo
import Foundation

extension Surface {
    /// Fills the current path with parallel lines (a hatch), optionally over a background colour: areas whose
    /// status is contested.
    ///
    /// The lines are laid out in user coordinates, not per shape, so neighbouring hatched areas continue each
    /// other's pattern. They are fitted to whole-pixel periods (at 45° a spacing of 7 becomes 7.07): a raster
    /// surface paints them from one tile repeated from the user-space origin, so a hatched pixel is the same
    /// whichever window of a map (a tile, a metatile, a band) it is painted in, and the lines repeat byte for
    /// byte. Documents get the same lines as vectors.
    /// - Parameters:
    ///   - color: The line colour.
    ///   - spacing: Distance between line centres, perpendicular to the lines.
    ///   - angleDegrees: The lines' direction, counter-clockwise on screen from the x axis: 45 rises to the right.
    ///   - lineWidth: The width of each line.
    ///   - background: A colour to fill the shape with first, or nil to leave it as it is between the lines.
    ///   - evenOdd: Use the even-odd rule for the shape; otherwise nonzero winding.
    ///   - preserve: Keep the path; otherwise it is cleared.
    /// - Throws: ``CanvasError/invalidArgument(_:)`` for a spacing or width that is not positive, or, in a
    ///   document, so fine a spacing that more than 100 000 lines would be needed;
    ///   ``CanvasError/cairo(operation:message:)``.
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
        let lattice = HatchLattice(spacing: spacing, angleDegrees: angleDegrees)

        // Filling and clipping consume the path, so keep a copy to put back when asked to preserve it.
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
        do throws(CanvasError) {
            // A nearly level or upright line of wide spacing can have a period of thousands of pixels; past
            // `largestHatchTileSide` device pixels (Cairo's images stop at 32 767) the lines are stroked instead.
            let tileSide = Double(max(lattice.width, lattice.height)) * scale
            if kind == .image, tileSide <= Self.largestHatchTileSide {
                try fillWithHatchTile(lattice, color: color, lineWidth: lineWidth)
            } else {
                try strokeHatchLines(lattice, color: color, lineWidth: lineWidth)
            }
        } catch {
            cairo_restore(context)
            throw error
        }
        cairo_restore(context)
        try checkStatus("fillHatched")
    }

    /// The longest side, in device pixels, of a hatch tile; longer periods are stroked as lines. It bounds a tile's
    /// memory; `HatchLattice.longestPeriod`, the same number in logical pixels, bounds the lattice's geometry.
    static let largestHatchTileSide = 4096.0

    /// Fills the path from one period of the lines, drawn at the surface's pixel density and repeated from the
    /// user-space origin; nearest-pixel sampling, so whole-pixel offsets between windows copy it exactly.
    private func fillWithHatchTile(_ lattice: HatchLattice, color: Color, lineWidth: Double) throws(CanvasError) {
        let deviceWidth = max(1, Int((Double(lattice.width) * scale).rounded()))
        let deviceHeight = max(1, Int((Double(lattice.height) * scale).rounded()))
        guard let tile = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(deviceWidth), Int32(deviceHeight))
        else { throw .cairo(operation: "hatch tile", message: CAIRO_STATUS_NO_MEMORY.message) }
        defer { cairo_surface_destroy(tile) }
        try check(cairo_surface_status(tile), "hatch tile")
        cairo_surface_set_device_scale(tile, scale, scale)
        guard let pen = cairo_create(tile) else {
            throw .cairo(operation: "hatch tile", message: CAIRO_STATUS_NO_MEMORY.message)
        }
        defer { cairo_destroy(pen) }
        // Every line that reaches the tile, drawn right across it, with its neighbours beyond each edge: the
        // tile's edges then join seamlessly. The tile spans lines -1 to 2 (its corners); lines -2 and 3 add what a
        // line wider than the spacing puts in, and any further line only covers what nearer ones already cover
        // (one stroke paints the union of its lines once).
        let (width, height) = (Double(lattice.width), Double(lattice.height))
        let direction = lattice.direction
        let reach = 2 * (width + height) + lineWidth
        for step in -2...3 {
            let through: (x: Double, y: Double)
            switch lattice.orientation {
            case .horizontal: through = (0, Double(step) * height)
            case .vertical, .rising, .falling: through = (Double(step) * width, 0)
            }
            cairo_move_to(pen, through.x - direction.x * reach, through.y - direction.y * reach)
            cairo_line_to(pen, through.x + direction.x * reach, through.y + direction.y * reach)
        }
        cairo_set_source_rgba(pen, color.red, color.green, color.blue, color.alpha)
        cairo_set_line_width(pen, lineWidth)
        cairo_set_line_cap(pen, CAIRO_LINE_CAP_BUTT)
        cairo_stroke(pen)
        try check(cairo_status(pen), "hatch tile")
        cairo_surface_flush(tile)

        guard let pattern = cairo_pattern_create_for_surface(tile) else {
            throw .cairo(operation: "hatch pattern", message: CAIRO_STATUS_NO_MEMORY.message)
        }
        defer { cairo_pattern_destroy(pattern) }
        cairo_pattern_set_extend(pattern, CAIRO_EXTEND_REPEAT)
        cairo_pattern_set_filter(pattern, CAIRO_FILTER_NEAREST)
        cairo_set_source(context, pattern)
        cairo_fill(context)
    }

    /// Strokes the lines across the path's extents, clipped to the path (documents keep them as vectors).
    private func strokeHatchLines(_ lattice: HatchLattice, color: Color, lineWidth: Double) throws(CanvasError) {
        // The lines span the path's own extents, not the clip's: the same shape then gets the same line
        // segments on any surface it is drawn on.
        var x1 = 0.0, y1 = 0.0, x2 = 0.0, y2 = 0.0
        cairo_path_extents(context, &x1, &y1, &x2, &y2)
        cairo_clip(context)
        let spacing = lattice.spacing, direction = lattice.direction, normal = lattice.normal
        let offsets = [(x1, y1), (x2, y1), (x1, y2), (x2, y2)].map { $0.0 * normal.x + $0.1 * normal.y }
        let firstLine = ((offsets.min() ?? 0) / spacing).rounded(.down)
        let lastLine = ((offsets.max() ?? 0) / spacing).rounded(.up)
        guard lastLine - firstLine <= 100_000 else {
            throw .invalidArgument("hatch spacing \(spacing) needs more than 100000 lines for this shape")
        }
        let center = (x: (x1 + x2) / 2, y: (y1 + y2) / 2)
        let reach = ((x2 - x1) * (x2 - x1) + (y2 - y1) * (y2 - y1)).squareRoot() / 2 + lineWidth
        let centerOffset = center.x * normal.x + center.y * normal.y
        cairo_new_path(context)
        if x2 > x1, y2 > y1 {
            var line = firstLine
            while line <= lastLine {
                let shift = line * spacing - centerOffset
                let middle = (x: center.x + normal.x * shift, y: center.y + normal.y * shift)
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
    }
}
