import Chronology
import Scene
import Style

extension ChartLayout {
    /// The title and the subtitle.
    func header(top: inout Double) -> [SceneItem] {
        var items: [SceneItem] = []
        let width = chart.width - padding * 2
        for line in text.wrap(title, role: "bold", size: titleSize, maxWidth: width, maxLines: 2) {
            top += titleSize * 1.05
            items.append(
                text.item(
                    line, x: padding, baseline: top, role: "bold", size: titleSize, color: palette.text, layer: "title")
            )
            top += titleSize * 0.2
        }
        for line in text.wrap(subtitle, size: subtitleSize, maxWidth: width, maxLines: 2) {
            top += subtitleSize * 1.35
            items.append(
                text.item(
                    line, x: padding, baseline: top, size: subtitleSize, color: palette.mutedText, layer: "subtitle"))
        }
        top += subtitleSize * 0.9
        return items
    }

    /// One swatch and name per plotted side, in legend order, wrapping onto more rows when needed.
    func legend(top: inout Double) -> [SceneItem] {
        var items: [SceneItem] = []
        let swatchWidth = 26 * unit, swatchHeight = 13 * unit, rowHeight = legendSize * 1.7
        var x = padding
        var rowTop = top
        for controller in chart.plotted {
            let name = chart.name(controller)
            let entryWidth = swatchWidth + 7 * unit + text.width(name, "regular", legendSize)
            if x > padding, x + entryWidth > chart.width - padding {
                x = padding
                rowTop += rowHeight
            }
            let swatch = palette.swatch(controller)
            let box = PixelRect(
                x: x, y: rowTop + (rowHeight - swatchHeight) / 2, width: swatchWidth, height: swatchHeight)
            items.append(
                .rect(
                    .init(
                        rect: box, fill: swatch.fill.withAlpha(0.45), hatch: swatch.hatch, layer: .style("chart:legend")
                    ))
            )
            items.append(
                .stroke(
                    .init(
                        paths: [[PixelPoint(x: box.x, y: box.y), PixelPoint(x: box.maxX, y: box.y)]],
                        color: swatch.line, width: 2.5 * unit, roundCaps: false, layer: .style("chart:legend"))))
            items.append(
                text.item(
                    name, x: box.maxX + 7 * unit, baseline: rowTop + rowHeight / 2 + legendSize * 0.36,
                    size: legendSize,
                    color: palette.text, layer: "legend"))
            x += entryWidth + 22 * unit
        }
        top = rowTop + rowHeight + 4 * unit
        return items
    }

    /// Horizontal rules at each value tick, their labels, the unit, and the baseline.
    func grid(tickLabels: [String]) -> [SceneItem] {
        var items: [SceneItem] = []
        let faint = StyleColor(red: 0.86, green: 0.86, blue: 0.86)
        for (value, label) in zip(valueAxis.ticks, tickLabels) {
            let rowY = Self.crisp(y(value))
            items.append(
                .stroke(
                    .init(
                        paths: [[PixelPoint(x: plot.x, y: rowY), PixelPoint(x: plot.maxX, y: rowY)]],
                        color: value == 0 ? palette.mutedText : faint, width: value == 0 ? 1.2 : 1, roundCaps: false,
                        layer: .style("chart:grid"))))
            items.append(
                text.item(
                    label, x: plot.x - 8 * unit, baseline: y(value) + axisSize * 0.36, size: axisSize,
                    color: palette.mutedText, alignment: .right, layer: "axis"))
        }
        // The unit at the far left, clear of the first event marker at the plot's corner.
        items.append(
            text.item(
                chart.catalog.text(.chartAxis), x: padding, baseline: plot.y - axisSize * 0.9, size: axisSize,
                color: palette.mutedText, layer: "axis"))
        return items
    }

    /// Each plotted side as a step area (its map fill, translucent) under a step line, the largest drawn first so
    /// that small areas stay visible on top. Only the stretches where a side holds ground are drawn: a line along
    /// the baseline would hide the other sides' zero and the axis.
    func areas() -> [SceneItem] {
        let rows = chart.series.rows
        guard let axis = timeAxis, !rows.isEmpty else { return [] }
        var fills: [(maximum: Double, item: SceneItem)] = []
        var lines: [SceneItem] = []
        let baseline = y(0)
        for controller in chart.plotted {
            var runs: [[PixelPoint]] = []
            var current: [PixelPoint] = []
            for (index, row) in rows.enumerated() {
                let value = row.areas[controller] ?? 0
                let start = x(row.day), end = x(index + 1 < rows.count ? rows[index + 1].day : axis.last)
                guard value > 0 else {
                    if !current.isEmpty { runs.append(current + [PixelPoint(x: start, y: baseline)]) }
                    current = []
                    continue
                }
                if current.isEmpty { current.append(PixelPoint(x: start, y: baseline)) }
                current += [PixelPoint(x: start, y: y(value)), PixelPoint(x: end, y: y(value))]
            }
            // A side still holding ground at the end of the range is not closed down to the baseline there.
            if !current.isEmpty { runs.append(current) }
            guard !runs.isEmpty else { continue }
            let swatch = palette.swatch(controller)
            let rings = runs.map { run -> [PixelPoint] in
                var ring = run
                if let last = ring.last, last.y != baseline { ring.append(PixelPoint(x: last.x, y: baseline)) }
                return ring + [ring[0]]
            }
            let maximum = rows.map { $0.areas[controller] ?? 0 }.max() ?? 0
            fills.append(
                (
                    maximum,
                    .fill(
                        .init(
                            polygons: rings.map { [$0] }, color: swatch.fill.withAlpha(0.45), hatch: swatch.hatch,
                            layer: .style("chart:area:\(controller.id)")))
                ))
            lines.append(
                .stroke(
                    .init(
                        paths: runs, color: swatch.line, width: 2.5 * unit, roundCaps: false, join: .miter,
                        layer: .style("chart:line:\(controller.id)"))))
        }
        return fills.sorted { $0.maximum > $1.maximum }.map(\.item) + lines
    }

