import Chronology
import Foundation
import GeoJSON

/// Why one cell cannot be read; the reader adds the file, line and column.
struct CellError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}

/// Turns the rows of an events sheet into event features (docs/events-import.md): the kind from the sub-event
/// type through ``ACLEDKindTable`` (or a `kind` column), approximate dates and places from ACLED's precision codes,
/// the title and source by one rule. Every bad cell is reported as `FILE:LINE: column NAME: message`.
struct EventSheetReader {
    let file: String
    let table: CSVTable
    let columns: EventColumns
    /// The keys `--columns` named: a missing header of one of them is an error even when the key is optional.
    let explicit: Set<EventColumn>

    /// The events, one per row, with the line each came from; or every problem found.
    func events() throws(ImportError) -> [(line: Int, feature: Feature)] {
        let positions = try columnPositions()
        var problems: [String] = []
        var events: [(line: Int, feature: Feature)] = []
        var firstLine: [String: Int] = [:]
        for record in table.records {
            guard record.fields.count == table.header.count else {
                problems.append(
                    "\(file):\(record.line): the row has \(record.fields.count) fields, the header \(table.header.count)"
                )
                continue
            }
            let row = Row(record: record, positions: positions, header: table.header)
            var rowProblems: [String] = []
            func report(_ key: EventColumn, _ message: String) {
                rowProblems.append("\(file):\(record.line): column \(columns[key] ?? key.rawValue): \(message)")
            }
            do throws(RowFailure) {
                let feature = try feature(of: row)
                let id = feature.id?.description ?? ""
                if let first = firstLine[id] {
                    report(.id, "\"\(id)\" is the id of line \(first) too; each event needs its own")
                } else {
                    firstLine[id] = record.line
                    events.append((record.line, feature))
                }
            } catch {
                for (key, message) in error.cells { report(key, message) }
            }
            problems += rowProblems
        }
        guard problems.isEmpty else { throw ImportError(.badData, problems) }
        return events
    }

    /// Where each key's header is in the sheet; the keys every row needs must be there.
    func columnPositions() throws(ImportError) -> [EventColumn: Int] {
        var positions: [EventColumn: Int] = [:]
        let folded = table.header.map { $0.lowercased() }
        var problems: [String] = []
        for key in EventColumn.allCases {
            guard let header = columns[key] else { continue }
            if let index = folded.firstIndex(of: header.lowercased()) {
                positions[key] = index
            } else if explicit.contains(key) || [.id, .date, .latitude, .longitude].contains(key) {
                problems.append(
                    "\(file):\(table.headerLine): column \(header): no such column (the header has \(table.header.joined(separator: ", "))); "
                        + "name the one holding \(key.rawValue) with --columns \(key.rawValue)=HEADER")
            }
        }
        if positions[.kind] == nil, positions[.subEventType] == nil, positions[.eventType] == nil {
            problems.append(
                "\(file):\(table.headerLine): no column gives the events' kind: name one with --columns sub_event_type=HEADER, event_type=HEADER or kind=HEADER"
            )
        }
        if positions[.source] == nil, positions[.url] == nil {
            problems.append(
                "\(file):\(table.headerLine): no column gives the events' source: name one with --columns source=HEADER or url=HEADER"
            )
        }
        guard problems.isEmpty else { throw ImportError(.badData, problems) }
        return positions
    }

    /// The problems of one row, by key.
    struct RowFailure: Error { var cells: [(EventColumn, String)] }

    /// A row's cells by key.
    struct Row {
        let record: CSVTable.Record
        let positions: [EventColumn: Int]
        let header: [String]
        /// The trimmed cell of a key, nil when the sheet has no such column or the cell is empty.
        subscript(key: EventColumn) -> String? {
            guard let index = positions[key] else { return nil }
            let text = record.fields[index].trimmingCharacters(in: .whitespacesAndNewlines)
            return text.isEmpty ? nil : text
        }
    }

