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

    /// A window of days as a compact range: "22 Sep – 2 Oct 2023".
    public func dateRange(_ window: ClosedRange<Day>) -> String {
        let (start, end) = (window.lowerBound, window.upperBound)
        return catalog.dateRange(
            from: (start.year, start.month, start.day), to: (end.year, end.month, end.day))
    }

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
            sentence = today.prefix(2).map { subtitlePart(for: $0, on: snapshot.day) }.joined(separator: "; ")
            if today.count == 3 {
                sentence += "; " + catalog.text(.subtitleMoreOne)
            } else if today.count > 3 {
                sentence += "; " + catalog.text(.subtitleMore, ["count": String(today.count - 2)])
            }
            sentence = sentence.prefix(1).uppercased() + sentence.dropFirst()
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

    /// One event of the subtitle: its time ("13:00", or "since 27 September 2023" for one that spans the day) before
    /// its title, then whose claim it is. A title that ends in a bracket takes the attribution after a comma, so
    /// that no bracket follows a bracket.
    func subtitlePart(for event: DatedFeature, on day: Day) -> String {
        var part = event.string("title") ?? event.id
        if let attribution = attribution(of: event) {
            let endsInBracket = part.last.map { ")]".contains($0) } ?? false
            part = catalog.text(
                endsInBracket ? .subtitleAttributedAfterBracket : .subtitleAttributed,
                ["event": part, "attribution": attribution])
        }
        if let start = event.eventDate, start < day {
            return catalog.text(
                .subtitleEventAt, ["time": catalog.text(.subtitleSince, ["date": longDate(start)]), "event": part])
        }
        if let time = event.string("time") { return catalog.text(.subtitleEventAt, ["time": time, "event": part]) }
        return part
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
