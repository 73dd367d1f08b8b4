import Style
import Topology

/// A thin line from a label standing beside its area to a point inside it, where the area is too narrow or too
/// crowded for the label: a reader sees which area the words name.
struct Leader {
    /// On the label's box, the point nearest the area.
    var start: PixelPoint
    /// Inside the area (its pole of inaccessibility), marked with a dot.
    var end: PixelPoint

    /// The line, over a casing in the halo's colour, and the dot at its end.
    func items(for request: LabelRequest, scale: Double) -> [SceneItem] {
        let casing = request.halo.map { Casing(color: $0, width: 3 * scale) }
        return [
            .stroke(
                .init(
                    paths: [[start, end]], color: request.color, width: 1 * scale, casing: casing,
                    layer: .style(request.layerID))),
            .circle(
                .init(
                    center: end, radius: 2.2 * scale, fill: request.color, stroke: request.halo,
                    strokeWidth: request.halo == nil ? 0 : 1 * scale, layer: .style(request.layerID))),
        ]
    }

    /// Small boxes along the line and round the dot: what the leader takes from later labels, and what must be
    /// free for it.
    func boxes(scale: Double) -> [PixelRect] {
        let half = 2 * scale
        let dx = start.x - end.x, dy = start.y - end.y
        let length = (dx * dx + dy * dy).squareRoot()
        let steps = max(1, Int((length / (3 * scale)).rounded(.up)))
        let dot = PixelRect(x: end.x - 3.5 * scale, y: end.y - 3.5 * scale, width: 7 * scale, height: 7 * scale)
        return [dot]
            + (1...steps).map { step in
                let fraction = Double(step) / Double(steps)
                return PixelRect(
                    x: end.x + dx * fraction - half, y: end.y + dy * fraction - half, width: 2 * half,
                    height: 2 * half)
            }
    }
}

extension LabelPlacement {
    /// Whether a corner or the centre of the box lies over the area: a label beside an area leaves it in sight.
    func overlaps(_ box: PixelRect, _ shape: PreparedTopologyGeometry) throws(TopologyError) -> Bool {
        let points = [
            (box.minX, box.minY), (box.maxX, box.minY), (box.minX, box.maxY), (box.maxX, box.maxY),
            (box.center.x, box.center.y),
        ]
        for (x, y) in points where try shape.covers(frame.viewport.position(atPixelX: x, y: y)) { return true }
        return false
    }

    /// A spot beside the area for a label that found no room inside it: boxes at growing distances from `point` in
    /// eight directions, the first whose box and leader meet nothing taken.
    /// - Throws: `TopologyError` if GEOS fails to tell whether the box lies over the area.
    func leaderSpot(
        _ layout: LabelLayout, pointingAt point: PixelPoint, in collisions: CollisionIndex,
        beside shape: PreparedTopologyGeometry
    ) throws(TopologyError) -> Spot? {
        let box = layout.box, scale = frame.symbolScale
        for distance in [14.0, 26, 42, 64, 92, 130].map({ $0 * scale }) {
            for center in LabelLayout.around(point, box: box, at: distance) {
                let placed = box.offsetBy(dx: center.x, dy: center.y)
                guard collisions.isFree(placed), try !overlaps(placed, shape) else { continue }
                // The line ends a little short of the box, on its side nearest the point.
                let nearest = PixelPoint(
                    x: min(max(point.x, placed.minX), placed.maxX), y: min(max(point.y, placed.minY), placed.maxY))
                let dx = point.x - nearest.x, dy = point.y - nearest.y
                let length = (dx * dx + dy * dy).squareRoot()
                guard length > 4 * scale else { continue }
                let start = PixelPoint(
                    x: nearest.x + dx / length * 2 * scale, y: nearest.y + dy / length * 2 * scale)
                let leader = Leader(start: start, end: point)
                guard leader.boxes(scale: scale).allSatisfy({ collisions.isFree($0) }) else { continue }
                return Spot(layout: layout, center: center, leader: leader)
            }
        }
        return nil
    }
}
