import Chronology
import Foundation

/// A day as spreadsheets of events write it: ISO `2023-09-19` (ACLED's API and newer exports) or the day, the
/// English month's name and the year, `19 September 2023` (ACLED's export tool), `19-September-2023` or
/// `19 Sep 2023` (older exports). Numeric day-month orders (`19/09/2023`) are refused: they are ambiguous.
enum SheetDate {
    static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december",
    ]

    /// The day, or a sentence saying which forms are read.
    static func day(_ text: String) throws(CellError) -> Day {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.first?.isNumber == true, trimmed.count == 10, trimmed.dropFirst(4).first == "-" {
            do { return try Day(iso: trimmed) } catch { throw CellError(error.description) }
        }
        let parts = trimmed.split(whereSeparator: { $0 == " " || $0 == "-" })
        if parts.count == 3, let day = Int(parts[0]), let year = Int(parts[2]), parts[2].count == 4 {
            let name = parts[1].lowercased()
            if name.count >= 3, let index = months.firstIndex(where: { $0 == name || $0.prefix(3) == name }) {
                guard let result = Day(year: year, month: index + 1, day: day) else {
                    throw CellError("\"\(text)\" names no day (\(months[index].capitalized) \(year) has no day \(day))")
                }
                return result
            }
        }
        throw CellError("\"\(text)\" is not a date: write 2023-09-19 or 19 September 2023")
    }
}
