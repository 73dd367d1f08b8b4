import Changes
import Chronology
import Foundation
import GeoJSON
import Localization
import Scene

/// The JSON documents the viewer reads, the same from `chronomap serve` and from a static site: the key dates
/// (`dates.json`), the events around a day (`events/<date>.json`), the legend of a day's tiles at a zoom
/// (`legend/<date>/<z>.json`) and what changed hands between two days (`changes/<d1>_<d2>.geojson`). Members keep
/// a fixed order, so the same data gives the same bytes.
public enum ViewerJSON {
    /// The drawable key dates, oldest first, each with what changes on it and the events of the day.
    /// - Parameters:
    ///   - dataset: the data set.
    ///   - days: only these days (a site's), or nil for every drawable key date.
    /// - Throws: `DateError` when a day of the data cannot be drawn.
    public static func datesDocument(for dataset: Dataset, days: Set<Day>? = nil) throws(DateError) -> JSONValue {
        var eventsByDay: [Day: [DatedFeature]] = [:]
        for event in dataset.features(in: .events) {
            if let day = event.eventDate { eventsByDay[day, default: []].append(event) }
        }
        let keyDates = dataset.keyDates.filter(\.isDrawable)
        var changesByDay: [Day: [KeyDate.Change]] = [:]
        for keyDate in keyDates { changesByDay[keyDate.day] = keyDate.changes }
        let zones = Dictionary(
            dataset.features(in: .zones).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // A site may start on a day the data holds no change for: it is still one of its dates.
        let shown = days.map { $0.sorted() } ?? keyDates.map(\.day)
        var dates: [JSONValue] = []
        for day in shown {
            let events = (eventsByDay[day] ?? []).sorted {
                ($0.string("time") ?? "", $0.id) < ($1.string("time") ?? "", $1.id)
            }
            var entry: JSONObject = [
                "date": .string(day.description),
                "changes": .array(
                    (changesByDay[day] ?? []).map { change($0, zone: zones[$0.featureID]) }),
                "events": .array(events.map { event(for: $0, on: day, wordings: []) }),
            ]
            // What changed hands on the day is the pair of the key date before it and the day; on the data's
            // first date every holding is new, measured as `areas` measures it.
            if let previous = keyDates.last(where: { $0.day < day }) {
                entry["previous"] = .string(previous.day.description)
            } else if day == dataset.region.firstDate {
                entry["previous"] = .null
                entry["held"] = try held(on: day, in: dataset)
            }
            dates.append(.object(entry))
        }
        return [
            "region": .string(dataset.region.id),
            "title": .string(dataset.region.title.english),
            "first_date": .string(dataset.region.firstDate.description),
            "as_of": .string(dataset.region.asOf.description),
            "chronomap_data_version": .string(dataset.region.version),
            "dates": .array(dates),
        ]
    }

    /// A change of a key date; a zone's names who holds it (`controller`) or which overlay it is (`overlay`), for
    /// the page to word it in the reader's language.
    static func change(_ change: KeyDate.Change, zone: DatedFeature?) -> JSONValue {
        var members: JSONObject = [
            "kind": .string(change.kind.rawValue), "layer": .string(change.layer.rawValue),
            "id": .string(change.featureID), "summary": .string(change.summary),
        ]
        if change.layer == .zones, let zone {
            if zone.isControlZone, let controller = zone.controller {
                members["controller"] = .string(controller.id)
            } else {
                members["overlay"] = .string(zone.kind)
            }
        }
        return .object(members)
    }

    /// The ground each side holds on a day, largest first: `[{"to": id, "area_km2": km²}]`.
    static func held(on day: Day, in dataset: Dataset) throws(DateError) -> JSONValue {
        let areas = try dataset.controlAreas(on: day).filter { $0.value >= ChangeSet.minimumAreaKm2 }
        return .array(
            areas.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map {
                ["to": .string($0.key.id), "area_km2": .number(($0.value * 100).rounded() / 100)]
            })
    }

    /// The events of a snapshot's day and of the window before it, newest first.
    /// - Parameters:
    ///   - snapshot: the day.
    ///   - wordings: the languages to word claims and denials in (``eventWordings(for:)``).
    public static func eventsDocument(for snapshot: Snapshot, wordings: [EventWording]) -> JSONValue {
        [
            "date": .string(snapshot.day.description),
            "events_window_days": .number(Double(snapshot.eventsWindowDays)),
            "as_of": .string(snapshot.region.asOf.description),
            "is_beyond_as_of": .bool(snapshot.isBeyondAsOf),
            "chronomap_data_version": .string(snapshot.region.version),
            "events": .array(snapshot.allEvents.map { event(for: $0, on: snapshot.day, wordings: wordings) }),
        ]
    }

    /// The wording of claims in every language with a catalog.
    /// - Throws: ``ViewerError/catalog(_:)`` when a catalog file cannot be read.
    public static func eventWordings(for region: Region) throws(ViewerError) -> [EventWording] {
        var wordings: [EventWording] = []
        for code in Catalog.availableLanguages {
            do { wordings.append(EventWording(catalog: try Catalog(language: code), region: region)) } catch {
                throw .catalog(error)
            }
        }
        return wordings
    }

    /// One event for the viewer: what, when, where (`center` and `bbox`, for the page to go to it), who says so
    /// (`claim`, worded in each language: "per X; denied by Y") and its sources (`sources` splits `source` at ` ; `).
    static func event(for event: DatedFeature, on day: Day, wordings: [EventWording]) -> JSONValue {
        var members = JSONObject()
        members["id"] = .string(event.id)
        members["title"] = .string(event.string("title") ?? event.id)
        members["kind"] = .string(event.kind)
        if let date = event.eventDate {
            members["date"] = .string(date.description)
            members["days_before"] = .number(Double(max(0, day.days(since: date))))
        }
        if let end = event.validity.end, let start = event.eventDate, end > start.adding(days: 1) {
            members["end_date"] = .string(end.description)
        }
        for key in ["time", "time_note", "description", "note", "accuracy", "date_accuracy", "date:edtf", "claimed_by"]
        {
            if let value = event.string(key) { members[key] = .string(value) }
        }
        if !event.deniedBy.isEmpty { members["denied_by"] = .array(event.deniedBy.map { .string($0) }) }
        var claims = JSONObject()
        for wording in wordings {
            if let claim = wording.attribution(of: event) { claims[wording.catalog.language] = .string(claim) }
        }
        if !claims.isEmpty { members["claim"] = .object(claims) }
        if let box = event.geometry?.boundingBox {
            let west = box.southWest.longitude, south = box.southWest.latitude
            let east = box.northEast.longitude, north = box.northEast.latitude
            members["center"] = .array([rounded((west + east) / 2), rounded((south + north) / 2)])
            members["bbox"] = .array([west, south, east, north].map(rounded))
        }
        members["source"] = .string(event.source)
        members["sources"] = .array(sources(of: event.source).map { .string($0) })
        return .object(members)
    }

    /// The legend lines of what the tiles of a day draw at a zoom.
    public static func legendDocument(day: Day, zoom: Int, lines: [LegendLine]) -> JSONValue {
        ["date": .string(day.description), "zoom": .number(Double(zoom)), "lines": .array(lines.map(\.json))]
    }

    /// What changed hands between two days, as `compare` writes it in `changes.geojson` (the same GEOS difference):
    /// a polygon per direction with `from`, `to`, their wording and `area_km2`, and a point per place whose
    /// controller changed.
    /// - Throws: `DateError` for a day the data cannot draw, `TopologyError` when GEOS fails.
    public static func changes(
        from before: Day, to after: Day, in dataset: Dataset, naming: ControllerNaming
    ) throws -> FeatureCollection {
        let changes = try ChangeSet.between(
            try dataset.snapshot(on: before), try dataset.snapshot(on: after), places: dataset.features(in: .places))
        return changes.featureCollection(naming: naming)
    }

    /// The sources of a `source` property, one per entry.
    static func sources(of source: String) -> [String] {
        source.components(separatedBy: " ; ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private static func rounded(_ value: Double) -> JSONValue { .number((value * 1_000_000).rounded() / 1_000_000) }
}
