import Chronology
import Foundation
import GeoJSON
import Localization
import Style

/// The icon of an event waiting for a place.
struct IconRequest {
    var event: DatedFeature
    var isRecent: Bool
    var anchor: PixelPoint
    var symbolizer: IconSymbolizer
    var radius: Double
    var layerID: String

    var opacity: Double { isRecent ? symbolizer.recentOpacity : symbolizer.opacity }
}

/// An event the events panel lists without an icon, and why: the catalog's "(no place given)" or "(off the map)".
struct ListedEvent {
    var selected: SelectedFeature
    var reason: Phrase
    /// Where an event off the map is, for the arrow at the frame's edge that points to it.
    var anchor: Position? = nil
}

/// Collects the icons of event layers and puts them in the order the map numbers them: the day's events by
/// time, then those of the days before, newest first.
struct IconCollection {
    let frame: MapFrame

    /// The icons of a layer, and the events it lists instead of drawing: those whose sources give no place, and those
    /// whose place lies outside the map body (an icon squeezed against the frame's edge would say the event
    /// happened there).
    func collect(
        _ layer: BoundLayer, icon: IconSymbolizer, features: [SelectedFeature]
    ) -> (requests: [IconRequest], listed: [ListedEvent]) {
        var listed: [ListedEvent] = []
        let requests = features.compactMap { selected -> IconRequest? in
            guard let geometry = selected.feature.geometry else {
                listed.append(ListedEvent(selected: selected, reason: .eventsNoPlace))
                return nil
            }
            let anchor: Position
            if let point = geometry.pointPosition {
                anchor = point
            } else if let line = geometry.lines.first, !line.isEmpty {
                anchor = line[line.count / 2]
            } else if let first = geometry.allPositions.first {
                anchor = first
            } else {
                return nil
            }
            let pixel = frame.pixel(anchor), body = frame.body
            guard (body.minX...body.maxX).contains(pixel.x), (body.minY...body.maxY).contains(pixel.y) else {
                listed.append(ListedEvent(selected: selected, reason: .eventsOffMap, anchor: anchor))
                return nil
            }
            // The badge's number is 0.95 of the disc's radius (`SceneItem.Icon.badgeTextSize`): a phone's layout
            // widens the disc until the number is as large as the smallest type it allows.
            return IconRequest(
                event: selected.feature, isRecent: selected.isRecent, anchor: pixel, symbolizer: icon,
                radius: max(icon.radius * frame.symbolScale, frame.minimumTextSize / 0.95), layerID: layer.id)
        }
        return (requests, listed)
    }

    static func ordered(_ requests: [IconRequest]) -> [IconRequest] {
        let today = requests.filter { !$0.isRecent }.sorted {
            ($0.event.string("time") ?? "99:99", $0.event.id) < ($1.event.string("time") ?? "99:99", $1.event.id)
        }
        let recent = requests.filter(\.isRecent).sorted { first, second in
            let firstDate = first.event.eventDate ?? first.event.validity.start,
                secondDate = second.event.eventDate ?? second.event.validity.start
            if firstDate != secondDate, let firstDate, let secondDate { return firstDate > secondDate }
            return ((first.event.string("time") ?? "99:99") + first.event.id)
                < ((second.event.string("time") ?? "99:99") + second.event.id)
        }
        return today + recent
    }
}

/// Places the numbered icons over the collision index, moving an icon off its point (with a leader line) when
/// the point's place is taken.
struct IconPlacement {
    let symbols: EventSymbols

    struct Result {
        var items: [SceneItem] = []
        var drawnKinds: [String] = []
        var drawnLayerIDs: [String] = []
        var unplaced: [String] = []
    }

    func place(_ ordered: [IconRequest], into collisions: inout CollisionIndex) -> Result {
        var result = Result()
        for (index, request) in ordered.enumerated() {
            let symbol = symbols.symbol(for: request.event.kind)
            let icon = SceneItem.Icon(
                center: request.anchor, symbol: symbol, radius: request.radius, fillColor: request.symbolizer.fillColor,
                haloColor: request.symbolizer.haloColor, badgeTextColor: request.symbolizer.badgeTextColor,
                opacity: request.opacity,
                badge: String(index + 1), layer: .style(request.layerID))
            let box = icon.inkBounds
            let step = max(box.width, box.height)
            var offsets: [(Double, Double)] = [(0, 0)]
            for distance in [1.0, 1.6, 2.2, 3.0] {
                for direction in 0..<8 {
                    let angle = Double(direction) * Double.pi / 4
                    offsets.append((cos(angle) * distance * step, sin(angle) * distance * step))
                }
            }
            guard let (dx, dy) = offsets.first(where: { collisions.isFree(box.offsetBy(dx: $0.0, dy: $0.1)) }) else {
                result.unplaced.append(request.event.id)
                continue
            }
            var placed = icon
            placed.center = PixelPoint(x: request.anchor.x + dx, y: request.anchor.y + dy)
            if dx != 0 || dy != 0 {
                result.items.append(
                    .stroke(
                        .init(
                            paths: [[request.anchor, placed.center]],
                            color: symbol.color.withAlpha(0.8 * request.opacity), width: 1.2,
                            casing: Casing(color: request.symbolizer.haloColor.withAlpha(request.opacity), width: 3),
                            layer: .style(request.layerID))))
                result.items.append(
                    .circle(
                        .init(
                            center: request.anchor, radius: 2, fill: symbol.color.withAlpha(request.opacity),
                            layer: .style(request.layerID))))
            }
            result.items.append(.icon(placed))
            collisions.insert(placed.inkBounds, .icon(request.event.id))
            if !result.drawnKinds.contains(symbol.kind) { result.drawnKinds.append(symbol.kind) }
            if !result.drawnLayerIDs.contains(request.layerID) { result.drawnLayerIDs.append(request.layerID) }
        }
        return result
    }
}
