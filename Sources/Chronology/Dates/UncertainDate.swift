/// A date with its uncertainty, written in the Extended Date/Time Format (EDTF, ISO 8601-2), levels 0 and 1
/// plus the one-of-a-range set of level 2, as OpenHistoricalMap uses it: `2023-09-19`, `2020-11~`
/// (approximate), `2023-10?` (uncertain), `2023-09-2X` (unspecified digit), `[2023-09-22..2023-10-02]` (one
/// day of a range), `[2023-09-22,2023-10-02]` (one of a list), `2020/2021` (an interval: its earliest and
/// latest days).
///
/// What maps need of it is a window: the earliest and the latest day the value allows. The earliest day is the
/// plain ISO date a data set writes beside it (`start_date` beside `start_date:edtf`).
public struct UncertainDate: Sendable, Hashable, CustomStringConvertible {
    /// The text as written.
    public let text: String
    /// The first day the value allows.
    public let earliest: Day
    /// The last day the value allows.
    public let latest: Day
    /// Marked approximate (`~` or `%`).
    public let isApproximate: Bool
    /// Marked uncertain (`?` or `%`), or a choice among several days.
    public let isUncertain: Bool

    /// Whether the value names more than one day, or says it is not sure of its one day.
    public var isImprecise: Bool { earliest != latest || isApproximate || isUncertain }

    /// Whether a day lies in the window, both ends included.
    public func contains(_ day: Day) -> Bool { earliest <= day && day <= latest }

    /// The text as written.
    public var description: String { text }

    /// Parses an EDTF value.
    /// - Throws: `DateError` saying which part is not EDTF.
    public init(edtf text: String) throws(DateError) {
        self.text = text
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw DateError(text: text, reason: "is not an EDTF date (it is empty)") }
        if trimmed.hasPrefix("[") || trimmed.hasPrefix("{") {
            let closing: Character = trimmed.hasPrefix("[") ? "]" : "}"
            guard trimmed.last == closing else {
                throw DateError(
                    text: text,
                    reason: "is not an EDTF set: it opens with \(trimmed.first!) but does not end with \(closing)")
            }
            let inner = trimmed.dropFirst().dropLast()
            var days: [Day] = []
            for member in inner.split(separator: ",", omittingEmptySubsequences: false) {
                let parts = member.components(separatedBy: "..")
                guard parts.count <= 2, parts.allSatisfy({ !$0.isEmpty }) else {
                    throw DateError(
                        text: text,
                        reason: "is not an EDTF set: \"\(member)\" is neither a date nor a closed range a..b")
                }
                for part in parts {
                    let window = try Self.window(of: part, in: text)
                    days += [window.earliest, window.latest]
                }
            }
            guard let first = days.min(), let last = days.max() else {
                throw DateError(text: text, reason: "is an empty EDTF set")
            }
            earliest = first
            latest = last
            isApproximate = false
            // "[...]" is one of the members, "{...}" all of them: either way no single day is known.
            isUncertain = closing == "]"
            return
        }
        let ends = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        guard ends.count <= 2 else { throw DateError(text: text, reason: "is not an EDTF date: more than one \"/\"") }
        if ends.count == 2 {
            guard ends[0] != "..", ends[1] != "..", !ends[0].isEmpty, !ends[1].isEmpty else {
                throw DateError(text: text, reason: "is an open EDTF interval; a date window needs both ends")
            }
            let start = try Self.window(of: String(ends[0]), in: text)
            let end = try Self.window(of: String(ends[1]), in: text)
            guard start.earliest <= end.latest else {
                throw DateError(text: text, reason: "is an EDTF interval that ends before it starts")
            }
            earliest = start.earliest
            latest = end.latest
            isApproximate = start.approximate || end.approximate
            isUncertain = start.uncertain || end.uncertain
            return
        }
        let window = try Self.window(of: trimmed, in: text)
        earliest = window.earliest
        latest = window.latest
        isApproximate = window.approximate
        isUncertain = window.uncertain
    }

    /// One date of EDTF level 0/1 (`2023`, `2023-09`, `2023-09-19`, with `X` digits and a qualifier): its window.
    static func window(
        of part: String, in text: String
    ) throws(DateError) -> (earliest: Day, latest: Day, approximate: Bool, uncertain: Bool) {
        var body = Substring(part)
        var approximate = false, uncertain = false
        if let last = body.last, "?~%".contains(last) {
            approximate = last == "~" || last == "%"
            uncertain = last == "?" || last == "%"
            body = body.dropLast()
        }
        let fields = body.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(fields.count), fields[0].count == 4, fields.dropFirst().allSatisfy({ $0.count == 2 }),
            fields.allSatisfy({ $0.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "X") } })
        else {
            throw DateError(
                text: text,
                reason:
                    "is not an EDTF date: \"\(part)\" is not YYYY, YYYY-MM or YYYY-MM-DD (X for unknown digits, then ?, ~ or %)"
            )
        }
        func range(_ field: Substring, low: Int, high: Int) throws(DateError) -> ClosedRange<Int> {
            let lowest = max(Int(field.replacingOccurrences(of: "X", with: "0")) ?? low, low)
            let highest = min(Int(field.replacingOccurrences(of: "X", with: "9")) ?? high, high)
            guard lowest <= highest else {
                throw DateError(text: text, reason: "is not a valid EDTF date: \"\(field)\" is out of range")
            }
            return lowest...highest
        }
        let years = try range(fields[0], low: 0, high: 9999)
        let months = fields.count > 1 ? try range(fields[1], low: 1, high: 12) : 1...12
        let firstDay = fields.count > 2 ? try range(fields[2], low: 1, high: 31) : 1...31
        guard let start = Day(year: years.lowerBound, month: months.lowerBound, day: firstDay.lowerBound) else {
            throw DateError(text: text, reason: "is not a valid EDTF date: \"\(part)\" names no day")
        }
        let lastMonthLength = Day.daysIn(month: months.upperBound, year: years.upperBound)
        guard firstDay.lowerBound <= lastMonthLength,
            let end = Day(
                year: years.upperBound, month: months.upperBound, day: min(firstDay.upperBound, lastMonthLength))
        else {
            throw DateError(text: text, reason: "is not a valid EDTF date: \"\(part)\" names no day")
        }
        return (start, end, approximate, uncertain)
    }
}
