import ArgumentParser
import Chronomap
import Foundation
import Viewer

// Values the command line takes, parsed once by the argument parser. Each refuses a bad value with a sentence
// saying what is wrong; the parser adds the flag's name.

extension Day: ExpressibleByArgument {
    /// A `YYYY-MM-DD` date; see ``parseArgument(_:)`` for the message of a bad one.
    public init?(argument: String) {
        guard let day = try? Day(iso: argument) else { return nil }
        self = day
    }

    /// Parses a date argument, saying what is wrong ("2023-02-30 is not a valid date: February 2023 has 28 days").
    static func parseArgument(_ text: String) throws -> Day {
        do { return try Day(iso: text) } catch { throw ValidationError(error.description) }
    }
}

extension BoundingBox: ExpressibleByArgument {
    /// `W,S,E,N` in degrees.
    public init?(argument: String) {
        guard let box = try? BoundingBox.parseArgument(argument) else { return nil }
        self = box
    }

    /// Parses `W,S,E,N`, inside the Web Mercator world, not inverted.
    static func parseArgument(_ text: String) throws -> BoundingBox {
        let numbers = text.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard numbers.count == 4, let west = numbers[0], let south = numbers[1], let east = numbers[2],
            let north = numbers[3]
        else {
            throw ValidationError("\"\(text)\" is not four numbers W,S,E,N")
        }
        guard (-180...180).contains(west), (-180...180).contains(east), (-85.05...85.05).contains(south),
            (-85.05...85.05).contains(north)
        else {
            throw ValidationError(
                "\(text) is outside the world (longitudes -180 to 180, latitudes -85.05 to 85.05 in Web Mercator)")
        }
        guard west < east, south < north else {
            throw ValidationError("\(text) is inverted: west must be less than east and south less than north")
        }
        return BoundingBox(
            southWest: Position(longitude: west, latitude: south), northEast: Position(longitude: east, latitude: north)
        )
    }
}

extension OutputFormat: ExpressibleByArgument {}
extension PairLayout: ExpressibleByArgument {}
extension MapLayout: ExpressibleByArgument {}
extension MapPreset: ExpressibleByArgument {}

/// Parses one of an enumeration's values, naming them all when the text is none of them.
func parseChoice<Choice: CaseIterable & RawRepresentable>(_ text: String) throws -> Choice
where Choice.RawValue == String {
    guard let choice = Choice(rawValue: text) else {
        throw ValidationError("\"\(text)\" is not one of \(Choice.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    return choice
}

/// An image size, `WIDTHxHEIGHT` in logical pixels.
struct ImageSize: ExpressibleByArgument, CustomStringConvertible, Sendable {
    var width: Int
    var height: Int

    static let range = 64...20_000

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    init?(argument: String) {
        guard let size = try? Self.parseArgument(argument) else { return nil }
        self = size
    }

    static func parseArgument(_ text: String) throws -> ImageSize {
        let parts = text.lowercased().split(separator: "x")
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]), range.contains(width),
            range.contains(height)
        else {
            throw ValidationError(
                "\"\(text)\" is not WIDTHxHEIGHT with each side from \(range.lowerBound) to \(range.upperBound) pixels")
        }
        return ImageSize(width: width, height: height)
    }

    var description: String { "\(width)x\(height)" }
    var defaultValueDescription: String { description }
}

/// How many days before the date still count as recent events: `3d` or `3`.
struct EventsWindow: ExpressibleByArgument, CustomStringConvertible, Sendable {
    var days: Int

    init(days: Int) { self.days = days }

    init?(argument: String) {
        guard let window = try? Self.parseArgument(argument) else { return nil }
        self = window
    }

    static func parseArgument(_ text: String) throws -> EventsWindow {
        let number = text.hasSuffix("d") ? String(text.dropLast()) : text
        guard let days = Int(number), (0...366).contains(days) else {
            throw ValidationError("\"\(text)\" is not a number of days from 0 to 366 such as 3d")
        }
        return EventsWindow(days: days)
    }

    var description: String { "\(days)d" }
    var defaultValueDescription: String { description }
}

/// Zoom levels, `5-12` or `8`.
struct ZoomRange: ExpressibleByArgument, CustomStringConvertible, Sendable {
    var range: ClosedRange<Int>

    static let limits = 0...16

    init(_ range: ClosedRange<Int>) { self.range = range }

    init?(argument: String) {
        guard let zooms = try? Self.parseArgument(argument) else { return nil }
        self = zooms
    }

    static func parseArgument(_ text: String) throws -> ZoomRange {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard (1...2).contains(parts.count), let low = parts.first ?? nil, let high = parts.last ?? nil,
            limits.contains(low), limits.contains(high),
            low <= high
        else {
            throw ValidationError(
                "\"\(text)\" is not a zoom or a range such as 5-12 (zooms \(limits.lowerBound) to \(limits.upperBound))"
            )
        }
        return ZoomRange(low...high)
    }

    var description: String {
        range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound)-\(range.upperBound)"
    }
    var defaultValueDescription: String { description }
}

/// A comma-separated list of data layers: `zones,places` (or their export names, `zone,place`).
struct LayerList: ExpressibleByArgument, Sendable {
    var layers: Set<Layer>

    init?(argument: String) {
        guard let list = try? Self.parseArgument(argument) else { return nil }
        self = list
    }

    init(_ layers: Set<Layer>) { self.layers = layers }

    static func parseArgument(_ text: String) throws -> LayerList {
        var layers: Set<Layer> = []
        for name in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let layer = Layer(name: name) else {
                throw ValidationError(
                    "unknown layer \"\(name)\"; expected some of \(Layer.allCases.map(\.rawValue).joined(separator: ","))"
                )
            }
            layers.insert(layer)
        }
        guard !layers.isEmpty else { throw ValidationError("name at least one layer") }
        return LayerList(layers)
    }
}

/// A language code by the data's rule (``LanguageTag``), `en` or `ru`: a region's languages, a names rule. `--lang`
/// takes a ``CatalogLanguage``, which must also have a catalog.
struct LanguageCode: ExpressibleByArgument, CustomStringConvertible, Sendable, Hashable {
    var code: String

    init(_ code: String) { self.code = code }

    init?(argument: String) {
        guard LanguageTag.isValid(argument) else { return nil }
        code = argument
    }

    var description: String { code }
    var defaultValueDescription: String { code }
}

/// `--names`: `dual`, or a language of the region's places.
struct NameChoice: ExpressibleByArgument, CustomStringConvertible, Sendable {
    /// nil for dual.
    var language: String?

    static let dual = NameChoice(language: nil)

    init(language: String?) { self.language = language }

    init?(argument: String) {
        if argument == "dual" {
            language = nil
            return
        }
        guard let code = LanguageCode(argument: argument) else { return nil }
        language = code.code
    }

    var description: String { language ?? "dual" }
    var defaultValueDescription: String { description }
}

/// `--basemap`: an XYZ tile URL template (`https://tile.example.org/{z}/{x}/{y}.png`, or a path on the site).
struct BasemapURL: ExpressibleByArgument, Sendable {
    var template: String

    init?(argument: String) {
        guard let url = try? Self.parseArgument(argument) else { return nil }
        self = url
    }

    init(template: String) { self.template = template }

    /// Checks the template as the viewer will (``Basemap``), saying what is wrong.
    static func parseArgument(_ text: String) throws -> BasemapURL {
        do throws(BasemapError) { _ = try Basemap(urlTemplate: text) } catch { throw ValidationError(error.reason) }
        return BasemapURL(template: text)
    }
}
