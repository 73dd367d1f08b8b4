import Foundation
import Support

/// The wording of the map furniture in one language: title date, legend headings, events panel, scale bar,
/// footer and pair labels, read from a file of ``RunTimeFile/catalogs`` (`Resources/Catalogs/<language>.json` in
/// the source, `share/chronomap/catalogs/` installed).
///
/// A catalog falls back to English string by string, so a translator can ship a partial one. Dates and numbers
/// follow the language: "19 September 2023" and "3,070 km²" in English, "19 сентября 2023" and "3 070 км²" in
/// Russian.
///
/// ```swift
/// let catalog = try Catalog(language: "ru")
/// catalog.text(.titleFormat, ["title": "Нагорный Карабах", "date": catalog.longDate(year: 2023, month: 9, day: 19)])
/// ```
public struct Catalog: Sendable {
    /// The language asked for (`en`, `ru`).
    public let language: String
    private let strings: [String: String]
    private let fallback: [String: String]
    private let dates: DateWords
    private let fallbackDates: DateWords
    private let numbers: NumberWords

    /// The languages with a catalog file, sorted.
    public static var availableLanguages: [String] { availableLanguages(locator: .current) }

    /// The languages with a catalog file where a locator looks, sorted.
    public static func availableLanguages(locator: ResourceLocator) -> [String] {
        guard let folder = locator.find(.catalogs),
            let names = try? FileManager.default.contentsOfDirectory(atPath: folder)
        else { return [] }
        return names.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// Why a language cannot be used, for a `--lang` message: there is no catalog for it (the message names those
    /// there are), or the installation has no catalogs at all (it names the places tried).
    public static func unavailable(_ language: String) -> String {
        do { _ = try ResourceLocator.current.locate(.catalogs) } catch { return error.description }
        return "no furniture catalog for \"\(language)\"; available: \(availableLanguages.joined(separator: ", "))"
    }

    /// The English catalog, which every other one falls back to. Were its file missing (a broken
    /// installation), phrases would show as their keys, which every image test would catch.
    public static let english: Catalog = (try? Catalog(language: "en")) ?? Catalog(keysOnlyFor: "en")

    private init(keysOnlyFor language: String) {
        self.language = language
        strings = [:]
        fallback = [:]
        dates = DateWords.empty
        fallbackDates = DateWords.empty
        numbers = NumberWords(groupSeparator: ",", decimalSeparator: ".")
    }

    /// Loads the catalog of a language.
    /// - Parameter locator: where the catalogs are looked for; this executable's places by default.
    /// - Throws: ``CatalogError`` when there is no catalog for the language, or a file is not JSON (the message
    ///   gives its line and column) or holds a value of the wrong type (the message gives its JSON path).
    public init(language: String, locator: ResourceLocator = .current) throws(CatalogError) {
        let english = try File(language: "en", locator: locator)
        let own = language == "en" ? english : try File(language: language, locator: locator)
        self.language = language
        strings = own.strings
        fallback = english.strings
        dates = own.dates ?? english.dates ?? DateWords.empty
        fallbackDates = english.dates ?? DateWords.empty
        numbers = own.numbers ?? english.numbers ?? NumberWords(groupSeparator: ",", decimalSeparator: ".")
    }

    /// A phrase with its placeholders filled: `text(.zoneHeldBy, ["party": "Hill Front"])`.
    public func text(_ phrase: Phrase, _ values: [String: String] = [:]) -> String {
        let template = strings[phrase.rawValue] ?? fallback[phrase.rawValue] ?? phrase.rawValue
        return values.isEmpty ? template : text(template, values)
    }

    /// A pattern with its places filled; the places without a value are kept as `{key}`.
    private func text(_ pattern: String, _ values: [String: String]) -> String {
        Placeholders.fill(pattern) { values[$0] ?? "{\($0)}" }
    }

    /// Whether the catalog itself (not its English fallback) has the phrase.
    public func hasOwnTranslation(of phrase: Phrase) -> Bool { strings[phrase.rawValue] != nil }

    /// A full date as a title gives it: "19 September 2023", "19 сентября 2023".
    public func longDate(year: Int, month: Int, day: Int) -> String {
        text(dates.long, ["day": String(day), "month": word(\.monthsInDates, month), "year": String(year)])
    }

    /// A day and month, as lists give them: "19 Sep", "19 сен".
    public func shortDate(month: Int, day: Int) -> String {
        text(dates.short, ["day": String(day), "month": word(\.shortMonths, month)])
    }

    /// Two days as a compact range, short months and the year once when both fall in it: "22 Sep – 2 Oct 2023",
    /// "30 Dec 2023 – 2 Jan 2024" (the pattern `dates.short_year`, then `dates.range`), with no-break spaces inside
    /// each date.
    public func dateRange(
        from start: (year: Int, month: Int, day: Int), to end: (year: Int, month: Int, day: Int)
    )
        -> String
    {
        func withYear(_ date: (year: Int, month: Int, day: Int)) -> String {
            text(
                dates.shortWithYear,
                ["day": String(date.day), "month": word(\.shortMonths, date.month), "year": String(date.year)])
        }
        // No break inside a date when a label wraps: "22 Sep" stays on one line.
        func unbroken(_ date: String) -> String { String(date.map { $0 == " " ? "\u{00A0}" : $0 }) }
        let first = start.year == end.year ? shortDate(month: start.month, day: start.day) : withYear(start)
        return text(dates.range, ["start": unbroken(first), "end": unbroken(withYear(end))])
    }

    /// The name of a month on its own (a chart's axis): "September", "сентябрь".
    public func monthName(_ month: Int) -> String { word(\.months, month) }

    /// How ``longDate(year:month:day:)`` writes a date, for pages that write dates themselves (the web viewer):
    /// the pattern (`{day} {month} {year}`) and the twelve month names it takes ("января" in Russian).
    public var longDateWords: (pattern: String, months: [String]) {
        (dates.long, (1...12).map { word(\.monthsInDates, $0) })
    }

    /// The name of a language by its code, in this catalog's language ("French"), or the code itself.
    public func languageName(_ code: String) -> String {
        strings["language." + code] ?? fallback["language." + code] ?? code
    }

    /// A whole number with the language's digit grouping: "3,070", "3 070".
    public func wholeNumber(_ value: Double) -> String {
        var digits = String(Int(value.rounded()))
        let sign = digits.hasPrefix("-") ? "-" : ""
        if !sign.isEmpty { digits.removeFirst() }
        var grouped = ""
        while digits.count > 3 {
            grouped = numbers.groupSeparator + digits.suffix(3) + grouped
            digits = String(digits.dropLast(3))
        }
        return sign + digits + grouped
    }

    /// A number with up to `decimals` decimals (trailing zeros dropped) and the language's separators.
    public func number(_ value: Double, decimals: Int) -> String {
        let scale = pow(10, Double(decimals))
        let rounded = (value * scale).rounded() / scale
        let whole = rounded.rounded(.towardZero)
        var fraction = String(Int((abs(rounded - whole) * scale).rounded()))
        fraction = String(repeating: "0", count: max(0, decimals - fraction.count)) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let sign = rounded < 0 && whole == 0 ? "-" : ""
        return sign + wholeNumber(whole) + (fraction.isEmpty ? "" : numbers.decimalSeparator + fraction)
    }

    /// An area: "3,070 km²" (one decimal below 10 km²).
    public func area(squareKilometres value: Double) -> String {
        text(.areaSquareKilometres, ["value": value < 10 ? number(value, decimals: 1) : wholeNumber(value)])
    }

    private func word(_ list: KeyPath<DateWords, [String]>, _ month: Int) -> String {
        let own = dates[keyPath: list]
        if own.count == 12 { return own[month - 1] }
        let english = fallbackDates[keyPath: list]
        return english.count == 12 ? english[month - 1] : String(month)
    }
}

/// A catalog that cannot be used.
public struct CatalogError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, naming the language or the file.
    public var message: String
    public var description: String { message }
}

/// How a language writes dates.
struct DateWords: Sendable {
    /// Month names on their own (nominative).
    var months: [String]
    /// Month names inside a full date (genitive in Russian).
    var monthsInDates: [String]
    var shortMonths: [String]
    /// `{day} {month} {year}`.
    var long: String
    /// `{day} {month}`.
    var short: String
    /// `{day} {month} {year}`, with short months.
    var shortWithYear: String
    /// `{start} – {end}`.
    var range: String

    static let empty = DateWords(
        months: [], monthsInDates: [], shortMonths: [], long: "{year}-{month}-{day}", short: "{day}.{month}",
        shortWithYear: "{year}-{month}-{day}", range: "{start}/{end}")
}

/// How a language writes numbers.
struct NumberWords: Sendable {
    var groupSeparator: String
    var decimalSeparator: String
}
