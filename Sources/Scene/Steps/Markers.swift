import Chronology
import Style

/// A point marker before the declutter and the furniture decide whether it is drawn.
struct Marker {
    var box: PixelRect
    var rank: Int
    var id: String
    var layerID: String
    var item: SceneItem
}

/// Collects the markers of circle layers.
struct MarkerCollection {
    let frame: MapFrame

    func collect(_ layer: BoundLayer, circle: CircleSymbolizer, features: [SelectedFeature]) -> [Marker] {
        var markers: [Marker] = []
        for selected in features {
            guard let position = selected.feature.geometry?.pointPosition else { continue }
            let item = SceneItem.Circle(
                center: frame.pixel(position), radius: circle.radius * frame.symbolScale, fill: circle.color,
                stroke: circle.strokeColor,
                strokeWidth: circle.strokeWidth * frame.symbolScale, isSquare: circle.isSquare, layer: .style(layer.id))
            let reach = item.reach
            let box = PixelRect(x: item.center.x - reach, y: item.center.y - reach, width: 2 * reach, height: 2 * reach)
            markers.append(
                Marker(
                    box: box, rank: Int(selected.feature.number("rank") ?? 5), id: selected.feature.id,
                    layerID: layer.id, item: .circle(item)))
        }
        return markers
    }
}

/// Keeps markers in rank order, leaving out a lower-ranked marker that would sit on a higher-ranked one (an
/// airport beside its town at a small scale) or reach outside the frame.
struct MarkerDeclutter {
    let frame: MapFrame

    func kept(_ markers: [Marker]) -> (kept: [Marker], leftOut: [(marker: Marker, coveredBy: String)]) {
        var kept: [Marker] = []
        var leftOut: [(Marker, String)] = []
        for marker in markers.sorted(by: { ($0.rank, $0.id) < ($1.rank, $1.id) })
        where frame.bounds.contains(marker.box) {
            if let other = kept.first(where: { $0.box.intersects(marker.box) }) {
                leftOut.append((marker, other.id))
                continue
            }
            kept.append(marker)
        }
        return (kept, leftOut)
    }
}
