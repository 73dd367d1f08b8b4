import Chronology
import Localization

/// How maps word events: the subtitle, each event's line in the events panel, and whose claim an event is
/// ("per the Hill Front; denied by the Valley Council"), in the map's language with
/// the parties' `authority` wording from region.json.
public struct EventWording: Sendable {
    public let catalog: Catalog
    public let region: Region

    /// - Parameters:
    ///   - catalog: the map's language.
    ///   - region: the parties' wording.
    public init(catalog: Catalog, region: Region) {
        self.catalog = catalog
        self.region = region
    }

    /// A party's authority wording, or the named source as the data gives it.
    public func authority(_ claimant: String) -> String {
        region.party(claimant)?.authority.text(in: catalog.language) ?? claimant
    }

    /// "per X" or "per X; denied by Y and Z", or nil when the event is not one side's claim.
    public func attribution(of event: DatedFeature) -> String? {
        guard let claimant = event.claimedBy else { return nil }
        let deniers = event.deniedBy.map(authority)
        if deniers.isEmpty { return catalog.text(.claimPer, ["claimant": authority(claimant)]) }
        return catalog.text(
            .claimPerDenied, ["claimant": authority(claimant), "deniers": deniers.joined(separator: ", ")])
    }

    /// The event's title followed by its attribution in brackets.
    public func titleWithAttribution(_ event: DatedFeature) -> String {
        let title = event.string("title") ?? event.id
        guard let attribution = attribution(of: event) else { return title }
        return "\(title) (\(attribution))"
    }

    /// The long form of a day in the map's language: "19 September 2023".
    public func longDate(_ day: Day) -> String { catalog.longDate(year: day.year, month: day.month, day: day.day) }

    /// The short form: "19 Sep".
    public func shortDate(_ day: Day) -> String { catalog.shortDate(month: day.month, day: day.day) }

    /// A sentence on what happened on the day, for the subtitle: the day's most significant events (an offensive
    /// or ceasefire before a mine incident), or the latest event before it.
    public func subtitle(for snapshot: Snapshot, events allEvents: [DatedFeature]) -> String {
        // Events that start on the day come first; one that merely spans it ("war begins" on its 24th day) last.
        func key(_ event: DatedFeature) -> (Int, Int, String, String) {
            (
                event.eventDate == snapshot.day ? 0 : 1, Self.significance(event.kind), event.string("time") ?? "99:99",
                event.id
            )
        }
        let today = snapshot.events.sorted { key($0) < key($1) }
        var sentence: String
        if !today.isEmpty {
            let titles = today.prefix(2).map { event -> String in
                var title = event.string("title") ?? event.id
                if let start = event.eventDate, start < snapshot.day {
                    title += " (" + catalog.text(.subtitleSince, ["date": longDate(start)]) + ")"
                } else if let time = event.string("time") {
                    title += " (\(time))"
                }
                if let attribution = attribution(of: event) { title += " (\(attribution))" }
                return title
            }
            sentence = titles.joined(separator: "; ")
            if today.count > 2 {
                sentence += "; " + catalog.text(.subtitleMoreBelow, ["count": String(today.count - 2)])
            }
        } else if let latest = allEvents.filter({ ($0.eventDate ?? snapshot.day) < snapshot.day })
            .max(by: { ($0.eventDate ?? snapshot.day, $0.id) < ($1.eventDate ?? snapshot.day, $1.id) }),
            let date = latest.eventDate
        {
            sentence = catalog.text(
                .subtitleLatestEvent, ["event": latest.string("title") ?? latest.id, "date": longDate(date)])
        } else {
            sentence = catalog.text(.subtitleControlAsOnDay)
        }
        if snapshot.isBeyondAsOf {
            sentence += ". " + catalog.text(.subtitleBeyondAsOf, ["date": longDate(snapshot.region.asOf)])
        }
        return sentence
    }

    /// When an event of the panel happened, as its row gives it: its time on the day, "since 27 Sep" for one
    /// that spans the day, or the day for one of the days before.
    public func when(_ event: DatedFeature, isRecent: Bool, on day: Day) -> String {
        let date = event.eventDate ?? day
        let approximate = event.isApproximate || event.isUncertain(on: day) ? "~" : ""
        if isRecent { return approximate + shortDate(date) + (event.string("time").map { " \($0)" } ?? "") }
        if date < day { return approximate + catalog.text(.eventsSince, ["date": shortDate(date)]) }
        return approximate + (event.string("time") ?? shortDate(date))
    }

    /// The legend's wording of an event kind.
    public func kindLabel(_ kind: String) -> String {
        EventKind(kind: kind).flatMap { Phrase(rawValue: $0.phraseKey) }.map { catalog.text($0) }
            ?? catalog.text(.eventOther)
    }

    /// Lower is more significant, for choosing what the subtitle names.
    static func significance(_ kind: String) -> Int { EventKind(kind: kind)?.significance ?? 99 }
}
