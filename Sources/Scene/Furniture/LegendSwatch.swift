import Style

/// The little picture beside a legend line, shared by the map legend and the legend sheet of a pair.
enum LegendSwatch {
    static func items(_ swatch: LegendLine.Swatch, in box: PixelRect, scale k: Double, border: StyleColor) -> [SceneItem] {
        let layerID = "furniture:legend"
        switch swatch {
        case .fill(let color, let hatch, let outline, let dash):
            return [.rect(.init(rect: box, fill: color, stroke: outline ?? border, strokeWidth: 1, dash: dash, hatch: hatch))]
        case .line(let color, let lineWidth, let dash, let casing):
            let path = [PixelPoint(x: box.minX + 1, y: box.center.y), PixelPoint(x: box.maxX - 1, y: box.center.y)]
            return [.stroke(.init(paths: [path], isClosed: false, color: color, width: lineWidth, dash: dash,
                                  casing: casing.map { ($0, lineWidth + 2) }, arrowhead: false, roundCaps: false, layerID: layerID))]
        case .marker(let color, let radius, let isSquare, let stroke):
            return [.circle(.init(center: box.center, radius: radius, fill: color, stroke: stroke, strokeWidth: stroke == nil ? 0 : 1,
                                  isSquare: isSquare, layerID: layerID))]
        case .icon(let symbol):
            return [.icon(.init(center: box.center, symbol: symbol, radius: min(box.height / 2 + 1, 9 * k), color: symbol.color,
                                halo: .white, opacity: 1, badge: nil, layerID: layerID))]
        case .none:
            return []
        }
    }
}

/// A legend laid out in columns across a strip: the one shared legend under a before/after pair.
public enum LegendSheet {
    /// The strip's items (from its top-left corner) and its height.
    /// - Parameters:
    ///   - lines: the legend lines, in order (duplicates by group and label are dropped).
    ///   - width: the strip's width in logical pixels.
    ///   - origin: where the strip's top-left corner goes.
    public static func layout(_ lines: [LegendLine], width: Double, origin: PixelPoint, style: Style, measurer: any TextMeasurer, note: String? = nil) -> (items: [SceneItem], height: Double) {
        var unique: [LegendLine] = []
        for line in lines where !unique.contains(where: { $0.group == line.group && $0.label == line.label }) { unique.append(line) }
        let size = style.furnitureNumber("legend-size", default: 12.5)
        let ink = style.furnitureColor("text-color", default: StyleColor(red: 0.1, green: 0.1, blue: 0.1))
        let muted = style.furnitureColor("muted-text-color", default: StyleColor(red: 0.38, green: 0.38, blue: 0.38))
        let border = style.furnitureColor("panel-border-color", default: StyleColor(red: 0.6, green: 0.6, blue: 0.6))
        let padding = 12.0, rowHeight = size * 1.55, swatchWidth = 26.0
        var groups: [String] = []
        for line in unique where !groups.contains(line.group) { groups.append(line.group) }
        // One column per group, as many per row as fit.
        let columnWidth = (unique.map { measurer.measure($0.label, fontRole: "regular", size: size).advance }.max() ?? 100) + swatchWidth + padding * 2.2
        let columns = max(1, Int((width - padding) / columnWidth))
        var items: [SceneItem] = []
        var rowTop = origin.y + padding
        var maxBottom = rowTop
        for (index, group) in groups.enumerated() {
            let column = index % columns
            if column == 0 && index > 0 { rowTop = maxBottom + padding * 0.5 }
            let x = origin.x + padding + Double(column) * columnWidth
            var y = rowTop
            func text(_ string: String, _ x: Double, _ baseline: Double, _ role: String, _ color: StyleColor, _ textSize: Double) {
                let metrics = measurer.measure(string, fontRole: role, size: textSize)
                items.append(.text(.init(string: string, origin: PixelPoint(x: x, y: baseline), fontRole: role, size: textSize, color: color,
                                         halo: nil, haloWidth: 0, box: metrics.inkBox.offsetBy(dx: x, dy: baseline), layerID: "furniture:legend")))
            }
            text(group, x, y + size * 1.05, "bold", ink, size)
            y += rowHeight * 1.05
            for line in unique where line.group == group {
                let box = PixelRect(x: x, y: y + rowHeight * 0.12, width: swatchWidth, height: rowHeight * 0.72)
                items += LegendSwatch.items(line.swatch, in: box, scale: 1, border: border)
                text(line.label, box.maxX + padding * 0.6, y + size, "regular", ink, size)
                y += rowHeight
            }
            maxBottom = max(maxBottom, y)
        }
        if let note {
            let metrics = measurer.measure(note, fontRole: "regular", size: size * 0.9)
            let baseline = maxBottom + size * 1.2
            items.append(.text(.init(string: note, origin: PixelPoint(x: origin.x + padding, y: baseline), fontRole: "regular", size: size * 0.9, color: muted,
                                     halo: nil, haloWidth: 0, box: metrics.inkBox.offsetBy(dx: origin.x + padding, dy: baseline), layerID: "furniture:legend")))
            maxBottom = baseline + size * 0.5
        }
        return (items, maxBottom - origin.y + padding)
    }
}
