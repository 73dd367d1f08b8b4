/// A calendar day (proleptic Gregorian), the unit of every date in the data.
///
/// Parsed from ISO 8601 calendar dates. Partial dates (`2020`, `2020-11`) stand for the first day
/// of their period (docs/data-format.md, "Dates").
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A day, or nil if there is no such day (2023-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses a full ISO date, `YYYY-MM-DD`.
    /// - Throws: `DateError` saying what is wrong ("2023-02-30 is not a valid date: February 2023 has 28 days").
    public init(iso text: String) throws(DateError) {
        try self.init(text, allowPartial: false)
    }

    /// Parses a full or partial ISO date: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (the first day of that period).
    public init(partialISO text: String) throws(DateError) {
        try self.init(text, allowPartial: true)
    }

    private init(_ text: String, allowPartial: Bool) throws(DateError) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let expected = allowPartial ? "YYYY-MM-DD, YYYY-MM or YYYY" : "YYYY-MM-DD"
        guard (allowPartial ? 1...3 : 3...3).contains(parts.count),
            parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else {
            throw DateError(text: text, reason: "is not a date of the form \(expected)")
        }
        let year = Int(parts[0])!
        let month = parts.count > 1 ? Int(parts[1])! : 1
        let day = parts.count > 2 ? Int(parts[2])! : 1
        guard (1...12).contains(month) else {
            throw DateError(text: text, reason: "is not a valid date: there is no month \(month)")
        }
        let length = Day.daysIn(month: month, year: year)
        guard (1...length).contains(day) else {
            throw DateError(
                text: text, reason: "is not a valid date: \(Day.monthNames[month - 1]) \(year) has \(length) days")
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Days since 1970-01-01 (negative before it).
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day with this day number.
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.month = month
        self.day = day
    }

    /// The day `count` days later (earlier when negative).
    public func adding(days count: Int) -> Day { Day(dayNumber: dayNumber + count) }

    /// Days from `other` to this day.
    public func days(since other: Day) -> Int { dayNumber - other.dayNumber }

    /// ISO 8601: `2023-09-19`.
    public var description: String {
        let yearText = String(year)
        return String(repeating: "0", count: max(0, 4 - yearText.count)) + yearText + "-" + Day.twoDigits(month) + "-"
            + Day.twoDigits(day)
    }

    /// The date as a map title gives it: `19 September 2023`.
    public var longDescription: String { "\(day) \(Day.monthNames[month - 1]) \(year)" }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

/// A date that could not be parsed, or lies outside what the data covers.
public struct DateError: Error, Sendable, CustomStringConvertible {
    /// The text as given.
    public var text: String
    /// Why it is refused, continuing a sentence that starts with the text.
    public var reason: String

    public init(text: String, reason: String) {
        self.text = text
        self.reason = reason
    }

    public var description: String { "\(text) \(reason)" }
}
