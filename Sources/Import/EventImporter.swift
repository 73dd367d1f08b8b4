import Chronology
import Foundation
import GeoJSON
import Support

/// Adds the events of a spreadsheet (ACLED's export, or a sheet of one's own with `--columns`) to a data set's
/// `events.geojson` (`chronomap import events`, docs/events-import.md).
///
/// An event whose id is already in the file replaces it where it stands; the others are added after the file's
/// own, by date and id. So importing the same sheet twice writes the same bytes. Nothing is written unless every
/// row is good and the data set with the new events passes `chronomap validate`.
public struct EventImporter: Sendable {
    /// What to import.
    public struct Request: Sendable {
        /// The CSV file.
        public var file: String
        /// The data set's folder.
        public var dataDirectory: String
        /// Which header holds each key.
        public var columns: EventColumns
        /// The keys the user named (`--columns`): their headers must be in the sheet.
        public var namedColumns: Set<EventColumn>

        /// - Parameters: as described on each property; `mappings` are the `--columns` given.
        public init(file: String, dataDirectory: String, mappings: [EventColumnMapping] = []) {
            self.file = file
            self.dataDirectory = dataDirectory
            self.columns = EventColumns(overriding: mappings)
            self.namedColumns = Set(mappings.map(\.key))
        }
    }

    /// What an import did.
    public struct Report: Sendable {
        /// The events new to the file.
        public var added: [String]
        /// The events the sheet replaced (the same id), changed or not.
        public var updated: [String]
        /// The number of events of each kind the sheet gave.
        public var kinds: [EventKind: Int]
    }

    /// An importer.
    public init() {}

    /// Reads the sheet, merges its events into `events.geojson`, checks the data set and writes the file.
    /// - Throws: `ImportError` with one line per bad cell (`FILE:LINE: column NAME: message`); the file is then
    ///   left as it was.
    public func run(_ request: Request) throws(ImportError) -> Report {
        let file = request.file
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: file)) } catch {
            throw ImportError(.usage, "\(file): cannot be read: \(error.localizedDescription)")
        }
        let table: CSVTable
        do { table = try CSVReader().read(data) } catch { throw ImportError(.badData, "\(file):\(error.description)") }
        let events = try EventSheetReader(
            file: file, table: table, columns: request.columns, explicit: request.namedColumns
        ).events()
        guard !events.isEmpty else { throw ImportError(.badData, "\(file): the sheet has no rows under its header") }

        let path = request.dataDirectory + "/" + Layer.events.fileName
        let existing = GeoJSONReader().read(contentsOf: path)
        if let error = existing.diagnostics.first(where: \.isError) { throw ImportError(.badData, error.description) }
        var features = existing.object?.features ?? []
        var report = Report(added: [], updated: [], kinds: [:])
        var incoming: [String: Feature] = [:]
        for (_, feature) in events {
            incoming[Self.id(of: feature)] = feature
            if let kind = feature.string("kind").flatMap(EventKind.init(kind:)) { report.kinds[kind, default: 0] += 1 }
        }
        for index in features.indices {
            let id = Self.id(of: features[index])
            if let replacement = incoming.removeValue(forKey: id) {
                features[index] = replacement
                report.updated.append(id)
            }
        }
        let added = incoming.values.sorted {
            ($0.string("date") ?? "", Self.id(of: $0)) < ($1.string("date") ?? "", Self.id(of: $1))
        }
        features += added
        report.added = added.map(Self.id(of:))
        try DataSetFileCheck(folder: request.dataDirectory).replace(
            Layer.events.fileName, with: GeoJSONWriter().data(for: FeatureCollection(features)))
        return report
    }

    static func id(of feature: Feature) -> String {
        feature.id?.description ?? ""
    }
}
