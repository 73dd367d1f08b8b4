/// What of the map's data a panel would hide: the pixel area of the zones' fills under a box, and the place
/// markers under it, each counted as a small area. The landscape layout weighs the events panel's corner at the
/// bottom against the one at the top with it, so that the panel lies over sea or land nobody holds rather than over
/// a zone (an island's southern coast, say, where a piece of a zone would vanish under the list).
struct CoveredInk {
    private struct Shape {
        var rings: [[PixelPoint]]
        var bounds: PixelRect
        /// The whole shape's area, holes taken out.
        var area: Double
    }

    private let shapes: [Shape]
    private let markers: [PixelRect]
    /// The area a hidden marker counts for: a 24 px square at symbol scale 1.
    private let markerArea: Double

    /// - Parameters:
    ///   - zoneFills: the polygons drawn by the layers of zones (control zones and overlays), in pixels.
    ///   - markers: the boxes of the place markers drawn.
    ///   - symbolScale: the map's symbol scale.
    init(zoneFills: [[[PixelPoint]]], markers: [PixelRect], symbolScale: Double) {
        shapes = zoneFills.compactMap { rings in
            guard let outer = rings.first, !outer.isEmpty else { return nil }
            let area = PixelPoint.area(ofPolygon: rings, measuring: PixelPoint.area(ofRing:))
            return Shape(rings: rings, bounds: PixelRect(enclosing: outer), area: area)
        }
        self.markers = markers
        markerArea = 24 * 24 * symbolScale * symbolScale
    }

    /// The area of zones under `box` (square pixels, a hole taken out), plus the markers' weight.
    func hidden(by box: PixelRect) -> Double {
        let area = shapes.filter { $0.bounds.intersects(box) }.reduce(0.0) {
            $0 + Self.area(of: $1.rings, clippedTo: box)
        }
        return area + Double(markers.filter { $0.intersects(box) }.count) * markerArea
    }

    /// How many zone pieces lie mostly (more than half their area) under `box`: a panel that hides little ink may
    /// still hide a whole small piece, such as a base on a peninsula, and the legend would list what cannot be seen.
    func piecesMostlyHidden(by box: PixelRect) -> Int {
        shapes.filter { shape in
            guard shape.bounds.intersects(box) else { return false }
            return shape.area > 0 && Self.area(of: shape.rings, clippedTo: box) > shape.area / 2
        }.count
    }

    /// The area of a polygon (outer ring less holes) inside a box.
    private static func area(of rings: [[PixelPoint]], clippedTo box: PixelRect) -> Double {
        PixelPoint.area(ofPolygon: rings) { area(of: $0, clippedTo: box) }
    }

    /// The area of a ring's part inside a box: the ring clipped to each side of the box in turn (Sutherland and
    /// Hodgman's algorithm, exact for an axis-aligned box whatever the ring's shape), then the shoelace formula.
    static func area(of ring: [PixelPoint], clippedTo box: PixelRect) -> Double {
        let points = clipped(ring, to: box)
        return points.count >= 3 ? PixelPoint.area(ofRing: points) : 0
    }

    /// How far right the zones and markers under `box` reach: the largest x of their parts inside it; nil when
    /// nothing is there. A map moves left by this much, less the box's left edge, to bring them out from under it.
    func rightmostInk(under box: PixelRect) -> Double? {
        var rightmost: Double?
        for shape in shapes where shape.bounds.intersects(box) {
            // Only the outer ring: a hole cannot reach further than the ring around it.
            guard let outer = shape.rings.first else { continue }
            if let x = Self.clipped(outer, to: box).map(\.x).max() { rightmost = max(rightmost ?? x, x) }
        }
        for marker in markers where marker.intersects(box) {
            rightmost = max(rightmost ?? marker.maxX, min(marker.maxX, box.maxX))
        }
        return rightmost
    }

    /// A ring clipped to each side of a box in turn.
    static func clipped(_ ring: [PixelPoint], to box: PixelRect) -> [PixelPoint] {
        var points = ring
        if let first = points.first, let last = points.last, first == last { points.removeLast() }
        let edges: [(inside: (PixelPoint) -> Bool, cut: (PixelPoint, PixelPoint) -> PixelPoint)] = [
            ({ $0.x >= box.minX }, { a, b in Self.crossing(a, b, x: box.minX) }),
            ({ $0.x <= box.maxX }, { a, b in Self.crossing(a, b, x: box.maxX) }),
            ({ $0.y >= box.minY }, { a, b in Self.crossing(a, b, y: box.minY) }),
            ({ $0.y <= box.maxY }, { a, b in Self.crossing(a, b, y: box.maxY) }),
        ]
        for edge in edges {
            guard let last = points.last else { return [] }
            var clipped: [PixelPoint] = []
            var previous = last
            for point in points {
                switch (edge.inside(previous), edge.inside(point)) {
                case (true, true): clipped.append(point)
                case (true, false): clipped.append(edge.cut(previous, point))
                case (false, true): clipped += [edge.cut(previous, point), point]
                case (false, false): break
                }
                previous = point
            }
            points = clipped
        }
        return points
    }

    private static func crossing(_ a: PixelPoint, _ b: PixelPoint, x: Double) -> PixelPoint {
        let t = (x - a.x) / (b.x - a.x)
        return PixelPoint(x: x, y: a.y + t * (b.y - a.y))
    }

    private static func crossing(_ a: PixelPoint, _ b: PixelPoint, y: Double) -> PixelPoint {
        let t = (y - a.y) / (b.y - a.y)
        return PixelPoint(x: a.x + t * (b.x - a.x), y: y)
    }
}
