import Chronology

/// Which days a static site holds maps of, and which pairs of them it compares.
///
/// The days are the state on the range's first day (the last key date on or before it) and every key date after
/// it up to the range's last day: between two key dates nothing the map draws changes, so a viewer shows any
/// other day with the map of the last key date on or before it. The pairs (`changes/<before>_<after>.geojson`,
/// as docs/data-format.md lists them) are consecutive days, and every day against the first and against the last.
public struct SitePlan: Sendable, Equatable {
    /// Two days compared, the earlier first.
    public struct Pair: Sendable, Hashable, Comparable, CustomStringConvertible {
        /// The earlier day.
        public var before: Day
        /// The later day.
        public var after: Day

        /// `2020-09-27_2020-11-10`, the name of its changes file without `.geojson`.
        public var description: String { "\(before)_\(after)" }

        public static func < (lhs: Pair, rhs: Pair) -> Bool { (lhs.before, lhs.after) < (rhs.before, rhs.after) }
    }

    /// The days the slider covers.
    public var range: ClosedRange<Day>
    /// The days the site has maps of, oldest first.
    public var days: [Day]
    /// The pairs it has changes of, sorted.
    public var pairs: [Pair]

    /// The plan of a range of a data set.
    /// - Parameters:
    ///   - dataset: the data (its key dates).
    ///   - range: the first and last days of the site; the first must be drawable (not before `first_date`).
    public init(dataset: Dataset, range: ClosedRange<Day>) {
        self.range = range
        let keyDays = dataset.keyDates.filter(\.isDrawable).map(\.day).sorted()
        let opening = keyDays.last { $0 <= range.lowerBound } ?? range.lowerBound
        days = [opening] + keyDays.filter { $0 > range.lowerBound && $0 <= range.upperBound }
        var pairs = Set<Pair>()
        for (before, after) in zip(days, days.dropFirst()) { pairs.insert(Pair(before: before, after: after)) }
        if let first = days.first, let last = days.last {
            for day in days where day != first { pairs.insert(Pair(before: first, after: day)) }
            for day in days where day != last { pairs.insert(Pair(before: day, after: last)) }
        }
        self.pairs = pairs.sorted()
    }
}
