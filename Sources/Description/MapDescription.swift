import Localization

/// What one map shows, as facts to put in words: the title and date, the area each side held, the day's events
/// with whose claim they are, the legend, the extent, and where the data comes from.
///
/// The scene builder fills it from the same snapshot the map is drawn from, and the areas from the same
/// computation as `chronomap areas` (`Dataset.controlAreas(on:)`), so the words and the picture agree.
public struct MapDescription: Sendable, Hashable {
    /// One group of the legend: its heading and its lines.
    public struct LegendGroup: Sendable, Hashable {
        public var title: String
        public var labels: [String]

        /// - Parameters: the heading and the lines, as the legend shows them.
        public init(title: String, labels: [String]) {
            self.title = title
            self.labels = labels
        }
    }

    /// The region's title in the description's language.
    public var title: String
    /// The day, in the long form ("10 November 2020").
    public var date: String
    /// The area each side held, in legend order, sides that hold nothing left out.
    public var areas: [HeldArea]
    /// The events of the day itself.
    public var events: [DescribedEvent]
    /// The events of the days before, drawn faded.
    public var recentEvents: [DescribedEvent]
    /// How many days before the day count as recent.
    public var recentWindowDays: Int
    /// The legend as drawn.
    public var legend: [LegendGroup]
    /// The geographic box shown: west, south, east, north in degrees.
    public var extent: [Double]
    /// The rule the place labels follow ("Names: English / other side's name").
    public var namesLine: String
    /// Whether the day is after the data's `as_of` date (the map then shows the last known state).
    public var isBeyondAsOf: Bool
    public var credit: DataCredit
    /// Areas drawn hatched on top of the zones, each as its label reads ("A → B, 3,111 km²"), under a legend line
    /// ("Changed hands since 18 September 2023"): the later map of a comparison.
    public var highlights: [String] = []
    public var highlightTitle = ""

    /// - Parameters: as described on each property.
    public init(
        title: String, date: String, areas: [HeldArea], events: [DescribedEvent], recentEvents: [DescribedEvent] = [],
        recentWindowDays: Int = 0, legend: [LegendGroup] = [], extent: [Double] = [], namesLine: String = "",
        isBeyondAsOf: Bool = false, credit: DataCredit
    ) {
        self.title = title
        self.date = date
        self.areas = areas
        self.events = events
        self.recentEvents = recentEvents
        self.recentWindowDays = recentWindowDays
        self.legend = legend
        self.extent = extent
        self.namesLine = namesLine
        self.isBeyondAsOf = isBeyondAsOf
        self.credit = credit
    }

    /// The alt text in a language: the short form names the day, every side's area, the day's events (as many
    /// as fit, then "and N more") and the data's date; the long form adds the earlier events, the legend, the
    /// extent, the names rule and the sources.
    public func altText(_ catalog: Catalog) -> AltText {
        let opening = catalog.text(.altMap, ["title": title, "date": date])
        let beyond = isBeyondAsOf ? catalog.text(.altBeyondAsOf) : nil
        let hatched =
            highlights.isEmpty
            ? nil
            : catalog.text(.altHighlights, ["title": highlightTitle, "areas": highlights.joined(separator: "; ")])
        let short = Sentences.firstFitting(
            stride(from: events.count, through: min(1, events.count), by: -1).map { limit in
                Sentences.join([
                    opening, areasSentence(catalog), hatched, eventsSentence(catalog, limit: limit), credit.sentence,
                    beyond,
                ])
            })
        var recent: String?
        if !recentEvents.isEmpty {
            recent = catalog.text(
                .altRecentEvents,
                ["days": String(recentWindowDays), "events": DescribedEvent.list(recentEvents, catalog)])
        }
        let legendText = legend.map { "\($0.title): \($0.labels.joined(separator: ", "))" }.joined(separator: "; ")
        let long = Sentences.join([
            opening, areasSentence(catalog), hatched, eventsSentence(catalog, limit: nil), recent,
            legend.isEmpty ? nil : catalog.text(.altLegend, ["groups": legendText]),
            extentSentence(catalog), namesLine.isEmpty ? nil : Sentences.ending(namesLine), credit.sentence, beyond,
            credit.sources,
        ])
        return AltText(short: short, long: long)
    }

    /// "Area held: A 3,111 km²; B 12,282 km² (the rest of the study area)."
    func areasSentence(_ catalog: Catalog) -> String {
        areas.isEmpty
            ? catalog.text(.altNoZones) : catalog.text(.altAreasHeld, ["areas": HeldArea.list(areas, catalog)])
    }

    func eventsSentence(_ catalog: Catalog, limit: Int?) -> String {
        events.isEmpty
            ? catalog.text(.altNoEvents)
            : catalog.text(.altEventsDay, ["events": DescribedEvent.list(events, limit: limit, catalog)])
    }

    func extentSentence(_ catalog: Catalog) -> String? {
        guard extent.count == 4 else { return nil }
        let numbers = extent.map { catalog.number($0, decimals: 2) }
        return catalog.text(
            .altExtent, ["west": numbers[0], "south": numbers[1], "east": numbers[2], "north": numbers[3]])
    }
}
