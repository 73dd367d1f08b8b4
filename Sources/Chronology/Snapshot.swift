import GeoJSON

/// What was true on one day: the answer to "what did the region look like on D".
public struct Snapshot: Sendable {
    /// The day asked for.
    public var day: Day
    public var region: Region
    /// Every feature valid on the day, in layer order: base, places, routes and zones valid on it,
    /// and events that happened on it (or span it).
    public var features: [DatedFeature]
    /// Events of the window before the day (drawn faded), oldest first.
    public var recentEvents: [DatedFeature]
    /// How many days before the day the window reaches.
    public var eventsWindowDays: Int

    /// Whether the day is after the data's `as_of` date: the map shows the last known state.
    public var isBeyondAsOf: Bool { day > region.asOf }

    /// The features of one layer valid on the day.
    public func features(in layer: Layer) -> [DatedFeature] { features.filter { $0.layer == layer } }

    /// The control zones of the day.
    public var controlZones: [DatedFeature] { features.filter(\.isControlZone) }

    /// Events of the day itself.
    public var events: [DatedFeature] { features(in: .events) }

    /// The events of the day and of the window, newest first: what a map annotates.
    public var allEvents: [DatedFeature] { events + recentEvents.reversed() }
}

extension Dataset {
    /// The state on a day.
    /// - Parameters:
    ///   - day: the day; not before the region's first date.
    ///   - eventsWindowDays: how many days before `day` still count as recent events (3 by default on the command line).
    /// - Throws: `DateError` when the day is before the data's range.
    public func snapshot(on day: Day, eventsWindowDays: Int = 3) throws(DateError) -> Snapshot {
        try checkDrawable(day)
        let windowStart = day.adding(days: -max(0, eventsWindowDays))
        var current: [DatedFeature] = []
        var recent: [DatedFeature] = []
        for feature in features {
            if feature.validity.contains(day) {
                current.append(feature)
            } else if feature.layer == .events, let date = feature.eventDate, date >= windowStart, date < day {
                recent.append(feature)
            }
        }
        recent.sort {
            ($0.eventDate!, $0.string("time") ?? "", $0.id) < ($1.eventDate!, $1.string("time") ?? "", $1.id)
        }
        return Snapshot(
            day: day, region: region, features: current, recentEvents: recent, eventsWindowDays: eventsWindowDays)
    }
}
