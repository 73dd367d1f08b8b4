import Changes
import Chronology
import Description
import Localization
import Projection
import Scene
import Style

/// A step chart of the area each side held over a range of days, laid out as a ``Scene`` (painted by the map
/// renderer, so PNG, SVG and PDF come out alike): a title and subtitle, a legend with the data set's party names in
/// the map's colours, the steps of ``AreaSeries`` on a labelled time axis and km² axis, the key events marked and
/// listed, and a footer with the sources and "data as of".
///
/// Sides that hold the rest of a study area whose outer edge no source drew (`labelled: false` in region.json)
/// are not plotted, and the footer says so: their total measures the study area, not the side.
public struct AreaChart: Sendable {
    public let series: AreaSeries
    /// The data set's events, from which the key events are chosen.
    public let events: [DatedFeature]
    public let style: Style
    public let catalog: Catalog
    public let measurer: any TextMeasurer
    /// The chart's size in logical pixels (1200x675 reads well on screens and in print).
    public let width: Double
    public let height: Double
    /// How time is spread along the axis: `linear`, or `compressed` with long quiet spans broken (the footer then
    /// states the rule).
    public let timeScale: ChartTimeScale

    /// - Parameters: as described on each property.
    public init(
        series: AreaSeries, events: [DatedFeature], style: Style, catalog: Catalog, measurer: any TextMeasurer,
        width: Double = 1200, height: Double = 675, timeScale: ChartTimeScale = .linear
    ) {
        self.series = series
        self.events = events
        self.style = style
        self.catalog = catalog
        self.measurer = measurer
        self.width = width
        self.height = height
        self.timeScale = timeScale
    }

    /// The controllers drawn: every side holding ground somewhere in the range, except the remainder sides.
    public var plotted: [Controller] {
        series.controllers.filter { controller in
            !isRemainder(controller) && series.rows.contains { ($0.areas[controller] ?? 0) > 0 }
        }
    }

    /// The sides left off because they hold the rest of the study area.
    public var notPlotted: [Controller] {
        series.controllers.filter { controller in
            isRemainder(controller) && series.rows.contains { ($0.areas[controller] ?? 0) > 0 }
        }
    }

    func isRemainder(_ controller: Controller) -> Bool {
        series.region.party(controller.id).map { !$0.isLabelled } ?? false
    }

    /// The days on which a side's area changes (by more than a sliver): the steps a compressed axis keeps to scale.
    var changeDays: Set<Day> {
        var days: Set<Day> = []
        for (previous, row) in zip(series.rows, series.rows.dropFirst())
        where series.controllers.contains(where: {
            abs((row.areas[$0] ?? 0) - (previous.areas[$0] ?? 0)) >= ChangeSet.minimumAreaKm2
        }) {
            days.insert(row.day)
        }
        return days
    }

    /// Sizes scale with the chart: 1 at 1200x675.
    var unit: Double { min(max(min(width / 1200, height / 675), 0.6), 2.5) }

    /// The chart as a scene, with its metadata and alt text.
    public func scene() -> Scene {
        var layout = ChartLayout(chart: self)
        let items = layout.build()
        let altText = describe(markers: layout.markers).altText(catalog)
        let region = series.region
        let metadata = SceneMetadata(
            title: layout.title, description: altText.short, source: region.attribution.text(in: catalog.language),
            date: "\(series.range.lowerBound)/\(series.range.upperBound)",
            dataVersion: "\(region.id) \(region.version), data as of \(region.asOf)", altText: altText)
        return Scene(
            width: width, height: height,
            viewport: Viewport(fitting: region.extent, width: width, height: height), background: .white,
            items: items, title: layout.title, subtitle: layout.subtitle, metadata: metadata)
    }

    /// A side's wording in the chart's language.
    func name(_ controller: Controller) -> String {
        MapDescriber(catalog: catalog, region: series.region).name(of: controller)
    }

    /// "27 Sep 2020".
    func mediumDate(_ day: Day) -> String { "\(catalog.shortDate(month: day.month, day: day.day)) \(day.year)" }

    /// The chart in words, from the same rows and markers it draws.
    func describe(markers: [KeyEvents.Marker]) -> ChartDescription {
        let describer = MapDescriber(catalog: catalog, region: series.region)
        let naming = { (controller: Controller) in describer.name(of: controller) }
        let first = series.rows.first, last = series.rows.last
        let wording = EventWording(catalog: catalog, region: series.region)
        return ChartDescription(
            title: series.region.title.text(in: catalog.language), from: catalog.longDate(series.range.lowerBound),
            to: catalog.longDate(series.range.upperBound),
            series: plotted.map { controller in
                // The first row holding the most (strictly more than any before it).
                let peak = series.rows.reduce(nil as AreaSeries.Row?) { best, row in
                    (row.areas[controller] ?? 0) > (best?.areas[controller] ?? -1) ? row : best
                }
                return ChartDescription.Series(
                    name: naming(controller), start: first?.areas[controller] ?? 0, end: last?.areas[controller] ?? 0,
                    peak: peak.map { ($0.areas[controller] ?? 0, catalog.longDate($0.day)) })
            },
            notPlotted: notPlotted.map(naming),
            steps: series.rows.map { row in
                ChartDescription.Step(
                    date: catalog.longDate(row.day), areas: describer.heldAreas(row.areas),
                    changes: row.transfers.map {
                        catalog.text(.changeDirection, ["from": naming($0.from), "to": naming($0.to)]) + ": "
                            + catalog.area(squareKilometres: $0.areaKm2)
                    }, changedKm2: row.changedKm2)
            },
            markedEvents: markers.map { "\(mediumDate($0.day)): \(wording.titleWithAttribution($0.event))" },
            credit: DataCredit(region: series.region, catalog: catalog))
    }
}
