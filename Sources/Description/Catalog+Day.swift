import Chronology
import Localization

extension Catalog {
    /// A day in the long form of the catalog's language, "19 September 2023": the one way a title, a caption, a
    /// page or an alt text writes a full date.
    public func longDate(_ day: Day) -> String { longDate(year: day.year, month: day.month, day: day.day) }
}
