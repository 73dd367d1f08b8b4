import CCairo

extension Surface {
    /// Clears the current path (filling, stroking and clipping also clear it unless asked to preserve it).
    public func beginPath() {
        cairo_new_path(context)
    }

    /// Starts a new subpath at a point.
    /// - Parameter point: The start, in user coordinates.
    public func move(to point: CanvasPoint) {
        cairo_move_to(context, point.x, point.y)
    }

    /// Adds a straight segment from the current point (or starts a subpath if there is none).
    /// - Parameter point: The end of the segment.
    public func line(to point: CanvasPoint) {
        cairo_line_to(context, point.x, point.y)
    }

    /// Adds a cubic Bézier segment from the current point.
    /// - Parameters:
    ///   - point: The end of the segment.
    ///   - control1: The first control point.
    ///   - control2: The second control point.
    public func curve(to point: CanvasPoint, control1: CanvasPoint, control2: CanvasPoint) {
        cairo_curve_to(context, control1.x, control1.y, control2.x, control2.y, point.x, point.y)
    }

    /// Closes the current subpath with a segment back to its start, so strokes join there.
    public func closePath() {
        cairo_close_path(context)
    }

    /// Adds a closed rectangle subpath.
    /// - Parameter rect: The rectangle.
    public func addRect(_ rect: CanvasRect) {
        cairo_rectangle(context, rect.x, rect.y, rect.width, rect.height)
    }

    /// Adds a circular arc, clockwise on screen from `startAngle` to `endAngle`, as a new subpath.
    /// - Parameters:
    ///   - center: The circle's centre.
    ///   - radius: The circle's radius.
    ///   - startAngle: Start, in radians from the positive x axis.
    ///   - endAngle: End, in radians.
    public func addArc(center: CanvasPoint, radius: Double, startAngle: Double, endAngle: Double) {
        // A new subpath, so the arc is not joined to whatever the path held before (Cairo's default).
        cairo_new_sub_path(context)
        cairo_arc(context, center.x, center.y, radius, startAngle, endAngle)
    }

    /// Adds a closed circle subpath: place markers.
    /// - Parameters:
    ///   - center: The centre.
    ///   - radius: The radius.
    public func addCircle(center: CanvasPoint, radius: Double) {
        addArc(center: center, radius: radius, startAngle: 0, endAngle: 2 * Double.pi)
        cairo_close_path(context)
    }

    /// Adds an open polyline as a new subpath (one point or none adds nothing).
    /// - Parameter points: The vertices in order.
    public func addPolyline(_ points: [CanvasPoint]) {
        guard points.count >= 2 else { return }
        cairo_move_to(context, points[0].x, points[0].y)
        for point in points.dropFirst() { cairo_line_to(context, point.x, point.y) }
    }

    /// Adds a polygon: each ring (exterior and holes) becomes one closed subpath. With the even-odd rule of
    /// ``fill(_:evenOdd:preserve:)``, holes are cut out whatever their winding. A repeated closing point is
    /// harmless; rings of fewer than three points add nothing.
    /// - Parameter rings: The rings, exterior first.
    public func addPolygon(rings: [[CanvasPoint]]) {
        for ring in rings where ring.count >= 3 {
            cairo_move_to(context, ring[0].x, ring[0].y)
            for point in ring.dropFirst() { cairo_line_to(context, point.x, point.y) }
            cairo_close_path(context)
        }
    }

    /// The bounding box of the current path in user coordinates (zero for an empty path).
    public var pathBounds: CanvasRect {
        var x1 = 0.0, y1 = 0.0, x2 = 0.0, y2 = 0.0
        cairo_path_extents(context, &x1, &y1, &x2, &y2)
        return CanvasRect(minX: x1, minY: y1, maxX: x2, maxY: y2)
    }
}
