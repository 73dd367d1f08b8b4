/// When a feature was true: from `start` (inclusive) to `end` (exclusive), either side open.
///
/// Valid on D when `start_date <= D < end_date`: end dates are exclusive, so consecutive intervals share no day.
public struct ValidityInterval: Sendable, Hashable {
    /// The first day it was true, or nil if it always was.
    public var start: Day?
    /// The first day it was no longer true, or nil if it still is.
    public var end: Day?

    public init(start: Day?, end: Day?) {
        self.start = start
        self.end = end
    }

    /// Always true: static features such as countries.
    public static let always = ValidityInterval(start: nil, end: nil)

    /// Whether the interval holds the day.
    public func contains(_ day: Day) -> Bool {
        if let start, day < start { return false }
        if let end, day >= end { return false }
        return true
    }

    /// Whether the interval shares at least one day with the other.
    public func overlaps(_ other: ValidityInterval) -> Bool {
        let startsBeforeOtherEnds = start == nil || other.end == nil || start! < other.end!
        let otherStartsBeforeThisEnds = other.start == nil || end == nil || other.start! < end!
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds
    }
}
