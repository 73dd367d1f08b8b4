import Chronology
import Topology

/// Places labels in priority order over the one collision index of the map: each tries its candidate
/// positions in order and takes the first that meets nothing already placed (furniture, markers, icons, labels)
/// and lies inside the frame (and, for area labels, inside its polygon).
///
/// A label that finds no room may then try its text broken into more lines, cover the markers of places that
/// give way to it (``LabelRequest/outranksRank``), and, if it must be drawn, stand beside its area on a leader
/// line. In a series of maps (an animation, a grid) each label first tries where it stood on the previous map, and
/// the others keep off those spots while they have other room: a label moves only when something on this map
/// takes its place.
struct LabelPlacement {
    let frame: MapFrame
    let measurer: any TextMeasurer
    /// The labels of the previous map of a series, by feature id; empty for a map on its own.
    var previous: [String: PlacedLabel] = [:]

    struct Result {
        var items: [SceneItem] = []
        var placed: [PlacedLabel] = []
        var unplaced: [String] = []
        var drawnLayerIDs: [String] = []
        /// Whether a placed label is a dual name.
        var placesDualName = false
        /// Places whose markers gave way to a label that outranks them: neither marker nor label is drawn.
        var displacedMarkerIDs: Set<String> = []

        /// The markers drawn once labels are placed: those that gave way to a label go.
        func drawnMarkers(of markers: [Marker]) -> [Marker] {
            markers.filter { !displacedMarkerIDs.contains($0.id) }
        }
    }

    /// Where a label goes: its lines laid out, its centre, the markers that give way to it, and its leader line.
    struct Spot {
        var layout: LabelLayout
        var center: PixelPoint
        var displaced: [String] = []
        var leader: Leader?
        /// The ink box where the label goes.
        var box: PixelRect

        init(layout: LabelLayout, center: PixelPoint, leader: Leader? = nil) {
            self.layout = layout
            self.center = center
            self.leader = leader
            box = layout.box.offsetBy(dx: center.x, dy: center.y)
        }

        /// The spot of a box kept from the previous map, that very box: recomputed from its centre it could differ
        /// in the last bits, and a label would seem to move.
        init(layout: LabelLayout, keeping box: PixelRect) {
            self.init(layout: layout, center: PixelPoint(x: box.minX - layout.box.minX, y: box.minY - layout.box.minY))
            self.box = box
        }
    }

    /// - Parameters:
    ///   - droppedMarkerIDs: places whose marker was left out; they get no label either.
    ///   - markerRanks: the rank of each marker's place, for labels that outrank minor places.
    /// - Throws: `TopologyError` if GEOS fails to tell whether an area label lies inside its polygon.
    func place(
        _ requests: [LabelRequest], droppedMarkerIDs: Set<String>, markerRanks: [String: Int] = [:],
        into collisions: inout CollisionIndex
    ) throws(TopologyError) -> Result {
        var result = Result()
        let sorted = requests.sorted { ($0.priority, $0.featureID) < ($1.priority, $1.featureID) }
        var reserved = CollisionIndex(bounds: frame.bounds)
        for request in sorted {
            if let old = previous[request.featureID] { reserved.insert(old.box, .label(request.featureID)) }
        }
        let present = Set(requests.map(\.featureID))
        var orphans = previous.values.filter { !present.contains($0.featureID) }.sorted { $0.featureID < $1.featureID }
        var settled = Set<String>()
        for request in sorted {
            settled.insert(request.featureID)
            if case .point = request.anchor,
                droppedMarkerIDs.contains(request.featureID) || result.displacedMarkerIDs.contains(request.featureID)
            {
                continue
            }
            let free = Room(collisions: collisions, reserved: reserved, settled: settled)
            let old = try previousLabel(of: request, orphans: orphans)
            orphans.removeAll { $0.featureID == old?.featureID }
            let labelled = Set(result.placed.map(\.featureID))
            guard
                let spot = try spot(for: request, old: old, in: free, markerRanks: markerRanks, labelled: labelled)
            else {
                result.unplaced.append(request.featureID)
                continue
            }
            for id in spot.displaced {
                collisions.remove(.marker(id))
                result.displacedMarkerIDs.insert(id)
            }
            let request = spot.layout.request, box = spot.box
            if let leader = spot.leader {
                result.items += leader.items(for: request, scale: frame.symbolScale)
                for part in leader.boxes(scale: frame.symbolScale) {
                    collisions.insert(part, .label(request.featureID))
                }
            }
            for (line, origin) in zip(request.lines, spot.layout.origins) {
                result.items.append(
                    .text(
                        .init(
                            string: line, origin: PixelPoint(x: origin.x + spot.center.x, y: origin.y + spot.center.y),
                            fontRole: request.fontRole, size: request.size, color: request.color, halo: request.halo,
                            haloWidth: request.haloWidth, box: box, layer: .style(request.layerID))))
            }
            collisions.insert(box, .label(request.featureID))
            result.placed.append(
                PlacedLabel(
                    featureID: request.featureID, text: spot.layout.text, box: box, rank: request.rank,
                    leaderEnd: spot.leader?.end, layerID: request.layerID))
            if request.isDualName { result.placesDualName = true }
            if !result.drawnLayerIDs.contains(request.layerID) { result.drawnLayerIDs.append(request.layerID) }
        }
        return result
    }

