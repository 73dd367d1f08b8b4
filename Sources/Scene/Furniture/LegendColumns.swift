/// The map's legend laid out across the band under a portrait or square map, in columns of equal width read like a
/// newspaper's: the lines run down the first column and on into the next, the columns as even as the lines allow.
/// In portrait each group keeps its heading (a heading never ends a column); the compact legend of a square map
/// drops the headings and uses one more column. The type is a little smaller than over a landscape map (at a
/// stacked layout's scale still over 14 px on a phone), so that the band leaves the map room. A label too
/// long for its column wraps, to three lines at most. Which names labels show is said by the footer alone.
struct LegendColumns {
    let kit: FurnitureKit

    /// Columns of a portrait legend; the compact legend has one more.
    static let columns = 3

    /// A piece of a column: a group's heading with its first line, or a line.
    private struct Unit {
        var heading: String?
        var line: LegendLine?
        var wrapped: [String]
        var height: Double
    }

    /// The panel's items and box, its top-left corner at `origin`, `width` wide.
    func layout(
        _ lines: [LegendLine], compact: Bool, origin: PixelPoint, width: Double
    ) -> (items: [SceneItem], box: PixelRect) {
        let k = kit.scale, padding = kit.padding
        let size = kit.style.legendSize * k * PanelBand.typeFactor
        let rowHeight = size * (compact ? 1.4 : 1.5), lineStep = size * 1.2
        let swatchWidth = 26 * k
        let columnCount = Self.columns + (compact ? 1 : 0)
        let columnWidth = (width - padding * 2) / Double(columnCount)
        let labelWidth = columnWidth - swatchWidth - padding * 1.4
        var units: [Unit] = []
        var lastGroup: String?
        for line in lines {
            let wrapped = kit.wrap(line.label, role: "regular", size: size, maxWidth: labelWidth, maxLines: 3)
            let lineHeight = rowHeight + Double(wrapped.count - 1) * lineStep
            let heading = compact || line.groupTitle == lastGroup ? nil : line.groupTitle
            lastGroup = line.groupTitle
            units.append(
                Unit(
                    heading: heading, line: line, wrapped: wrapped,
                    height: lineHeight + (heading == nil ? 0 : rowHeight * 1.05 + size * 0.3)))
        }
        let columns = Self.flow(units.map(\.height), into: columnCount)
        var items: [SceneItem] = []
        let top = origin.y + padding * 0.8
        var bottom = top
        for (column, range) in columns.enumerated() {
            let x = origin.x + padding + Double(column) * columnWidth
            var y = top
            for unit in units[range] {
                if let heading = unit.heading {
                    // A group starting lower in a column stands a little apart from the one above.
                    if y > top { y += size * 0.3 }
                    items.append(
                        kit.text(
                            heading, x: x, baseline: y + size * 1.05, role: "bold", size: size,
                            color: kit.style.textColor, part: .legend))
                    y += rowHeight * 1.05
                }
                guard let line = unit.line else { continue }
                let swatchBox = PixelRect(x: x, y: y + rowHeight * 0.12, width: swatchWidth, height: rowHeight * 0.72)
                items += LegendSwatch.items(line.swatch, in: swatchBox, scale: k, border: kit.style.panelBorderColor)
                for (index, text) in unit.wrapped.enumerated() {
                    items.append(
                        kit.text(
                            text, x: swatchBox.maxX + padding * 0.6, baseline: y + size + Double(index) * lineStep,
                            size: size, color: kit.style.textColor, part: .legend))
                }
                y += rowHeight + Double(unit.wrapped.count - 1) * lineStep
            }
            bottom = max(bottom, y)
        }
        let box = PixelRect(x: origin.x, y: origin.y, width: width, height: bottom - origin.y + padding * 0.8)
        return ([kit.panel(box, part: .legend)] + items, box)
    }

    /// The units of each column, in order, for the shortest tallest column: the least height at which filling
    /// each column in turn up to it uses no more than `count` columns (more height never needs more columns, so
    /// the least is found by halving).
    static func flow(_ heights: [Double], into count: Int) -> [Range<Int>] {
        func fill(_ limit: Double) -> [Range<Int>] {
            var columns: [Range<Int>] = [], start = 0, height = 0.0
            for (index, unit) in heights.enumerated() {
                if index > start, height + unit > limit {
                    columns.append(start..<index)
                    start = index
                    height = 0
                }
                height += unit
            }
            if start < heights.count { columns.append(start..<heights.count) }
            return columns
        }
        var low = heights.max() ?? 0, high = heights.reduce(0, +)
        for _ in 0..<40 where high - low > 0.5 {
            let middle = (low + high) / 2
            if fill(middle).count <= count { high = middle } else { low = middle }
        }
        return fill(high)
    }
}
