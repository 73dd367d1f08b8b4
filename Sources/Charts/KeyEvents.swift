import Chronology

/// The events an area chart marks: the ones that explain its steps or open and close its fighting, as many as
/// fit on the time axis without markers overlapping.
struct KeyEvents {
    /// A marked event: where its marker sits.
    struct Marker {
        var event: DatedFeature
        var day: Day
        /// The marker's row above the plot, 0 nearest to it.
        var row: Int
        /// Its number in the list under the chart (by date).
        var number: Int
    }

    let markers: [Marker]

    /// How much an event kind matters to a chart of who held what (``EventKind/chartWeight``).
    static func weight(_ kind: String) -> Double { EventKind(kind: kind)?.chartWeight ?? 0 }

    /// The best event of each day that may be marked, scored by its kind and by the share of the largest change
    /// that day brought; a day whose best scores under 1 is not a candidate.
    static func candidates(events: [DatedFeature], series: AreaSeries) -> [Day: (event: DatedFeature, score: Double)] {
        let largest = series.rows.dropFirst().map(\.changedKm2).max() ?? 0
        var changed: [Day: Double] = [:]
        for row in series.rows.dropFirst() { changed[row.day] = row.changedKm2 }
        var best: [Day: (event: DatedFeature, score: Double)] = [:]
        for event in events {
            guard let day = event.eventDate, series.range.contains(day) else { continue }
            let share = largest > 0 ? (changed[day] ?? 0) / largest : 0
            let score = Self.weight(event.kind) + 4 * share
            guard score >= 1 else { continue }
            if let current = best[day],
                current.score > score || (current.score == score && current.event.id <= event.id)
            {
                continue
            }
            best[day] = (event, score)
        }
        return best
    }

    /// - Parameters:
    ///   - events: the events of the range.
    ///   - series: the chart's rows (how much changed hands on each day).
    ///   - position: the marker's x for a day.
    ///   - spacing: the least distance between two markers of one row.
    ///   - rows: how many rows of markers there is room for.
    ///   - limit: how many markers the list under the chart can name.
    ///   - days: only events of these days, or nil for any.
    init(
        events: [DatedFeature], series: AreaSeries, position: (Day) -> Double, spacing: Double, rows: Int, limit: Int,
        days: Set<Day>? = nil
    ) {
        let best = Self.candidates(events: events, series: series).filter { days?.contains($0.key) ?? true }
        var placed: [(event: DatedFeature, day: Day, row: Int, x: Double)] = []
        for (day, entry) in best.sorted(by: { ($0.value.score, $1.key) > ($1.value.score, $0.key) }) {
            guard placed.count < limit else { break }
            let x = position(day)
            guard
                let row = (0..<rows).first(where: { row in
                    !placed.contains { $0.row == row && abs($0.x - x) < spacing }
                })
            else { continue }
            placed.append((entry.event, day, row, x))
        }
        // Which events to keep was decided by importance; where they sit is decided by date, so that within a
        // cluster the numbers climb with the rows (if the chosen ones fit that way, as they nearly always do).
        var chronological = placed.sorted { ($0.day, $0.event.id) < ($1.day, $1.event.id) }
        var rowsByDate: [(row: Int, x: Double)] = []
        for entry in chronological {
            guard
                let row = (0..<rows).first(where: { row in
                    !rowsByDate.contains { $0.row == row && abs($0.x - entry.x) < spacing }
                })
            else { break }
            rowsByDate.append((row, entry.x))
        }
        if rowsByDate.count == chronological.count {
            for index in chronological.indices { chronological[index].row = rowsByDate[index].row }
        }
        markers = chronological.enumerated().map { index, entry in
            Marker(event: entry.event, day: entry.day, row: entry.row, number: index + 1)
        }
    }
}
