/// A label's lines laid out around (0, 0) with the real ink of each line, and where its centre may go.
struct LabelLayout {
    let request: LabelRequest
    /// Each line's baseline origin.
    let origins: [PixelPoint]
    /// The ink box of all lines with the halo.
    let box: PixelRect

    /// The lines as one string, as ``PlacedLabel`` keeps them.
    var text: String { request.lines.joined(separator: "\n") }

    init(request: LabelRequest, measurer: any TextMeasurer) {
        self.request = request
        let lineHeight = request.size * 1.2
        var origins: [PixelPoint] = []
        var box: PixelRect?
        for (index, line) in request.lines.enumerated() {
            let measured = measurer.measure(line, fontRole: request.fontRole, size: request.size)
            let origin = PixelPoint(
                x: -measured.advance / 2,
                y: (Double(index) - Double(request.lines.count - 1) / 2) * lineHeight + request.size * 0.36)
            let ink = measured.inkBox.offsetBy(dx: origin.x, dy: origin.y)
            box = box.map { $0.union(ink) } ?? ink
            origins.append(origin)
        }
        let halo = request.halo == nil ? 0 : request.haloWidth
        self.origins = origins
        self.box = (box ?? PixelRect(x: 0, y: 0, width: 0, height: 0)).outset(by: halo + 0.5)
    }

    /// Where the label's centre may go, best first.
    func candidateCenters() -> [PixelPoint] {
        switch request.anchor {
        case .point(let point, let radius):
            var centers: [PixelPoint] = []
            let distances =
                request.isRequired ? [radius + 3, radius + 10, radius + 20, radius + 34] : [radius + 3, radius + 9]
            for distance in distances { centers += Self.around(point, box: box, at: distance) }
            return centers
        case .interior(let point, _, let extent):
            let step = box.height
            let nearPole = [0.0, -1, 1, -2, 2, -3, 3].flatMap { dy in
                [0.0, -1, 1].map { dx in PixelPoint(x: point.x + dx * box.width * 0.5, y: point.y + dy * step) }
            }
            return nearPole + Self.scan(extent, step: (box.width * 0.25, box.height * 0.5), nearest: point)

        case .centre(let point):
            return [
                point, PixelPoint(x: point.x, y: point.y - box.height), PixelPoint(x: point.x, y: point.y + box.height),
                PixelPoint(x: point.x - box.width / 2, y: point.y), PixelPoint(x: point.x + box.width / 2, y: point.y),
            ]
        case .line(let points):
            let gap = box.height / 2 + 4
            return points.flatMap { point in
                [
                    PixelPoint(x: point.x, y: point.y - gap), PixelPoint(x: point.x, y: point.y + gap),
                    PixelPoint(x: point.x + box.width * 0.6, y: point.y - gap),
                    PixelPoint(x: point.x - box.width * 0.6, y: point.y + gap),
                ]
            }
        }
    }

    /// Centres over a polygon's whole extent, nearest the pole first: the pole of inaccessibility of a long, bent
    /// area (a zone or a change wrapped round a valley) can sit where its label cannot fit while its wide end has
    /// room. At most about 600 centres, so a large extent at small steps stays cheap.
    static func scan(_ extent: PixelRect, step: (x: Double, y: Double), nearest point: PixelPoint) -> [PixelPoint] {
        guard step.x > 0, step.y > 0, extent.width > 0, extent.height > 0 else { return [] }
        let spread = max(1, (extent.width / step.x) * (extent.height / step.y) / 600).squareRoot()
        let (dx, dy) = (step.x * spread, step.y * spread)
        var centers: [PixelPoint] = []
        var y = extent.minY + dy / 2
        while y < extent.maxY {
            var x = extent.minX + dx / 2
            while x < extent.maxX {
                centers.append(PixelPoint(x: x, y: y))
                x += dx
            }
            y += dy
        }
        func distance(_ center: PixelPoint) -> Double {
            (center.x - point.x) * (center.x - point.x) + (center.y - point.y) * (center.y - point.y)
        }
        return centers.sorted { distance($0) < distance($1) }
    }
}

extension LabelLayout {
    /// Where a box goes to stand `distance` from a point, in the eight directions: right, left, above, below, then
    /// the diagonals (at 0.7 of the distance on each axis). Each is the offset to add to the box.
    static func around(_ point: PixelPoint, box: PixelRect, at distance: Double) -> [PixelPoint] {
        let diagonal = distance * 0.7
        let right = point.x + distance - box.minX, left = point.x - distance - box.maxX
        let middleX = point.x - box.center.x, middleY = point.y - box.center.y
        let above = point.y - distance - box.maxY, below = point.y + distance - box.minY
        return [
            PixelPoint(x: right, y: middleY), PixelPoint(x: left, y: middleY),
            PixelPoint(x: middleX, y: above), PixelPoint(x: middleX, y: below),
            PixelPoint(x: point.x + diagonal - box.minX, y: point.y - diagonal - box.maxY),
            PixelPoint(x: point.x + diagonal - box.minX, y: point.y + diagonal - box.minY),
            PixelPoint(x: point.x - diagonal - box.maxX, y: point.y - diagonal - box.maxY),
            PixelPoint(x: point.x - diagonal - box.maxX, y: point.y + diagonal - box.minY),
        ]
    }
}
