import Localization

/// What an area chart shows: the area each side held over a range of dates, a step on each date the control
/// zones change, the key events marked on it.
public struct ChartDescription: Sendable, Hashable {
    /// One plotted side: its area at the start and the end of the range, and its peak when higher than both.
    public struct Series: Sendable, Hashable {
        public var name: String
        public var start: Double
        public var end: Double
        /// The largest area in between, when larger than at both ends (a side that held ground only in the middle
        /// of the range, such as peacekeepers), and the first date it was held.
        public var peakKm2: Double?
        public var peakDate: String?

        /// - Parameters: the side's wording, its areas in km² on the first and last dates, and its largest area
        ///   with the first date it was held (kept only when larger than both ends).
        public init(name: String, start: Double, end: Double, peak: (km2: Double, date: String)? = nil) {
            self.name = name
            self.start = start
            self.end = end
            if let peak, peak.km2 > max(start, end) {
                peakKm2 = peak.km2
                peakDate = peak.date
            }
        }
    }

    /// One step of the chart: a date, the areas held, and what changed hands since the step before.
    public struct Step: Sendable, Hashable {
        public var date: String
        public var areas: [HeldArea]
        /// "A → B: 1,704 km²" for each direction.
        public var changes: [String]
        /// Everything that changed hands since the step before, km² (to find the largest change).
        public var changedKm2: Double

        /// - Parameters: as described on each property.
        public init(date: String, areas: [HeldArea], changes: [String], changedKm2: Double) {
            self.date = date
            self.areas = areas
            self.changes = changes
            self.changedKm2 = changedKm2
        }
    }

    public var title: String
    public var from: String
    public var to: String
    public var series: [Series]
    /// The sides left off the chart (they hold the rest of the study area), by name.
    public var notPlotted: [String]
    public var steps: [Step]
    /// The events marked on the chart: "1 Mar 2024: Hill Front offensive begins".
    public var markedEvents: [String]
    public var credit: DataCredit

    /// - Parameters: as described on each property.
    public init(
        title: String, from: String, to: String, series: [Series], notPlotted: [String], steps: [Step],
        markedEvents: [String], credit: DataCredit
    ) {
        self.title = title
        self.from = from
        self.to = to
        self.series = series
        self.notPlotted = notPlotted
        self.steps = steps
        self.markedEvents = markedEvents
        self.credit = credit
    }

    /// The alt text: the short form gives each side's area at both ends, the largest change and the marked
    /// events (as many as fit); the long form gives every step and every marked event.
    public func altText(_ catalog: Catalog) -> AltText {
        let opening = catalog.text(.altChart, ["title": title, "from": from, "to": to])
        let seriesText = series.map { side in
            var values = [
                "name": side.name, "start": catalog.area(squareKilometres: side.start), "from": from,
                "end": catalog.area(squareKilometres: side.end), "to": to,
            ]
            guard let peak = side.peakKm2, let date = side.peakDate else { return catalog.text(.altSeries, values) }
            values["peak"] = catalog.area(squareKilometres: peak)
            values["date"] = date
            return catalog.text(.altSeriesPeak, values)
        }
        let held = seriesText.isEmpty ? nil : catalog.text(.altAreasHeld, ["areas": seriesText.joined(separator: "; ")])
        let omitted =
            notPlotted.isEmpty ? nil : catalog.text(.chartNotPlotted, ["parties": notPlotted.joined(separator: ", ")])
        var largest: String?
        if let step = steps.dropFirst().max(by: { $0.changedKm2 < $1.changedKm2 }), step.changedKm2 > 0 {
            largest = catalog.text(
                .altChartLargest, ["date": step.date, "changes": step.changes.joined(separator: "; ")])
        }
        func marked(_ limit: Int) -> String? {
            guard !markedEvents.isEmpty, limit > 0 else { return nil }
            var list = markedEvents.prefix(limit).joined(separator: "; ")
            if limit < markedEvents.count {
                list += "; " + catalog.text(.eventsMore, ["count": String(markedEvents.count - limit)])
            }
            return catalog.text(.altChartEvents, ["events": list])
        }
        let short = Sentences.firstFitting(
            stride(from: markedEvents.count, through: 0, by: -1).map { limit in
                Sentences.join([opening, held, largest, marked(limit), credit.sentence])
            })
        let rows = steps.map { step -> String in
            let areas = step.areas.isEmpty ? catalog.text(.altNoZones) : HeldArea.list(step.areas, catalog)
            return step.changes.isEmpty
                ? catalog.text(.altChartStep, ["date": step.date, "areas": areas])
                : catalog.text(
                    .altChartStepChanges,
                    ["date": step.date, "areas": areas, "changes": step.changes.joined(separator: "; ")])
        }
        let long = Sentences.join([
            opening, held, omitted, largest,
            rows.isEmpty ? nil : catalog.text(.altChartSteps, ["steps": rows.joined(separator: " | ")]),
            marked(markedEvents.count), credit.sentence, credit.sources,
        ])
        return AltText(short: short, long: long)
    }
}
