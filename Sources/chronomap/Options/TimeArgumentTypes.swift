import ArgumentParser
import Chronomap
import Foundation

// Values the time outputs take (`areas`, `animate`, `grid`), parsed once by the argument parser; each refuses a
// bad value with a sentence, and the parser adds the flag's name.

extension FrameInterval: ExpressibleByArgument {
    /// `change`, or a number of days such as `7d`.
    public init?(argument: String) {
        guard let interval = try? Self.parseArgument(argument) else { return nil }
        self = interval
    }

    static func parseArgument(_ text: String) throws -> FrameInterval {
        if text == "change" { return .change }
        let number = text.hasSuffix("d") ? String(text.dropLast()) : text
        guard let days = Int(number), (1...3_660).contains(days) else {
            throw ValidationError("\"\(text)\" is not change or a number of days from 1 to 3660 such as 7d")
        }
        return .days(days)
    }

    public var defaultValueDescription: String { description }
}

/// Dates separated by commas: `2020-09-27,2020-10-20,2020-11-10`, each a valid day, none twice.
struct DateList: ExpressibleByArgument, Sendable {
    var days: [Day]

    static let limit = 36

    init(_ days: [Day]) { self.days = days }

    init?(argument: String) {
        guard let list = try? Self.parseArgument(argument) else { return nil }
        self = list
    }

    static func parseArgument(_ text: String) throws -> DateList {
        var days: [Day] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let trimmed = part.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else {
                throw ValidationError("\"\(text)\" has an empty date; separate dates by commas")
            }
            let day = try Day.parseArgument(trimmed)
            guard !days.contains(day) else { throw ValidationError("\(day) is given twice") }
            days.append(day)
        }
        guard (1...limit).contains(days.count) else {
            throw ValidationError("give from 1 to \(limit) dates, not \(days.count)")
        }
        return DateList(days)
    }
}

/// The extension of a path, lowercased ("" when it has none).
func pathExtension(_ path: String) -> String { URL(fileURLWithPath: path).pathExtension.lowercased() }
