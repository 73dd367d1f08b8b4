import Chronology
import Localization

/// The time axis of a chart: day numbers mapped linearly, or piece by piece with long quiet spans broken
/// (``ChartTimeScale/compressed``); ticks on round days, months or years chosen so their labels do not crowd.
struct TimeAxis {
    /// A tick: its day and label.
    struct Tick {
        var day: Day
        var label: String
    }

    /// A stretch of the axis: the days from `start` up to `end` drawn from `from` to `to` (fractions of the axis),
    /// to scale, or shortened to a break.
    struct Piece: Equatable {
        var start: Day
        var end: Day
        var from: Double
        var to: Double
        var isBreak: Bool
    }

    let first: Day
    let last: Day
    let pieces: [Piece]
    let ticks: [Tick]

    /// The quiet spans drawn shortened.
    var breaks: [Piece] { pieces.filter(\.isBreak) }

    init(first: Day, last: Day, pieces: [Piece], ticks: [Tick]) {
        self.first = first
        self.last = last
        self.pieces = pieces
        self.ticks = ticks
    }

    /// - Parameters:
    ///   - range: the days shown; the axis runs to the end of the last one (a day lasts a day, so the state of the
    ///     range's last day shows as a step of one day's width).
    ///   - width: the plot's width in logical pixels.
    ///   - catalog: month names and date forms.
    ///   - labelWidth: measures a label's width.
    init(range: ClosedRange<Day>, width: Double, catalog: Catalog, labelWidth: (String) -> Double) {
        first = range.lowerBound
        last = range.upperBound.adding(days: 1)
        pieces = [Piece(start: first, end: last, from: 0, to: 1, isBreak: false)]
        var chosen: [Tick] = []
        for candidate in Self.candidates(first: first, last: last, catalog: catalog) where candidate.count >= 2 {
            let widest = candidate.map { labelWidth($0.label) }.max() ?? 0
            if width / Double(candidate.count) >= widest + 18 {
                chosen = candidate
                break
            }
            chosen = candidate
        }
        ticks = chosen
    }

    /// Where a day falls, as a fraction of the axis (0 at the first day, 1 at the end of the last).
    func fraction(_ day: Day) -> Double {
        guard let piece = pieces.first(where: { day < $0.end }) ?? pieces.last else { return 0 }
        let share = Double(day.days(since: piece.start)) / Double(max(1, piece.end.days(since: piece.start)))
        return piece.from + (piece.to - piece.from) * share
    }

    /// Tick sets from the finest (days) to the coarsest (centuries); with `datedFirst`, the first tick of a set of
    /// days carries its year, as the first of a set of months does.
    static func candidates(first: Day, last: Day, catalog: Catalog, datedFirst: Bool = false) -> [[Tick]] {
        var sets: [[Tick]] = []
        let span = last.days(since: first)
        // Finer ticks than a span can use would only be measured and thrown away.
        for step in [1, 2, 7, 14] where span <= 120 * step {
            var ticks: [Tick] = []
            var day = first
            while day < last {
                let label = catalog.shortDate(month: day.month, day: day.day)
                ticks.append(Tick(day: day, label: datedFirst && ticks.isEmpty ? "\(label) \(day.year)" : label))
                day = day.adding(days: step)
            }
            sets.append(ticks)
        }
        for step in [1, 2, 3, 6] where span <= 3_660 * step {
            var ticks: [Tick] = []
            var (year, month) = (first.year, first.month)
            while true {
                guard let day = Day(year: year, month: month, day: 1) else { break }
                if day > last { break }
                if day >= first, (month - 1) % step == 0 {
                    let name = String(catalog.monthName(month).prefix(3))
                    ticks.append(Tick(day: day, label: ticks.isEmpty || month == 1 ? "\(name) \(year)" : name))
                }
                (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1)
            }
            sets.append(ticks)
        }
        for step in [1, 2, 5, 10, 20, 50, 100] {
            let ticks = (first.year...last.year + 1).compactMap { year -> Tick? in
                guard year % step == 0, let day = Day(year: year, month: 1, day: 1), day >= first, day <= last
                else { return nil }
                return Tick(day: day, label: String(year))
            }
            sets.append(ticks)
        }
        return sets
    }
}
