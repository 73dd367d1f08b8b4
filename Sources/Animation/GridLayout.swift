import Localization
import Projection
import Scene
import Style

/// Where things go on a grid of small multiples: a title band, rows of panels (each a caption over a map), the
/// shared legend sheet (under the panels, or beside them on the right) and the footer. Sizes follow the map
/// furniture's: 1 at 1600x1200.
struct GridLayout {
    /// Where the legend sheet goes.
    enum LegendPlacement {
        case bottom
        case right
    }

    let width: Double
    let height: Double
    let count: Int
    let columns: Int
    let scale: Double
    let furniture: FurnitureStyle
    let legendPlacement: LegendPlacement
    /// The legend sheet's size as laid out for its placement.
    let legendSize: (width: Double, height: Double)

    init(
        width: Double, height: Double, count: Int, columns: Int, furniture: FurnitureStyle,
        legendPlacement: LegendPlacement = .bottom, legendSize: (width: Double, height: Double) = (0, 0)
    ) {
        self.width = width
        self.height = height
        self.count = count
        self.columns = max(1, min(columns, count))
        scale = min(max(min(width / 1600, height / 1200), 0.55), 1.25)
        self.furniture = furniture
        self.legendPlacement = legendPlacement
        self.legendSize = legendSize
    }

    var rows: Int { (count + columns - 1) / columns }
    var padding: Double { 16 * scale }
    var gap: Double { 14 * scale }
    var titleSize: Double { furniture.titleSize * scale }
    var subtitleSize: Double { furniture.subtitleSize * scale }
    var dateSize: Double { 17 * scale }
    var captionSize: Double { 12.5 * scale }
    var footerSize: Double { furniture.footerSize * scale }
    var headerHeight: Double { padding + titleSize * 1.2 + subtitleSize * 1.7 }
    /// A panel's caption: its date, then two lines on what happened.
    var captionHeight: Double { dateSize * 1.3 + captionSize * 1.35 * 2 + 6 * scale }
    /// Three lines of sources and the data line.
    var footerHeight: Double { footerSize * 1.4 * 4 + padding * 0.75 }
    /// The width a legend sheet beside the panels gets.
    static func sideLegendWidth(imageWidth: Double, scale: Double) -> Double { min(380 * scale, imageWidth * 0.32) }

    /// The box the panels share.
    var panelArea: PixelRect {
        let right = legendPlacement == .right ? legendSize.width + gap : 0
        let bottom = legendPlacement == .bottom ? legendSize.height + gap : 0
        return PixelRect(
            x: padding, y: headerHeight, width: width - padding * 2 - right,
            height: height - headerHeight - footerHeight - bottom)
    }

    /// Each panel's map size, whole pixels.
    var panelSize: (width: Double, height: Double) {
        let area = panelArea
        let panelWidth = (area.width - gap * Double(columns - 1)) / Double(columns)
        let panelHeight = (area.height - gap * Double(rows - 1)) / Double(rows) - captionHeight
        return (max(64, panelWidth.rounded(.down)), max(64, panelHeight.rounded(.down)))
    }

    /// Whether the panels fit at all (a legend beside them may leave too little room).
    var fits: Bool {
        let area = panelArea
        let legendFits = legendPlacement == .bottom || legendSize.height <= height - headerHeight - footerHeight
        return legendFits && (area.height - gap * Double(rows - 1)) / Double(rows) - captionHeight >= 64
            && (area.width - gap * Double(columns - 1)) / Double(columns) >= 64
    }

    /// Where the legend sheet's top-left corner goes.
    var legendOrigin: PixelPoint {
        switch legendPlacement {
        case .bottom: PixelPoint(x: 0, y: height - footerHeight - legendSize.height)
        case .right: PixelPoint(x: width - padding - legendSize.width, y: headerHeight)
        }
    }

    /// How well the panels suit maps of a given shape: their area, less the more their shape differs from the
    /// map's (a wide panel showing a square region wastes its sides on neighbouring countries).
    func score(mapAspect: Double) -> Double {
        let size = panelSize
        let ratio = (size.width / size.height) / mapAspect
        return size.width * size.height * min(ratio, 1 / ratio)
    }

    /// The top-left corner of panel `index`'s caption, and its cell's size.
    func cell(_ index: Int) -> PixelRect {
        let row = index / columns, column = index % columns, size = panelSize, area = panelArea
        return PixelRect(
            x: area.x + Double(column) * (size.width + gap),
            y: area.y + Double(row) * (captionHeight + size.height + gap), width: size.width,
            height: captionHeight + size.height)
    }
}

