import Chronology
import GeoJSON
import Projection
import Style

/// The frame of a map: its size, the viewport (the extent fitted between the title band and the footer), and the
/// scales furniture and symbols are drawn at. The one place that projects positions to pixels.
struct MapFrame {
    let width: Double
    let height: Double
    let viewport: Viewport
    /// The geographic box the viewport shows.
    let visibleBox: BoundingBox
    /// Furniture shrinks on small maps and grows a little on large ones.
    let furnitureScale: Double
    /// Labels, markers and icons shrink on small maps, but never below 70% (legibility).
    let symbolScale: Double
    let headerHeight: Double
    let footerHeight: Double

    init(options: SceneOptions, extent: BoundingBox, furniture: FurnitureStyle) {
        width = options.width
        height = options.height
        let scale = min(max(min(options.width / 1600, options.height / 1200), 0.55), 1.25)
        furnitureScale = scale
        symbolScale = min(max(scale, 0.7), 1.25)
        let titleSize = furniture.titleSize * scale, subtitleSize = furniture.subtitleSize * scale
        let footerSize = furniture.footerSize * scale
        headerHeight = options.drawsFurniture ? titleSize * 1.3 + subtitleSize * 1.45 * 2 + 22 * scale : 0
        // Three lines: the sources (wrapped to two, never cut) and the data version.
        footerHeight = options.drawsFurniture ? footerSize * 3 * 1.35 + 8 * scale : 0
        viewport =
            options.viewport
            ?? Viewport(
                fitting: options.bbox ?? extent, width: options.width, height: options.height,
                margins: EdgeInsets(top: headerHeight, left: 0, bottom: footerHeight, right: 0))
        visibleBox = viewport.geographicBox
    }

    /// The map between the title band and the footer: an event whose icon would stand outside it is off the map.
    var body: PixelRect {
        PixelRect(x: 0, y: headerHeight, width: width, height: max(0, height - headerHeight - footerHeight))
    }

    /// The whole image.
    var bounds: PixelRect { PixelRect(x: 0, y: 0, width: width, height: height) }

    /// The pixel of a position.
    func pixel(_ position: Position) -> PixelPoint {
        let point = viewport.pixel(position)
        return PixelPoint(x: point.x, y: point.y)
    }

    /// Positions projected, dropping consecutive points closer than a tenth of a pixel (they add nothing but
    /// work) and keeping closed rings closed.
    func project(_ positions: [Position]) -> [PixelPoint] {
        var points: [PixelPoint] = []
        points.reserveCapacity(positions.count)
        for position in positions {
            let point = pixel(position)
            if let last = points.last, abs(last.x - point.x) < 0.1, abs(last.y - point.y) < 0.1 { continue }
            points.append(point)
        }
        if let first = positions.first, positions.count > 1, let last = positions.last, first == last,
            let start = points.first,
            points.last != start
        {
            points.append(start)
        }
        return points
    }
}
