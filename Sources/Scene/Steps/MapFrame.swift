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
    /// Labels, markers and icons shrink on small maps, but never below 70% (legibility); in portrait and square
    /// layouts they follow the furniture's scale, which a phone needs.
    let symbolScale: Double
    let headerHeight: Double
    let footerHeight: Double
    let layout: MapLayout
    /// The band under the map that holds legend and events in portrait and square layouts; 0 in landscape.
    let panelsHeight: Double
    /// Lines of the header's title and subtitle and of the footer's sources and data line the frame keeps room for.
    let lines: TextLines

    /// How many lines the title, the subtitle, the sources and the data line take.
    struct TextLines: Equatable {
        var title = 1
        var subtitle = 2
        var sources = 2
        var data = 1
    }

    /// - Parameters:
    ///   - lines: the lines header and footer keep room for (in landscape always the defaults).
    ///   - panelsHeight: the band under the map in portrait and square layouts; nil for a first guess.
    ///   - shift: how far left of the middle the extent is drawn, in pixels (to clear the legend).
    init(
        options: SceneOptions, extent: BoundingBox, furniture: FurnitureStyle, lines: TextLines = TextLines(),
        panelsHeight: Double? = nil, shift: Double = 0
    ) {
        width = options.width
        height = options.height
        layout = options.layout
        let scale = Self.furnitureScale(options)
        furnitureScale = scale
        symbolScale =
            layout.isStacked ? scale : min(max(scale, 0.7), 1.25)
        self.lines = layout.isStacked ? lines : TextLines()
        let titleSize = furniture.titleSize * scale, subtitleSize = furniture.subtitleSize * scale
        let footerSize = furniture.footerSize * scale
        let ownHeader =
            titleSize * 1.3 + Double(self.lines.title - 1) * titleSize * 1.15 + subtitleSize * 1.45
            * Double(self.lines.subtitle) + 22 * scale
        let reserve = layout.isStacked ? options.furnitureReserve : nil
        headerHeight = options.drawsFurniture ? max(ownHeader, reserve?.headerHeight ?? 0) : 0
        footerHeight =
            options.drawsFurniture ? footerSize * Double(self.lines.sources + self.lines.data) * 1.35 + 8 * scale : 0
        let between = height - headerHeight - footerHeight
        self.panelsHeight =
            options.drawsFurniture && layout.isStacked
            ? min(
                max(reserve?.panelsHeight ?? panelsHeight ?? between * 0.3, between * 0.15),
                between * layout.maximumPanelsShare) : 0
        viewport =
            options.viewport
            ?? Viewport(
                fitting: options.bbox ?? extent, width: options.width, height: options.height,
                margins: EdgeInsets(
                    top: headerHeight, left: -shift, bottom: footerHeight + self.panelsHeight, right: shift))
        visibleBox = viewport.geographicBox
    }

    /// The smallest type the layout allows, in pixels: 14 at 1080 px wide in portrait and square, none in landscape.
    var minimumTextSize: Double { layout.minimumTypeScale(width: width) * 10 }

    /// The furniture's scale: 1 at 1600x1200, shrinking on small maps and growing a little on large ones; in
    /// portrait and square layouts never below what a phone needs (``MapLayout/minimumTypeScale(width:)``).
    static func furnitureScale(_ options: SceneOptions) -> Double {
        let scale = min(max(min(options.width / 1600, options.height / 1200), 0.55), 1.25)
        return max(scale, options.layout.minimumTypeScale(width: options.width))
    }

    /// The map between the title band and the footer (and the band of panels under it in portrait and square
    /// layouts): an event whose icon would stand outside it is off the map.
    var body: PixelRect {
        PixelRect(
            x: 0, y: headerHeight, width: width, height: max(0, height - headerHeight - footerHeight - panelsHeight))
    }

    /// How far the fitted box (the extent, or the box asked for) may move left and still be whole in view: the
    /// room left of it, less a margin of 2% of the width.
    func roomLeft(of box: BoundingBox) -> Double {
        max(0, pixel(Position(longitude: box.southWest.longitude, latitude: box.southWest.latitude)).x - width * 0.02)
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
