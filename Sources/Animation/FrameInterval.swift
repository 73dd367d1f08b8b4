import Chronology

/// Which days of a range get a frame: every day something changes, or every N days.
public enum FrameInterval: Sendable, Hashable, CustomStringConvertible {
    /// The range's first day, then every day on which zones, routes or the day's own events change
    /// (`Dataset.keyDates`); the fading of earlier events is not a change.
    case change
    /// The range's first day, then every N days, and the range's last day.
    case days(Int)

    /// The days of a range that get a frame, oldest first.
    /// - Parameters:
    ///   - range: the days, already clipped to those maps can be drawn for.
    ///   - dataset: the data set (its key dates).
    public func days(in range: ClosedRange<Day>, of dataset: Dataset) -> [Day] {
        switch self {
        case .change:
            let changes = dataset.keyDates.map(\.day).filter { $0 > range.lowerBound && $0 <= range.upperBound }
            return [range.lowerBound] + changes
        case .days(let step):
            var days: [Day] = []
            var day = range.lowerBound
            while day <= range.upperBound {
                days.append(day)
                day = day.adding(days: max(1, step))
            }
            if days.last != range.upperBound { days.append(range.upperBound) }
            return days
        }
    }

    /// `change` or `7d`.
    public var description: String {
        switch self {
        case .change: "change"
        case .days(let count): "\(count)d"
        }
    }
}
