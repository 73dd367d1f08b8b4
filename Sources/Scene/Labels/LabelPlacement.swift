import Chronology
import Topology

/// Places labels in priority order over the one collision index of the map: each tries its candidate
/// positions in order and takes the first that meets nothing already placed (furniture, markers, icons, labels)
/// and lies inside the frame (and, for area labels, inside its polygon).
struct LabelPlacement {
    let frame: MapFrame
    let measurer: any TextMeasurer

    struct Result {
        var items: [SceneItem] = []
        var placed: [PlacedLabel] = []
        var unplaced: [String] = []
        var drawnLayerIDs: [String] = []
        /// Whether a placed label is a dual name.
        var placesDualName = false
    }

    /// - Parameter droppedMarkerIDs: places whose marker was left out; they get no label either.
    /// - Throws: `TopologyError` if GEOS fails to tell whether an area label lies inside its polygon.
    func place(
        _ requests: [LabelRequest], droppedMarkerIDs: Set<String>, into collisions: inout CollisionIndex
    ) throws(TopologyError) -> Result {
        var result = Result()
        for request in requests.sorted(by: { ($0.priority, $0.featureID) < ($1.priority, $1.featureID) }) {
            if case .point = request.anchor, droppedMarkerIDs.contains(request.featureID) { continue }
            let layout = LabelLayout(request: request, measurer: measurer)
            var placedBox: PixelRect?
            for center in layout.candidateCenters() {
                let candidate = layout.box.offsetBy(dx: center.x, dy: center.y)
                guard collisions.isFree(candidate) else { continue }
                if case .interior(_, let shape, _) = request.anchor, try !isInside(candidate, shape) { continue }
                placedBox = candidate
                for (line, origin) in zip(request.lines, layout.origins) {
                    result.items.append(
                        .text(
                            .init(
                                string: line, origin: PixelPoint(x: origin.x + center.x, y: origin.y + center.y),
                                fontRole: request.fontRole,
                                size: request.size, color: request.color, halo: request.halo,
                                haloWidth: request.haloWidth, box: candidate,
                                layerID: request.layerID)))
                }
                break
            }
            guard let placedBox else {
                result.unplaced.append(request.featureID)
                continue
            }
            collisions.insert(placedBox, .label(request.featureID))
            result.placed.append(
                PlacedLabel(
                    featureID: request.featureID, text: request.lines.joined(separator: "\n"), box: placedBox,
                    rank: request.rank))
            if request.isDualName { result.placesDualName = true }
            if !result.drawnLayerIDs.contains(request.layerID) { result.drawnLayerIDs.append(request.layerID) }
        }
        return result
    }

    /// Whether a label box lies inside the polygon (its corners and centre).
    /// - Throws: `TopologyError` if GEOS fails: a failure is not an answer.
    func isInside(_ box: PixelRect, _ shape: PreparedTopologyGeometry) throws(TopologyError) -> Bool {
        let points = [
            (box.minX, box.minY), (box.maxX, box.minY), (box.minX, box.maxY), (box.maxX, box.maxY),
            (box.center.x, box.center.y),
        ]
        for (x, y) in points where try !shape.covers(frame.viewport.position(atPixelX: x, y: y)) { return false }
        return true
    }
}
