/// What a column of an events spreadsheet holds: the logical keys `chronomap import events` reads, each found
/// under ACLED's export header unless `--columns KEY=Header` names another.
public enum EventColumn: String, Sendable, Hashable, CaseIterable {
    case id, date
    case timePrecision = "time_precision"
    case eventType = "event_type"
    case subEventType = "sub_event_type"
    case actor1, actor2, location, latitude, longitude
    case geoPrecision = "geo_precision"
    case source, notes, fatalities
    // Not in ACLED's export: a sheet of one's own may have them.
    case kind, title, url
    case claimedBy = "claimed_by"
    case deniedBy = "denied_by"
    case time

    /// The header of ACLED's export for the key, or nil for the keys ACLED does not have.
    public var acledHeader: String? {
        switch self {
        case .id: "event_id_cnty"
        case .date: "event_date"
        case .kind, .title, .url, .claimedBy, .deniedBy, .time: nil
        default: rawValue
        }
    }
}

/// Which header holds each key: ACLED's, with the `--columns` given laid over them.
public struct EventColumns: Sendable, Hashable {
    /// The header of each key that has one.
    public private(set) var headers: [EventColumn: String]

    /// ACLED's export headers.
    public static let acled = EventColumns(
        headers: Dictionary(
            uniqueKeysWithValues: EventColumn.allCases.compactMap { key in key.acledHeader.map { (key, $0) } }))

    init(headers: [EventColumn: String]) { self.headers = headers }

    /// ACLED's headers with some keys read from other headers.
    /// - Parameter overrides: `KEY=Header` pairs, as `--columns` takes them.
    public init(overriding overrides: [EventColumnMapping]) {
        var headers = Self.acled.headers
        for mapping in overrides { headers[mapping.key] = mapping.header }
        self.headers = headers
    }

    /// The header of a key.
    public subscript(key: EventColumn) -> String? { headers[key] }
}

/// One `--columns KEY=Header`: the sheet's header that holds a key.
public struct EventColumnMapping: Sendable, Hashable, CustomStringConvertible {
    /// The key.
    public var key: EventColumn
    /// The sheet's header holding it.
    public var header: String

    /// - Parameters: the key and the header holding it.
    public init(key: EventColumn, header: String) {
        self.key = key
        self.header = header
    }

    /// Parses `KEY=Header`.
    /// - Throws: a sentence naming the keys when the key is unknown or the header empty.
    public init(parsing text: String) throws(ImportError) {
        guard let equals = text.firstIndex(of: "=") else {
            throw ImportError(.usage, "\"\(text)\" is not KEY=Header")
        }
        let name = text[..<equals].trimmingCharacters(in: .whitespaces)
        let header = text[text.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        guard let key = EventColumn(rawValue: name) else {
            throw ImportError(
                .usage,
                "\"\(name)\" is not a column key; the keys are \(EventColumn.allCases.map(\.rawValue).joined(separator: ", "))"
            )
        }
        guard !header.isEmpty else { throw ImportError(.usage, "\"\(text)\": name the sheet's header after =") }
        self.init(key: key, header: header)
    }

    public var description: String { "\(key.rawValue)=\(header)" }
}