    /// The taken boxes, and the spots labels not yet placed held on the previous map.
    struct Room {
        let collisions: CollisionIndex
        let reserved: CollisionIndex
        /// Labels placed or given up: their old spots are no longer kept for them.
        let settled: Set<String>

        /// Whether the box meets the previous spot of a label still to be placed.
        func meetsReservation(_ box: PixelRect) -> Bool {
            reserved.collisions(with: box).contains { entry in
                if case .label(let id) = entry.occupant { !settled.contains(id) } else { false }
            }
        }
    }

    /// The best spot for a label: where it stood on the previous map; free room (keeping off other labels' previous
    /// spots while there is other room), its lines as written first; over minor places' markers; on a leader line.
    func spot(
        for request: LabelRequest, old: PlacedLabel?, in room: Room, markerRanks: [String: Int],
        labelled: Set<String>
    ) throws(TopologyError) -> Spot? {
        let layouts = ([request.lines] + request.alternatives).map { lines in
            LabelLayout(request: request.with(lines: lines), measurer: measurer)
        }
        func fits(_ spot: Spot) throws(TopologyError) -> Bool {
            guard room.collisions.isFree(spot.box) else { return false }
            if case .interior(_, let shape, _) = request.anchor, try !isInside(spot.box, shape) { return false }
            return true
        }
        if let old {
            if let layout = layouts.first(where: { $0.text == old.text }) {
                let spot = Spot(layout: layout, keeping: old.box)
                if try fits(spot) { return spot }
            }
            // New words (a zone's area that changed) stay centred where the old ones stood, if they fit there.
            for layout in layouts where layout.text != old.text {
                let spot = Spot(
                    layout: layout,
                    center: PixelPoint(
                        x: old.box.center.x - layout.box.center.x, y: old.box.center.y - layout.box.center.y))
                if try fits(spot) { return spot }
            }
        }
        for keepsOff in room.reserved.entries.isEmpty ? [false] : [true, false] {
            for layout in layouts {
                for center in layout.candidateCenters() {
                    let spot = Spot(layout: layout, center: center)
                    if keepsOff, room.meetsReservation(spot.box) { continue }
                    if try fits(spot) { return spot }
                }
            }
        }
        if let rank = request.outranksRank {
            for layout in layouts {
                for center in layout.candidateCenters() {
                    var spot = Spot(layout: layout, center: center)
                    guard frame.bounds.contains(spot.box) else { continue }
                    let met = room.collisions.collisions(with: spot.box)
                    let markers = met.compactMap { entry -> String? in
                        guard case .marker(let id) = entry.occupant, (markerRanks[id] ?? 0) >= rank,
                            !labelled.contains(id)
                        else { return nil }
                        return id
                    }
                    guard markers.count == met.count else { continue }
                    if case .interior(_, let shape, _) = request.anchor, try !isInside(spot.box, shape) { continue }
                    spot.displaced = markers
                    return spot
                }
            }
        }
        if request.drawsLeaderIfNoRoom, case .interior(let pole, let shape, _) = request.anchor {
            for layout in layouts {
                if let spot = try leaderSpot(layout, pointingAt: pole, in: room.collisions, beside: shape) {
                    return spot
                }
            }
        }
        return nil
    }

    /// Where the label stood on the previous map: its own, or for an area label whose feature is new (a zone
    /// redrawn after a change), the label of a feature now gone, of the same layer, that stood inside its area.
    /// - Throws: `TopologyError` if GEOS fails to tell whether the old label lies inside the area.
    func previousLabel(of request: LabelRequest, orphans: [PlacedLabel]) throws(TopologyError) -> PlacedLabel? {
        if let own = previous[request.featureID] { return own }
        guard case .interior(_, let shape, _) = request.anchor else { return nil }
        for orphan in orphans where orphan.layerID == request.layerID && orphan.leaderEnd == nil {
            if try isInside(orphan.box, shape) { return orphan }
        }
        return nil
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