    /// Tick marks and labels of the time axis, kept inside the chart.
    func timeTicks(_ axis: TimeAxis) -> [SceneItem] {
        var items: [SceneItem] = []
        let baseline = plot.maxY
        for tick in axis.ticks {
            let tickX = Self.crisp(x(tick.day))
            items.append(
                .stroke(
                    .init(
                        paths: [[PixelPoint(x: tickX, y: baseline), PixelPoint(x: tickX, y: baseline + 5 * unit)]],
                        color: palette.mutedText, width: 1, roundCaps: false, layer: .style("chart:axis"))))
            let half = text.width(tick.label, "regular", axisSize) / 2
            let labelX = min(max(x(tick.day), padding + half), chart.width - padding - half)
            items.append(
                text.item(
                    tick.label, x: labelX, baseline: baseline + 5 * unit + axisSize * 1.1, size: axisSize,
                    color: palette.mutedText, alignment: .center, layer: "axis"))
        }
        return items
    }

    /// A numbered disc above the plot for each key event, with a dotted rule down to the baseline.
    func markerItems(_ axis: TimeAxis) -> [SceneItem] {
        var items: [SceneItem] = []
        let ink = StyleColor(red: 0.24, green: 0.24, blue: 0.24)
        for marker in markers {
            let centerX = x(marker.day)
            let centerY = plot.y - axisSize * 0.2 - markerRadius - Double(marker.row) * markerRowHeight
            let ruleX = Self.crisp(centerX)
            items.append(
                .stroke(
                    .init(
                        paths: [[PixelPoint(x: ruleX, y: centerY + markerRadius), PixelPoint(x: ruleX, y: plot.maxY)]],
                        color: ink.withAlpha(0.55), width: 1, dash: [2 * unit, 3 * unit], roundCaps: false,
                        layer: .style("chart:marker"))))
            items += disc(marker.number, center: PixelPoint(x: centerX, y: centerY), ink: ink)
        }
        return items
    }

    func disc(_ number: Int, center: PixelPoint, ink: StyleColor) -> [SceneItem] {
        [
            .circle(
                .init(
                    center: center, radius: markerRadius, fill: ink, stroke: .white, strokeWidth: 1.5 * unit,
                    layer: .style("chart:marker"))),
            text.item(
                String(number), x: center.x, baseline: center.y + markerRadius * 0.42, role: "bold",
                size: markerRadius * 1.15, color: .white, alignment: .center, layer: "marker"),
        ]
    }

    /// The key events under the chart, in two columns, each entry its number, date and title with whose claim it
    /// is, wrapped to two lines.
    func eventList(bottom: Double, left: Double, width: Double) -> (items: [SceneItem], height: Double) {
        guard !markers.isEmpty else { return ([], 0) }
        let wording = EventWording(catalog: chart.catalog, region: chart.series.region)
        let columns = width >= 700 * unit ? 2 : 1
        let gap = 24 * unit
        let columnWidth = (width - gap * Double(columns - 1)) / Double(columns)
        let lineHeight = listSize * 1.35
        let textLeft = markerRadius * 2 + 8 * unit
        let entries = markers.map { marker in
            text.wrap(
                "\(chart.mediumDate(marker.day)) \u{00B7} \(wording.titleWithAttribution(marker.event))",
                size: listSize, maxWidth: columnWidth - textLeft, maxLines: 2)
        }
        let perColumn = (entries.count + columns - 1) / columns
        var rowHeights: [Double] = []
        for row in 0..<perColumn {
            let lines =
                (0..<columns).compactMap { column -> Int? in
                    let index = column * perColumn + row
                    return index < entries.count ? entries[index].count : nil
                }.max() ?? 1
            rowHeights.append(Double(lines) * lineHeight + 4 * unit)
        }
        let height = rowHeights.reduce(0, +) + listSize * 0.8
        var items: [SceneItem] = []
        let ink = StyleColor(red: 0.24, green: 0.24, blue: 0.24)
        for (index, lines) in entries.enumerated() {
            let column = index / perColumn, row = index % perColumn
            let rowTop = bottom - height + listSize * 0.8 + rowHeights.prefix(row).reduce(0, +)
            let columnX = left + Double(column) * (columnWidth + gap)
            items += disc(
                markers[index].number, center: PixelPoint(x: columnX + markerRadius, y: rowTop + lineHeight * 0.45),
                ink: ink)
            for (lineIndex, line) in lines.enumerated() {
                items.append(
                    text.item(
                        line, x: columnX + textLeft,
                        baseline: rowTop + listSize * 0.95 + Double(lineIndex) * lineHeight,
                        size: listSize, color: palette.text, layer: "events"))
            }
        }
        return (items, height)
    }

    /// The footer's lines from `top` down.
    func footerItems(_ lines: [String], top: Double) -> [SceneItem] {
        lines.enumerated().map { index, line in
            text.item(
                line, x: padding, baseline: top + footerSize + Double(index) * footerSize * 1.45, size: footerSize,
                color: palette.mutedText, layer: "footer")
        }
    }

    /// A coordinate on the middle of a device pixel at scale 1, so one-pixel rules are sharp.
    static func crisp(_ value: Double) -> Double { value.rounded(.down) + 0.5 }
}