/// The text of a grid: title, captions, footer, in the furniture's colours and fonts.
struct GridText {
    let measurer: any TextMeasurer
    let furniture: FurnitureStyle
    let scale: Double

    func item(
        _ string: String, x: Double, baseline: Double, role: String = "regular", size: Double, muted: Bool = false
    )
        -> SceneItem
    {
        let metrics = measurer.measure(string, fontRole: role, size: size)
        return .text(
            .init(
                string: string, origin: PixelPoint(x: x, y: baseline), fontRole: role, size: size,
                color: muted ? furniture.mutedTextColor : furniture.textColor,
                box: metrics.inkBox.offsetBy(dx: x, dy: baseline), layer: .furniture(.grid)))
    }

    func header(title: String, subtitle: String, layout: GridLayout) -> [SceneItem] {
        let maxWidth = layout.width - layout.padding * 2
        let titleLine = measurer.wrap(title, fontRole: "bold", size: layout.titleSize, maxWidth: maxWidth, maxLines: 1)
        let subtitleLine = measurer.wrap(subtitle, size: layout.subtitleSize, maxWidth: maxWidth, maxLines: 1)
        var baseline = layout.padding + layout.titleSize * 0.95
        var items = titleLine.map {
            item($0, x: layout.padding, baseline: baseline, role: "bold", size: layout.titleSize)
        }
        baseline += layout.subtitleSize * 1.5
        items += subtitleLine.map {
            item($0, x: layout.padding, baseline: baseline, size: layout.subtitleSize, muted: true)
        }
        return items
    }

    /// A panel's date in bold and, under it, up to two lines on what happened.
    func caption(date: String, line: String, cell: PixelRect, mapTop: Double) -> [SceneItem] {
        let dateSize = 17 * scale, captionSize = 12.5 * scale
        var baseline = cell.y + dateSize
        var items = [item(date, x: cell.x, baseline: baseline, role: "bold", size: dateSize)]
        for text in measurer.wrap(line, size: captionSize, maxWidth: cell.width, maxLines: 2) {
            baseline += captionSize * 1.35
            items.append(item(text, x: cell.x, baseline: baseline, size: captionSize, muted: true))
        }
        return items
    }

    func footer(sources: String, dataLine: String, layout: GridLayout) -> [SceneItem] {
        let maxWidth = layout.width - layout.padding * 2
        let lines =
            measurer.wrap(sources, size: layout.footerSize, maxWidth: maxWidth, maxLines: 3)
            + measurer.wrap(dataLine, size: layout.footerSize, maxWidth: maxWidth, maxLines: 1)
        var baseline = layout.height - layout.footerHeight + layout.padding * 0.5 + layout.footerSize
        return lines.map { line in
            defer { baseline += layout.footerSize * 1.4 }
            return item(line, x: layout.padding, baseline: baseline, size: layout.footerSize, muted: true)
        }
    }
}

extension GridText {
    /// A scale bar true for every panel (they share one scale) at the panels' middle latitude, its right end at
    /// `right` and its bar's top at `top`: the shared scale of small multiples is worth showing once.
    func scaleBar(
        viewport: Viewport, panelHeight: Double, right: Double, top: Double, catalog: Catalog
    ) -> [SceneItem] {
        let center = viewport.position(atPixelX: 0, y: panelHeight / 2)
        let metresPerPixel = viewport.groundMetresPerPixel(atLatitude: center.latitude)
        let target = 150 * scale * metresPerPixel / 1000
        let kilometres = [1.0, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000].last { $0 <= target } ?? 0.5
        let barWidth = kilometres * 1000 / metresPerPixel, barHeight = 6 * scale, size = 11 * scale
        let label = catalog.text(.scaleKilometres, ["value": catalog.number(kilometres, decimals: 1)])
        let labelWidth = measurer.measure(label, fontRole: "regular", size: size).advance
        let barRight = right - labelWidth / 2, barX = barRight - barWidth
        var items: [SceneItem] = (0..<2).map { half in
            .rect(
                .init(
                    rect: PixelRect(
                        x: barX + Double(half) * barWidth / 2, y: top, width: barWidth / 2, height: barHeight),
                    fill: half == 0 ? furniture.textColor : .white, stroke: furniture.textColor, strokeWidth: 1,
                    layer: .furniture(.grid)))
        }
        let zeroWidth = measurer.measure("0", fontRole: "regular", size: size).advance
        items.append(item("0", x: barX - zeroWidth / 2, baseline: top - 4 * scale, size: size))
        items.append(item(label, x: barRight - labelWidth / 2, baseline: top - 4 * scale, size: size))
        return items
    }
}
