import Chronology
import Foundation
import GeoJSON

/// The JSON documents the viewer reads: the key dates of the data (`/dates.json`) and the events
/// around one day (`/events/{date}.json`). Members keep a fixed order.
enum TimelineJSON {
    /// Every drawable key date, oldest first, with what changes on it and the events of the day.
    static func datesDocument(for dataset: Dataset) -> JSONValue {
        var eventsByDay: [Day: [DatedFeature]] = [:]
        for event in dataset.features(in: .events) {
            if let day = event.eventDate { eventsByDay[day, default: []].append(event) }
        }
        let dates: [JSONValue] = dataset.keyDates.filter(\.isDrawable).map { keyDate in
            let events = (eventsByDay[keyDate.day] ?? []).sorted {
                ($0.string("time") ?? "", $0.id) < ($1.string("time") ?? "", $1.id)
            }
            return [
                "date": .string(keyDate.day.description),
                "changes": .array(
                    keyDate.changes.map { change in
                        [
                            "kind": .string(change.kind.rawValue), "layer": .string(change.layer.rawValue),
                            "id": .string(change.featureID), "summary": .string(change.summary),
                        ]
                    }),
                "events": .array(events.map { event(for: $0, on: keyDate.day) }),
            ]
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

    /// The events of a snapshot's day and of the window before it, newest first.
    static func eventsDocument(for snapshot: Snapshot) -> JSONValue {
        [
            "date": .string(snapshot.day.description),
            "events_window_days": .number(Double(snapshot.eventsWindowDays)),
            "as_of": .string(snapshot.region.asOf.description),
            "is_beyond_as_of": .bool(snapshot.isBeyondAsOf),
            "chronomap_data_version": .string(snapshot.region.version),
            "events": .array(snapshot.allEvents.map { event(for: $0, on: snapshot.day) }),
        ]
    }

    /// One event for the viewer: what, when, and who says so (`sources` splits `source` at ` ; `).
    static func event(for event: DatedFeature, on day: Day) -> JSONValue {
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
        members["source"] = .string(event.source)
        members["sources"] = .array(sources(of: event.source).map { .string($0) })
        return .object(members)
    }

    /// The sources of a `source` property, one per entry.
    static func sources(of source: String) -> [String] {
        source.components(separatedBy: " ; ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
