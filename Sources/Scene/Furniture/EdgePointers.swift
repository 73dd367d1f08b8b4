import Chronology
import GeoJSON
import Geodesy
import Localization

/// Arrows at the edge of the map body pointing to events beyond it, each with its place's name and how far it lies
/// from the nearest edge ("Riverton, 45 km"): an icon squeezed against the edge would say the event happened there.
/// Events too far away for an arrow to help (beyond three half-diagonals of the body from its centre) stay only in
/// the events list, as do those whose arrow would fall on other furniture.
struct EdgePointers {
    /// An event the map points to.
    struct Target: Equatable {
        var anchor: Position
        /// The place's name and the distance, in the map's language.
        var label: String
    }

    let kit: FurnitureKit
    let frame: MapFrame

    /// How far from the body's centre, in half-diagonals, an event may be and still get an arrow.
    static let reach = 3.0

    /// The events listed as off the map that are near enough, named after the nearest place within 10 km of them
    /// (else by their title), once per label.
    static func targets(
        _ listed: [ListedEvent], places: [DatedFeature], names: NameRule, frame: MapFrame, catalog: Catalog,
        title: (DatedFeature) -> String
    ) -> [Target] {
        let body = frame.body, centre = body.center
        let halfDiagonal = (body.width * body.width + body.height * body.height).squareRoot() / 2
        var targets: [Target] = []
        for event in listed {
            guard let anchor = event.anchor else { continue }
            let pixel = frame.pixel(anchor)
            let reach = ((pixel.x - centre.x) * (pixel.x - centre.x) + (pixel.y - centre.y) * (pixel.y - centre.y))
                .squareRoot()
            guard reach <= Self.reach * halfDiagonal,
                !(body.minX...body.maxX).contains(pixel.x) || !(body.minY...body.maxY).contains(pixel.y)
            else { continue }
            // The nearest point of the body's edge: Web Mercator is conformal, so at a map's scale the nearest
            // pixel is the nearest ground.
            let edge = frame.viewport.position(
                atPixelX: min(max(pixel.x, body.minX), body.maxX), y: min(max(pixel.y, body.minY), body.maxY))
            let kilometres = Geodesic.wgs84.distance(from: anchor, to: edge) / 1000
            let nearest = places.compactMap { place -> (name: String, metres: Double)? in
                guard let position = place.feature.geometry?.pointPosition else { return nil }
                let name = NameRule.single(names.language).label(for: place)
                return name.isEmpty ? nil : (name, Geodesic.wgs84.distance(from: anchor, to: position))
            }.min { $0.metres < $1.metres }
            let place = nearest.flatMap { $0.metres <= 10_000 ? $0.name : nil } ?? title(event.selected.feature)
            let label = catalog.text(
                .eventsBeyondEdge,
                ["place": place, "distance": catalog.number(kilometres, decimals: kilometres < 10 ? 1 : 0)])
            let target = Target(anchor: anchor, label: label)
            if !targets.contains(target) && !targets.contains(where: { $0.label == label }) { targets.append(target) }
        }
        return targets
    }

    /// Adds an arrow and its label for each target whose box is free of the furniture already laid out.
    func layout(_ targets: [Target], into output: inout FurnitureLayout.Output) {
        let k = kit.scale, size = kit.style.legendSize * k, body = frame.body, centre = body.center
        let margin = 6 * k, length = 18 * k, halfWidth = 8 * k, gap = 5 * k
        for (index, target) in targets.enumerated() {
            let pixel = frame.pixel(target.anchor)
            let dx = pixel.x - centre.x, dy = pixel.y - centre.y
            let norm = (dx * dx + dy * dy).squareRoot()
            guard norm > 0 else { continue }
            let ux = dx / norm, uy = dy / norm
            let tx = ux == 0 ? Double.infinity : (body.width / 2 - margin) / abs(ux)
            let ty = uy == 0 ? Double.infinity : (body.height / 2 - margin) / abs(uy)
            let t = min(tx, ty)
            let tip = PixelPoint(x: centre.x + ux * t, y: centre.y + uy * t)
            let base = PixelPoint(x: tip.x - ux * length, y: tip.y - uy * length)
            let arrow = [
                tip, PixelPoint(x: base.x - uy * halfWidth, y: base.y + ux * halfWidth),
                PixelPoint(x: base.x + uy * halfWidth, y: base.y - ux * halfWidth), tip,
            ]
            let advance = kit.measure(target.label, "bold", size).advance
            var x: Double, baseline: Double
            if tx < ty {
                // On the left or right edge: the label stands beside the arrow, inside the map.
                x = ux > 0 ? min(base.x, tip.x) - gap - advance : max(base.x, tip.x) + gap
                baseline = tip.y + size * 0.35
            } else {
                // On the top or bottom edge: the label stands under or over the arrow.
                x = tip.x - advance / 2
                baseline = uy < 0 ? max(base.y, tip.y) + gap + size : min(base.y, tip.y) - gap
            }
            x = min(max(x, body.minX + margin), body.maxX - margin - advance)
            let text = kit.text(
                target.label, x: x, baseline: baseline, role: "bold", size: size, color: kit.style.textColor,
                part: .pointer)
            let head = SceneItem.fill(
                .init(polygons: [[arrow]], color: kit.style.textColor, layer: .furniture(.pointer)))
            let box = head.inkBounds.union(text.inkBounds).outset(by: 3 * k)
            guard body.contains(box), !output.boxes.values.contains(where: { $0.intersects(box) }) else { continue }
            output.items += [kit.panel(box, border: false, part: .pointer), head, text]
            output.boxes["pointer\(index + 1)"] = box
        }
    }
}
