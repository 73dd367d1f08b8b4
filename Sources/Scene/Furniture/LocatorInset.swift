import GeoJSON
import Projection
import Style

/// The locator inset, top right: the countries of the base layer around the map, those of the data set's
/// parties shaded, the map's extent as a red frame, and the region's `inset_title`.
struct LocatorInset {
    struct Input {
        /// Each country's polygons and whether it is a party's country.
        var countries: [(polygons: [[LinearRing]], isHighlighted: Bool)]
        var caption: String?
        /// The box the inset shows; nil for the countries' own extent.
        var box: BoundingBox? = nil
    }

    let kit: FurnitureKit
    let frame: MapFrame

    func layout(_ input: Input) -> (items: [SceneItem], box: PixelRect) {
        let k = kit.scale, padding = kit.padding
        // Under a stacked layout's larger type the inset would take a quarter of a phone's width.
        let insetWidth = (frame.layout.isStacked ? 160 : 210) * k
        guard let extent = input.box ?? extentWithoutBox(input.countries)
        else { return ([], PixelRect(x: 0, y: 0, width: 0, height: 0)) }
        let projected = WebMercator.project(extent)
        let insetHeight = insetWidth * projected.height / projected.width
        let box = PixelRect(
            x: frame.width - insetWidth - padding, y: frame.headerHeight + padding, width: insetWidth,
            height: insetHeight)
        let view = Viewport(box: projected, width: insetWidth, height: insetHeight)
        var items: [SceneItem] = [.rect(.init(rect: box, fill: kit.style.insetWaterColor, layer: .furniture(.inset)))]
        func project(_ ring: [Position]) -> [PixelPoint] {
            var points: [PixelPoint] = []
            for position in ring {
                let point = view.pixel(position)
                let pixel = PixelPoint(x: box.x + point.x, y: box.y + point.y)
                if let last = points.last, abs(last.x - pixel.x) < 0.6, abs(last.y - pixel.y) < 0.6 { continue }
                points.append(pixel)
            }
            return points
        }
        for country in input.countries {
            let polygons = country.polygons.map { $0.map(project) }
            items.append(
                .fill(
                    .init(
                        polygons: polygons,
                        color: country.isHighlighted ? kit.style.insetHighlightColor : kit.style.insetLandColor,
                        layer: .furniture(.inset))))
            items.append(
                .stroke(
                    .init(
                        paths: polygons.flatMap { $0 }, isClosed: true, color: kit.style.insetBorderColor, width: 0.6,
                        layer: .furniture(.inset))))
        }
        let visible = WebMercator.project(frame.visibleBox)
        let topLeft = view.pixel(MercatorPoint(x: visible.minX, y: visible.maxY))
        let bottomRight = view.pixel(MercatorPoint(x: visible.maxX, y: visible.minY))
        // Cut to the inset (a world-base box may be smaller than a wide map's extent): the frame never leaves it.
        let left = max(box.x + topLeft.x, box.minX), top = max(box.y + topLeft.y, box.minY)
        let right = min(box.x + bottomRight.x, box.maxX), bottom = min(box.y + bottomRight.y, box.maxY)
        let extentRect = PixelRect(x: left, y: top, width: max(0, right - left), height: max(0, bottom - top))
        items.append(
            .rect(
                .init(
                    rect: extentRect, fill: nil, stroke: kit.style.insetExtentColor, strokeWidth: 1.5,
                    layer: .furniture(.inset))))
        items.append(
            .rect(
                .init(
                    rect: box, fill: nil, stroke: kit.style.panelBorderColor, strokeWidth: 1, layer: .furniture(.inset)
                )))
        if let caption = input.caption {
            items.append(
                kit.text(
                    caption, x: box.x + 4 * k, baseline: box.maxY - 4 * k, size: 10 * k,
                    color: kit.style.mutedTextColor, part: .inset))
        }
        return (items, box.outset(by: 1))
    }

    /// Without a box from the world base, the inset shows the base's countries and the map's whole extent, so that
    /// the red frame always lies inside it. Only then are the countries' positions gathered: the world base's
    /// countries have thousands.
    private func extentWithoutBox(_ countries: [(polygons: [[LinearRing]], isHighlighted: Bool)]) -> BoundingBox? {
        let positions = countries.flatMap { $0.polygons.flatMap { $0.flatMap { $0 } } }
        guard let box = BoundingBox(enclosing: positions)?.union(frame.visibleBox),
            box.southWest.longitude < box.northEast.longitude, box.southWest.latitude < box.northEast.latitude
        else { return nil }
        return box
    }
}
