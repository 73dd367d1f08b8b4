import Changes
import Chronology

/// The area each side held over a range of days: one row on the first day and one on every later day the control
/// zones change, each with what passed between the sides since the row before.
///
/// It computes nothing of its own: the areas held are `Dataset.controlAreas(on:)` (what `timeline --areas`
/// prints) and what passed between the sides is ``ChangeSet/between(_:_:places:)`` (what `compare` prints: a
/// GEOS overlay per controller, geodesic areas, slivers under ``ChangeSet/minimumAreaKm2`` left out), so the
/// three commands agree on every date.
public struct AreaSeries: Sendable {
    /// One row: the areas held on a day, and what changed hands since the previous row.
    public struct Row: Sendable {
        public var day: Day
        /// km² held by each controller (every party, `contested` and `transition`; 0 for those holding nothing).
        public var areas: [Controller: Double]
        /// What changed hands since the previous row, one entry per direction, largest first (none on the first
        /// row).
        public var transfers: [ChangeSet.AreaChange]

        /// km² each controller gained since the previous row.
        public var gained: [Controller: Double] {
            transfers.reduce(into: [:]) { $0[$1.to, default: 0] += $1.areaKm2 }
        }

        /// km² each controller lost since the previous row.
        public var lost: [Controller: Double] {
            transfers.reduce(into: [:]) { $0[$1.from, default: 0] += $1.areaKm2 }
        }

        /// Everything that changed hands since the previous row, km².
        public var changedKm2: Double { transfers.reduce(0) { $0 + $1.areaKm2 } }
    }

    public var region: Region
    /// The range asked for, once clipped to the days maps can be drawn for.
    public var range: ClosedRange<Day>
    /// The rows, oldest first; the first is the range's first day.
    public var rows: [Row]
    /// The columns: every party in legend order, then `contested`, then `transition` (ground changing hands).
    public var controllers: [Controller] { region.controllers + [.transition] }

    /// The days of the rows: the range's first day, then every later day in the range on which a control zone
    /// begins or ends (`Dataset.keyDates`; overlay zones, routes and events do not change who holds what).
    public static func days(in range: ClosedRange<Day>, of dataset: Dataset) -> [Day] {
        let controlZoneIDs = Set(dataset.features(in: .zones).filter(\.isControlZone).map(\.id))
        let changes = dataset.keyDates.filter { keyDate in
            keyDate.isDrawable && keyDate.day > range.lowerBound && keyDate.day <= range.upperBound
                && keyDate.changes.contains { $0.layer == .zones && controlZoneIDs.contains($0.featureID) }
        }
        return [range.lowerBound] + changes.map(\.day)
    }

    /// The series of a range of days.
    /// - Parameters:
    ///   - dataset: the data set.
    ///   - range: the days; must start on a day maps can be drawn for.
    /// - Throws: `DateError` for a day before the data's range; GEOS errors from the overlay.
    public static func compute(_ dataset: Dataset, over range: ClosedRange<Day>) throws -> AreaSeries {
        var rows: [Row] = []
        var previous: Snapshot?
        for day in days(in: range, of: dataset) {
            let snapshot = try dataset.snapshot(on: day, eventsWindowDays: 0)
            var areas = try dataset.controlAreas(on: day)
            for controller in dataset.region.controllers + [.transition] where areas[controller] == nil {
                areas[controller] = 0
            }
            let transfers = try previous.map { try ChangeSet.between($0, snapshot, places: []).areas } ?? []
            rows.append(Row(day: day, areas: areas, transfers: transfers))
            previous = snapshot
        }
        return AreaSeries(region: dataset.region, range: range, rows: rows)
    }
}
