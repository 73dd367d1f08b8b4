import Style

/// A legend laid out in columns across a strip: the one shared legend under a before/after pair or a grid.
public enum LegendSheet {
    /// The strip's items (from its top-left corner) and its height.
    /// - Parameters:
    ///   - lines: the legend lines, in order (duplicates by group and label are dropped).
    ///   - width: the strip's width in logical pixels.
    ///   - origin: where the strip's top-left corner goes.
    ///   - note: a line of text under the legend.
    public static func layout(
        _ lines: [LegendLine], width: Double, origin: PixelPoint, style: Style, measurer: any TextMeasurer,
        note: String? = nil
    ) -> (items: [SceneItem], height: Double) {
        var unique: [LegendLine] = []
        for line in lines where !unique.contains(where: { $0.group == line.group && $0.label == line.label }) {
            unique.append(line)
        }
        let kit = FurnitureKit(measurer: measurer, style: style.furniture, scale: 1)
        let size = style.furniture.legendSize
        let padding = 12.0, rowHeight = size * 1.55, swatchWidth = 26.0
        var groups: [String] = []
        for line in unique where !groups.contains(line.groupTitle) { groups.append(line.groupTitle) }
        // One column per group, as many per row as fit.
        let widest = unique.map { measurer.measure($0.label, fontRole: "regular", size: size).advance }.max() ?? 100
        let columnWidth = widest + swatchWidth + padding * 2.2
        let columns = max(1, Int((width - padding) / columnWidth))
        var items: [SceneItem] = []
        var rowTop = origin.y + padding
        var maxBottom = rowTop
        for (index, group) in groups.enumerated() {
            let column = index % columns
            if column == 0 && index > 0 { rowTop = maxBottom + padding * 0.5 }
            let x = origin.x + padding + Double(column) * columnWidth
            var y = rowTop
            items.append(
                kit.text(
                    group, x: x, baseline: y + size * 1.05, role: "bold", size: size, color: style.furniture.textColor,
                    part: .legend))
            y += rowHeight * 1.05
            for line in unique where line.groupTitle == group {
                let box = PixelRect(x: x, y: y + rowHeight * 0.12, width: swatchWidth, height: rowHeight * 0.72)
                items += LegendSwatch.items(line.swatch, in: box, scale: 1, border: style.furniture.panelBorderColor)
                items.append(
                    kit.text(
                        line.label, x: box.maxX + padding * 0.6, baseline: y + size, size: size,
                        color: style.furniture.textColor, part: .legend))
                y += rowHeight
            }
            maxBottom = max(maxBottom, y)
        }
        if let note {
            let baseline = maxBottom + size * 1.2
            items.append(
                kit.text(
                    note, x: origin.x + padding, baseline: baseline, size: size * 0.9,
                    color: style.furniture.mutedTextColor, part: .legend))
            maxBottom = baseline + size * 0.5
        }
        return (items, maxBottom - origin.y + padding)
    }
}