    func feature(of row: Row) throws(RowFailure) -> Feature {
        var failures: [(EventColumn, String)] = []
        func cell<T>(_ key: EventColumn, _ read: () throws(CellError) -> T?) -> T? {
            do { return try read() } catch {
                failures.append((key, error.message))
                return nil
            }
        }
        let id = cell(.id) { () throws(CellError) in
            guard let id = row[.id] else { throw CellError("empty: every event needs an id") }
            return id
        }
        let day = cell(.date) { () throws(CellError) in
            guard let text = row[.date] else { throw CellError("empty: every event needs a date") }
            return try SheetDate.day(text)
        }
        let timePrecision = cell(.timePrecision) { () throws(CellError) in try Self.code(row[.timePrecision]) }
        let geoPrecision = cell(.geoPrecision) { () throws(CellError) in try Self.code(row[.geoPrecision]) }
        let kindKey: EventColumn = row[.kind] != nil ? .kind : row[.subEventType] != nil ? .subEventType : .eventType
        let kind = cell(kindKey) { () throws(CellError) in try Self.kind(row) }
        // No position at all is an event whose sources give no place: listed, not drawn. Half a position is an error.
        let isUnlocated = row[.latitude] == nil && row[.longitude] == nil
        let latitude =
            isUnlocated
            ? 0 : cell(.latitude) { () throws(CellError) in try Self.coordinate(row[.latitude], limit: 90) }
        let longitude =
            isUnlocated
            ? 0 : cell(.longitude) { () throws(CellError) in try Self.coordinate(row[.longitude], limit: 180) }
        let fatalities = cell(.fatalities) { () throws(CellError) -> Int? in
            guard let text = row[.fatalities] else { return nil }
            guard let number = Int(text), number >= 0 else {
                throw CellError("\"\(text)\" is not a number of fatalities (a whole number, 0 or more)")
            }
            return number
        }
        let sources = [row[.source], row[.url]].compactMap { $0 }
        if sources.isEmpty {
            failures.append((row.positions[.source] != nil ? .source : .url, "empty: every event needs a source"))
        }
        let time = cell(.time) { () throws(CellError) -> String? in
            guard let text = row[.time] else { return nil }
            let parts = text.split(separator: ":")
            guard parts.count == 2, parts.allSatisfy({ $0.count == 2 }), let hours = Int(parts[0]),
                let minutes = Int(parts[1]), (0..<24).contains(hours), (0..<60).contains(minutes)
            else { throw CellError("\"\(text)\" is not a time HH:MM") }
            return text
        }
        let claimedBy = cell(.claimedBy) { () throws(CellError) -> String? in
            guard let text = row[.claimedBy] else { return nil }
            guard !text.contains(";") else { throw CellError("\"\(text)\": an event is one party's or source's claim") }
            return text
        }
        guard failures.isEmpty, let id, let day, let kind, let latitude, let longitude else {
            throw RowFailure(cells: failures)
        }
        var properties: JSONObject = ["kind": .string(kind.rawValue), "title": .string(title(row, kind: kind))]
        properties["date"] = .string(day.description)
        if let timePrecision, timePrecision > 1 {
            // The plain date stays the sheet's day (ACLED codes a day inside the week or month it knows); EDTF
            // marks it approximate.
            properties["date:edtf"] = .string(day.description + "~")
            properties["date_accuracy"] = "approximate"
        }
        if let time { properties["time"] = .string(time) }
        if let claimedBy { properties["claimed_by"] = .string(claimedBy) }
        if let denied = row[.deniedBy] {
            let names = denied.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                !$0.isEmpty
            }
            properties["denied_by"] = .array(names.map { .string($0) })
        }
        properties["source"] = .string(sources.joined(separator: " ; "))
        if let geoPrecision, !isUnlocated { properties["accuracy"] = geoPrecision > 1 ? "approximate" : "exact" }
        let actors = [row[.actor1], row[.actor2]].compactMap { $0 }
        if !actors.isEmpty { properties["actors"] = .array(actors.map { .string($0) }) }
        if let location = row[.location] { properties["location"] = .string(location) }
        if let fatalities { properties["fatalities"] = .number(Double(fatalities)) }
        if let notes = row[.notes] { properties["description"] = .string(notes) }
        return Feature(
            id: .string(id),
            geometry: isUnlocated ? nil : .point(Point(Position(longitude: longitude, latitude: latitude))),
            properties: properties)
    }

    /// The title: the sheet's own, else what happened (the sub-event type as the sheet words it, else the event
    /// type, else the kind), where, and who (ACLED's actors imply no direction, so they are joined by "and").
    func title(_ row: Row, kind: EventKind) -> String {
        if let title = row[.title] { return title }
        var title = row[.subEventType] ?? row[.eventType] ?? kind.rawValue.capitalized
        if let location = row[.location] { title += " in " + location }
        let actors = [row[.actor1], row[.actor2]].compactMap { $0 }
        if !actors.isEmpty { title += ": " + actors.joined(separator: " and ") }
        return title
    }

    static func kind(_ row: Row) throws(CellError) -> EventKind {
        if let text = row[.kind] {
            guard let kind = EventKind(kind: text) else {
                throw CellError(
                    "\"\(text)\" is not an event kind; expected one of \(EventKind.allCases.map(\.rawValue).joined(separator: ", "))"
                )
            }
            return kind
        }
        if let text = row[.subEventType] {
            guard let kind = ACLEDKindTable.kind(subEventType: text) else {
                throw CellError(
                    "\"\(text)\" is not one of ACLED's sub-event types (docs/events-import.md); give the kind in a column of its own with --columns kind=HEADER"
                )
            }
            return kind
        }
        if let text = row[.eventType] {
            guard let kind = ACLEDKindTable.kind(eventType: text) else {
                throw CellError("\"\(text)\" is not one of ACLED's event types (docs/events-import.md)")
            }
            return kind
        }
        throw CellError("empty: every event needs a kind, a sub-event type or an event type")
    }

    /// ACLED's precision codes: 1, 2 or 3 (empty: not given).
    static func code(_ text: String?) throws(CellError) -> Int? {
        guard let text else { return nil }
        guard let value = Double(text), value == value.rounded(), (1...3).contains(value) else {
            throw CellError("\"\(text)\" is not a precision code (1, 2 or 3)")
        }
        return Int(value)
    }

    static func coordinate(_ text: String?, limit: Double) throws(CellError) -> Double {
        guard let text else {
            throw CellError("empty: give both latitude and longitude, or neither for an event with no place")
        }
        guard let value = Double(text), value.isFinite, abs(value) <= limit else {
            throw CellError("\"\(text)\" is not a number of degrees from -\(Int(limit)) to \(Int(limit))")
        }
        return value
    }
}
