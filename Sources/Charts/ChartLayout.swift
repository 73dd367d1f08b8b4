import Chronology
import Description
import Localization
import Scene
import Style

/// Lays out an ``AreaChart`` from the top and the bottom towards the plot: header and legend above, footer,
/// list of key events and time labels below, the plot in between; fewer key events when the plot would get too
/// short.
struct ChartLayout {
    let chart: AreaChart
    let text: ChartText
    let palette: ChartPalette
    let unit: Double
    let padding: Double
    var title = ""
    var subtitle = ""
    /// The plot's box.
    var plot = PixelRect(x: 0, y: 0, width: 0, height: 0)
    var valueAxis: ValueAxis
    var timeAxis: TimeAxis?
    var markers: [KeyEvents.Marker] = []

    init(chart: AreaChart) {
        self.chart = chart
        text = ChartText(measurer: chart.measurer)
        palette = ChartPalette(style: chart.style, region: chart.series.region, language: chart.catalog.language)
        unit = chart.unit
        padding = 20 * chart.unit
        let maximum = chart.plotted.flatMap { controller in chart.series.rows.map { $0.areas[controller] ?? 0 } }.max()
        valueAxis = ValueAxis(maximum: maximum ?? 0)
    }

    // Type sizes, logical pixels at 1200x675.
    var titleSize: Double { 24 * unit }
    var subtitleSize: Double { 14 * unit }
    var legendSize: Double { 13.5 * unit }
    var axisSize: Double { 12.5 * unit }
    var listSize: Double { 12.5 * unit }
    var footerSize: Double { 11 * unit }
    var markerRadius: Double { 9 * unit }
    var markerRowHeight: Double { markerRadius * 2 + 4 * unit }

