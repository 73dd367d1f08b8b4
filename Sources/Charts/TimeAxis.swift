import Chronology
import Localization

/// The time axis of a chart: day numbers mapped linearly, ticks on round days, months or years chosen so their
/// labels do not crowd.
struct TimeAxis {
    /// A tick: its day and label.
    struct Tick {
        var day: Day
        var label: String
    }

    let first: Day
    let last: Day
    let ticks: [Tick]

    /// - Parameters:
    ///   - range: the days shown; the axis runs to the end of the last one (a day lasts a day, so the state of the
    ///     range's last day shows as a step of one day's width).
    ///   - width: the plot's width in logical pixels.
    ///   - catalog: month names and date forms.
    ///   - labelWidth: measures a label's width.
    init(range: ClosedRange<Day>, width: Double, catalog: Catalog, labelWidth: (String) -> Double) {
        first = range.lowerBound
        last = range.upperBound.adding(days: 1)
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

    /// Where a day falls, as a fraction of the axis (0 at the first day, 1 at the last).
    func fraction(_ day: Day) -> Double {
        Double(day.days(since: first)) / Double(max(1, last.days(since: first)))
    }

    /// Tick sets from the finest (days) to the coarsest (centuries).
    static func candidates(first: Day, last: Day, catalog: Catalog) -> [[Tick]] {
        var sets: [[Tick]] = []
        let span = last.days(since: first)
        // Finer ticks than a span can use would only be measured and thrown away.
        for step in [1, 2, 7, 14] where span <= 120 * step {
            var ticks: [Tick] = []
            var day = first
            while day < last {
                ticks.append(Tick(day: day, label: catalog.shortDate(month: day.month, day: day.day)))
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
