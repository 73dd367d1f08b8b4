import Localization

/// The numbered list of the day's events and those of the window before it, bottom left: the same numbers as
/// the icons on the map, when each happened, and whose claim it is.
struct EventsPanel {
    let kit: FurnitureKit
    let frame: MapFrame
    let catalog: Catalog

    /// At most this many rows; the rest are counted.
    static let maximumRows = 10

    func layout(_ rows: [EventRow], heading: String, rightLimit: Double) -> (items: [SceneItem], box: PixelRect)? {
        guard !rows.isEmpty else { return nil }
        let k = kit.scale, padding = kit.padding
        let size = kit.style.legendSize * k
        let panelWidth = min(560 * k, rightLimit - padding * 2)
        guard panelWidth > 200 * k else { return nil }
        let rowHeight = size * 1.4
        let numberWidth = 24 * k
        let left = padding
        let whenWidth =
            max(
                kit.measure("~since 00 Sep", "regular", size).advance,
                rows.map { kit.measure($0.when, "regular", size).advance }.max() ?? 0)
            + padding * 0.5
        let whenX = left + padding + numberWidth + kit.measure("00", "bold", size * 0.9).advance + 4 * k
        let textWidth = left + panelWidth - padding - whenX - whenWidth
        let shown = Array(rows.prefix(Self.maximumRows))
        let wrapped = shown.map { kit.wrap($0.title, role: "regular", size: size, maxWidth: textWidth, maxLines: 3) }
        let extra = rows.count - shown.count
        let lineCount = wrapped.reduce(0) { $0 + $1.count } + (extra > 0 ? 1 : 0)
        let panelHeight =
            padding * 1.6 + rowHeight * 1.2 + Double(lineCount) * rowHeight + Double(shown.count) * size * 0.25
        let box = PixelRect(
            x: padding, y: frame.height - frame.footerHeight - padding - panelHeight, width: panelWidth,
            height: panelHeight)
        var items = [kit.panel(box, name: "events")]
        var y = box.minY + padding * 0.8
        items.append(
            kit.text(
                heading, x: box.minX + padding, baseline: y + size, role: "bold", size: size,
                color: kit.style.textColor, name: "events"))
        y += rowHeight * 1.2
        for (row, lines) in zip(shown, wrapped) {
            let color = row.isRecent ? kit.style.mutedTextColor : kit.style.textColor
            let badgeCenter = PixelPoint(x: box.minX + padding + numberWidth / 2 - 2, y: y + rowHeight * 0.45)
            items.append(
                .icon(
                    .init(
                        center: badgeCenter, symbol: row.symbol, radius: min(rowHeight * 0.48, 9 * k),
                        opacity: row.isRecent ? 0.55 : 1,
                        layerID: "furniture:events")))
            items.append(
                kit.text(
                    row.number, x: box.minX + padding + numberWidth, baseline: y + size, role: "bold", size: size * 0.9,
                    color: color, name: "events"))
            items.append(kit.text(row.when, x: whenX, baseline: y + size, size: size, color: color, name: "events"))
            for line in lines {
                items.append(
                    kit.text(line, x: whenX + whenWidth, baseline: y + size, size: size, color: color, name: "events"))
                y += rowHeight
            }
            y += size * 0.25
        }
        if extra > 0 {
            let more = catalog.text(.eventsMore, ["count": String(extra)])
            items.append(
                kit.text(
                    more, x: whenX + whenWidth, baseline: y + size, size: size, color: kit.style.mutedTextColor,
                    name: "events"))
        }
        return (items, box)
    }
}