    /// Every item of the chart.
    mutating func build() -> [SceneItem] {
        let catalog = chart.catalog, series = chart.series
        let regionTitle = series.region.title.text(in: catalog.language)
        // The long dates, unless they push the title onto a second line; then the shorter ones.
        let titleWidth = chart.width - padding * 2
        let forms: [(Day) -> String] = [catalog.longDate(_:), chart.mediumDate]
        title =
            forms.map { form in
                catalog.text(
                    .chartTitle,
                    ["title": regionTitle, "from": form(series.range.lowerBound), "to": form(series.range.upperBound)])
            }.first { text.width($0, "bold", titleSize) <= titleWidth }
            ?? catalog.text(
                .chartTitle,
                [
                    "title": regionTitle, "from": chart.mediumDate(series.range.lowerBound),
                    "to": chart.mediumDate(series.range.upperBound),
                ])
        subtitle = catalog.text(.chartSubtitle)
        var items: [SceneItem] = []
        var top = padding
        items += header(top: &top)
        items += legend(top: &top)
        let tickLabels = valueAxis.ticks.map { catalog.wholeNumber($0) }
        let labelWidth = tickLabels.map { text.width($0, "regular", axisSize) }.max() ?? 0
        let left = padding + max(labelWidth, text.width(catalog.text(.chartAxis), "regular", axisSize)) + 10 * unit
        let right = chart.width - padding - 6 * unit
        let (measuring, tickSize) = (self.text, self.axisSize)
        let measure = { (label: String) in measuring.width(label, "regular", tickSize) }
        // Tick labels may reach into the margins, as `timeTicks` places them.
        let overhang = (left: left - padding, right: chart.width - padding - right)
        let axis = { (anchors: Set<Day>) in
            TimeAxis(
                range: series.range, anchors: anchors, width: right - left, overhang: overhang, catalog: catalog,
                labelWidth: measure)
        }
        // A compressed axis is drafted with every day an event may be marked on kept to scale, then drawn with
        // only the days of the events chosen, so that no numbered event falls in a break and no unmarked one
        // keeps a quiet span to scale.
        let changeDays = chart.changeDays
        let candidateDays = Set(KeyEvents.candidates(events: chart.events, series: series).keys)
        let draft =
            switch chart.timeScale {
            case .linear: TimeAxis(range: series.range, width: right - left, catalog: catalog, labelWidth: measure)
            case .compressed: axis(changeDays.union(candidateDays))
            }
        timeAxis = draft
        let footerHeight = Double(footerLines().count) * footerSize * 1.45 + padding * 0.6
        let axisLabelHeight = axisSize * 2
        // Fewer key events when the list under the chart would leave the plot too short to read.
        var list: [SceneItem] = []
        var listHeight = 0.0
        let (events, spacing) = (chart.events, markerRadius * 2 + 3 * unit)
        for limit in [10, 8, 6, 4, 0] {
            func keyEvents(on axis: TimeAxis, days: Set<Day>? = nil) -> [KeyEvents.Marker] {
                KeyEvents(
                    events: events, series: series, position: { left + axis.fraction($0) * (right - left) },
                    spacing: spacing, rows: 3, limit: limit, days: days
                ).markers
            }
            markers = keyEvents(on: draft)
            if chart.timeScale == .compressed {
                let marked = Set(markers.map(\.day))
                let final = axis(changeDays.union(marked))
                markers = keyEvents(on: final, days: marked)
                timeAxis = final
            }
            let bottomOfList = chart.height - footerHeight
            (list, listHeight) = eventList(bottom: bottomOfList, left: padding, width: chart.width - padding * 2)
            let rows = Double((markers.map(\.row).max() ?? -1) + 1)
            let plotTop = top + rows * markerRowHeight + (rows > 0 ? 6 * unit : 0) + axisSize
            let plotBottom = chart.height - footerHeight - listHeight - axisLabelHeight
            plot = PixelRect(x: left, y: plotTop, width: right - left, height: plotBottom - plotTop)
            if plot.height >= chart.height * 0.38 || limit == 0 { break }
        }
        let timeAxis = self.timeAxis ?? draft
        // The footer's room was taken for the draft's lines; the drawn axis breaks no fewer spans, so it says the
        // same unless it is linear after all.
        let footer = footerLines()
        items += grid(tickLabels: tickLabels)
        items += areas()
        items += breakMarks(timeAxis)
        items += timeTicks(timeAxis)
        items += markerItems(timeAxis)
        items += list
        items += footerItems(footer, top: chart.height - footerHeight + padding * 0.35)
        return items
    }

    /// The x of a day.
    func x(_ day: Day) -> Double { plot.x + (timeAxis?.fraction(day) ?? 0) * plot.width }

    /// The y of an area.
    func y(_ value: Double) -> Double { plot.y + plot.height * (1 - value / valueAxis.top) }

    /// The footer's lines: the sides not plotted, the sources (three lines at most) and the data line.
    func footerLines() -> [String] {
        let catalog = chart.catalog, region = chart.series.region
        let width = chart.width - padding * 2
        var lines: [String] = []
        if !chart.notPlotted.isEmpty {
            lines += text.wrap(
                catalog.text(.chartNotPlotted, ["parties": chart.notPlotted.map(chart.name).joined(separator: ", ")]),
                size: footerSize, maxWidth: width, maxLines: 2)
        }
        if let breaks = timeAxis?.breaks, let first = breaks.first {
            let share = catalog.number((first.to - first.from) * 100, decimals: 1)
            lines += text.wrap(
                catalog.text(.chartBrokenAxis, ["days": String(ChartTimeScale.quietDays), "share": share]),
                size: footerSize, maxWidth: width, maxLines: 2)
        }
        lines += text.wrap(
            catalog.text(.footerSources, ["attribution": region.attribution.text(in: catalog.language)]),
            size: footerSize, maxWidth: width, maxLines: 3)
        lines.append(
            catalog.text(
                .chartDataLine,
                ["region": region.id, "version": region.version, "date": catalog.longDate(region.asOf)]))
        return lines
    }
}
