/// The map's legend laid out across the band under a portrait or square map: in portrait each group is a column
/// under its heading, the columns wrapping into rows; the compact legend of a square map drops the headings and
/// runs its lines down as many columns as fit.
struct LegendColumns {
    let kit: FurnitureKit

    /// The panel's items and box, its top-left corner at `origin`, `width` wide.
    func layout(
        _ lines: [LegendLine], namesLine: String, compact: Bool, origin: PixelPoint, width: Double
    ) -> (items: [SceneItem], box: PixelRect) {
        let k = kit.scale, padding = kit.padding
        let size = kit.style.legendSize * k
        let rowHeight = size * (compact ? 1.4 : 1.55)
        let swatchWidth = 26 * k
        var groups: [String] = []
        for line in lines where !groups.contains(line.groupTitle) { groups.append(line.groupTitle) }
        let widest =
            (lines.map { kit.measure($0.label, "regular", size).advance }
            + (compact ? [] : groups.map { kit.measure($0, "bold", size).advance - swatchWidth - padding * 0.6 }))
            .max() ?? 0
        let columnWidth = widest + swatchWidth + padding * 2.2
        let columns = max(1, Int((width - padding) / columnWidth))
        // Each block is a column's worth: a group under its heading, or in the compact legend a share of the lines.
        let blocks: [(heading: String?, lines: [LegendLine])]
        if compact {
            let perColumn = Int((Double(lines.count) / Double(columns)).rounded(.up))
            blocks = stride(from: 0, to: lines.count, by: max(perColumn, 1)).map {
                (nil, Array(lines[$0..<min($0 + perColumn, lines.count)]))
            }
        } else {
            blocks = groups.map { group in (group, lines.filter { $0.groupTitle == group }) }
        }
        var items: [SceneItem] = []
        var rowTop = origin.y + padding * 0.8, maxBottom = rowTop
        for (index, block) in blocks.enumerated() {
            let column = index % columns
            if column == 0 && index > 0 { rowTop = maxBottom + padding * 0.5 }
            let x = origin.x + padding + Double(column) * columnWidth
            var y = rowTop
            if let heading = block.heading {
                items.append(
                    kit.text(
                        heading, x: x, baseline: y + size * 1.05, role: "bold", size: size, color: kit.style.textColor,
                        name: "legend"))
                y += rowHeight * 1.05
            }
            for line in block.lines {
                let swatchBox = PixelRect(x: x, y: y + rowHeight * 0.12, width: swatchWidth, height: rowHeight * 0.72)
                items += LegendSwatch.items(line.swatch, in: swatchBox, scale: k, border: kit.style.panelBorderColor)
                items.append(
                    kit.text(
                        line.label, x: swatchBox.maxX + padding * 0.6, baseline: y + size, size: size,
                        color: kit.style.textColor, name: "legend"))
                y += rowHeight
            }
            maxBottom = max(maxBottom, y)
        }
        if !namesLine.isEmpty {
            items.append(
                kit.text(
                    namesLine, x: origin.x + padding, baseline: maxBottom + size, size: size * 0.9,
                    color: kit.style.mutedTextColor, name: "legend"))
            maxBottom += rowHeight
        }
        let box = PixelRect(x: origin.x, y: origin.y, width: width, height: maxBottom - origin.y + padding * 0.8)
        return ([kit.panel(box, name: "legend")] + items, box)
    }
}
