import Localization

/// The numbered list of the day's events and those of the window before it: the same numbers as the icons on the
/// map, when each happened, and whose claim it is. Bottom left over the map in landscape, in the band under the map
/// in portrait and square layouts.
struct EventsPanel {
    let kit: FurnitureKit
    let frame: MapFrame
    let catalog: Catalog

    /// At most this many rows; the rest are counted.
    static let maximumRows = 10

    /// The rows a panel shows, wrapped, and the measures they are drawn with.
    struct Plan {
        var size: Double
        var rowHeight: Double
        var numberWidth: Double
        var whenX: Double
        var whenWidth: Double
        var shown: [EventRow]
        var wrapped: [[String]]
        /// Rows left out, counted on the last line.
        var extra: Int
        var height: Double
    }

    /// The landscape panel, bottom left (or with its top at `top`), stopping at `rightLimit`.
    func layout(
        _ rows: [EventRow], heading: String, rightLimit: Double, top: Double? = nil
    ) -> (items: [SceneItem], box: PixelRect)? {
        guard !rows.isEmpty else { return nil }
        let k = kit.scale, padding = kit.padding
        let panelWidth = min(560 * k, rightLimit - padding * 2)
        guard panelWidth > 200 * k else { return nil }
        let plan = plan(rows, left: padding, width: panelWidth)
        let box = PixelRect(
            x: padding, y: top ?? (frame.height - frame.footerHeight - padding - plan.height), width: panelWidth,
            height: plan.height)
        return (draw(plan, heading: heading, in: box), box)
    }

    /// The rows that fit: at most `maxRows`, each title on at most `maxLines` lines, and as many as fit in
    /// `maxHeight` (the rest counted on the last line); the type `typeFactor` times the legend's.
    func plan(
        _ rows: [EventRow], left: Double, width panelWidth: Double, maxRows: Int = maximumRows, maxLines: Int = 3,
        maxHeight: Double = .infinity, typeFactor: Double = 1
    ) -> Plan {
        let k = kit.scale, padding = kit.padding
        let size = kit.style.legendSize * k * typeFactor
        let rowHeight = size * 1.4
        let numberWidth = 24 * k
        let whenWidth =
            max(
                kit.measure("~since 00 Sep", "regular", size).advance,
                rows.map { kit.measure($0.when, "regular", size).advance }.max() ?? 0)
            + padding * 0.5
        let whenX = left + padding + numberWidth + kit.measure("00", "bold", size * 0.9).advance + 4 * k
        let textWidth = left + panelWidth - padding - whenX - whenWidth
        var shown = Array(rows.prefix(maxRows))
        while true {
            let wrapped = shown.map {
                kit.wrap($0.title, role: "regular", size: size, maxWidth: textWidth, maxLines: maxLines)
            }
            let extra = rows.count - shown.count
            let lineCount = wrapped.reduce(0) { $0 + $1.count } + (extra > 0 ? 1 : 0)
            let panelHeight =
                padding * 1.6 + rowHeight * 1.2 + Double(lineCount) * rowHeight + Double(shown.count) * size * 0.25
            // The band is sized to this very height in an earlier pass: a rounding error must not drop a row.
            if panelHeight <= maxHeight + 0.01 || shown.isEmpty {
                return Plan(
                    size: size, rowHeight: rowHeight, numberWidth: numberWidth, whenX: whenX - left,
                    whenWidth: whenWidth, shown: shown, wrapped: wrapped, extra: extra, height: panelHeight)
            }
            shown.removeLast()
        }
    }

    /// The panel's items in `box`.
    func draw(_ plan: Plan, heading: String, in box: PixelRect) -> [SceneItem] {
        let k = kit.scale, padding = kit.padding
        let size = plan.size, rowHeight = plan.rowHeight, numberWidth = plan.numberWidth
        let whenX = box.minX + plan.whenX, whenWidth = plan.whenWidth
        var items = [kit.panel(box, part: .events)]
        var y = box.minY + padding * 0.8
        items.append(
            kit.text(
                heading, x: box.minX + padding, baseline: y + size, role: "bold", size: size,
                color: kit.style.textColor, part: .events))
        y += rowHeight * 1.2
        for (row, lines) in zip(plan.shown, plan.wrapped) {
            let color = row.isRecent ? kit.style.mutedTextColor : kit.style.textColor
            let badgeCenter = PixelPoint(x: box.minX + padding + numberWidth / 2 - 2, y: y + rowHeight * 0.45)
            items.append(
                .icon(
                    .init(
                        center: badgeCenter, symbol: row.symbol, radius: min(rowHeight * 0.48, 9 * k),
                        opacity: row.isRecent ? 0.55 : 1,
                        layer: .furniture(.events))))
            items.append(
                kit.text(
                    row.number, x: box.minX + padding + numberWidth, baseline: y + size, role: "bold", size: size * 0.9,
                    color: color, part: .events))
            items.append(kit.text(row.when, x: whenX, baseline: y + size, size: size, color: color, part: .events))
            for line in lines {
                items.append(
                    kit.text(line, x: whenX + whenWidth, baseline: y + size, size: size, color: color, part: .events))
                y += rowHeight
            }
            y += size * 0.25
        }
        if plan.extra > 0 {
            let more = catalog.text(.eventsMore, ["count": String(plan.extra)])
            items.append(
                kit.text(
                    more, x: whenX + whenWidth, baseline: y + size, size: size, color: kit.style.mutedTextColor,
                    part: .events))
        }
        return items
    }
}
