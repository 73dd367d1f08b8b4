/// The legend panel, bottom right: the lines grouped under their headings, then which names labels show (no such
/// line when `namesLine` is empty).
struct LegendPanel {
    let kit: FurnitureKit
    let frame: MapFrame

    func layout(_ lines: [LegendLine], namesLine: String) -> (items: [SceneItem], box: PixelRect) {
        let k = kit.scale, padding = kit.padding
        let size = kit.style.legendSize * k
        let rowHeight = size * 1.55
        let swatchWidth = 26 * k
        let lineHeight = size * 1.2
        var groups: [String] = []
        for line in lines where !groups.contains(line.groupTitle) { groups.append(line.groupTitle) }
        // A long label (a transition between two parties with its dates) wraps rather than widening the panel over
        // the map: no line is wider than about a quarter of the map.
        let widest = max(frame.width * 0.24, 230 * k)
        let wrapped = lines.map { kit.wrap($0.label, role: "regular", size: size, maxWidth: widest, maxLines: 3) }
        let textWidth =
            (wrapped.flatMap { $0 }.map { kit.measure($0, "regular", size).advance }
            + groups.map { kit.measure($0, "bold", size).advance }).max() ?? 0
        let namesWidth = kit.measure(namesLine, "regular", size * 0.9).advance
        let panelWidth = max(textWidth + swatchWidth + padding * 2.6, namesWidth + padding * 2)
        let extraLines = wrapped.reduce(0) { $0 + $1.count - 1 }
        let panelHeight =
            padding * 1.6 + Double(lines.count) * rowHeight + Double(extraLines) * lineHeight
            + Double(groups.count) * rowHeight * 1.05 + (namesLine.isEmpty ? 0 : rowHeight)
        let box = PixelRect(
            x: frame.width - panelWidth - padding, y: frame.height - frame.footerHeight - padding - panelHeight,
            width: panelWidth,
            height: panelHeight)
        var items = [kit.panel(box, part: .legend)]
        var y = box.minY + padding * 0.8
        for group in groups {
            items.append(
                kit.text(
                    group, x: box.minX + padding, baseline: y + size * 1.05, role: "bold", size: size,
                    color: kit.style.textColor, part: .legend))
            y += rowHeight * 1.05
            for (line, labelLines) in zip(lines, wrapped) where line.groupTitle == group {
                let swatchBox = PixelRect(
                    x: box.minX + padding, y: y + rowHeight * 0.12, width: swatchWidth, height: rowHeight * 0.72)
                items += LegendSwatch.items(line.swatch, in: swatchBox, scale: k, border: kit.style.panelBorderColor)
                for (index, text) in labelLines.enumerated() {
                    items.append(
                        kit.text(
                            text, x: swatchBox.maxX + padding * 0.6, baseline: y + size + Double(index) * lineHeight,
                            size: size, color: kit.style.textColor, part: .legend))
                }
                y += rowHeight + Double(labelLines.count - 1) * lineHeight
            }
        }
        if namesLine.isEmpty { return (items, box) }
        items.append(
            kit.text(
                namesLine, x: box.minX + padding, baseline: y + size, size: size * 0.9, color: kit.style.mutedTextColor,
                part: .legend))
        return (items, box)
    }
}
