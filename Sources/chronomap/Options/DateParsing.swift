import ArgumentParser
import Foundation
import Chronomap

/// Parses a `--date`-style argument, naming the flag in the error.
func parseDay(_ text: String, flag: String) throws(CommandFailure) -> Day {
    do { return try Day(iso: text) } catch {
        throw CommandFailure(.usage, "\(flag): \(error.description)")
    }
}

/// Checks that a day can be drawn from the data, naming the flag in the error.
func checkInRange(_ day: Day, of dataset: Dataset, flag: String) throws(CommandFailure) {
    do { try dataset.checkDrawable(day) } catch {
        throw CommandFailure(.usage, "\(flag): \(error.description)")
    }
}

/// Parses a comma-separated `--layers` list.
func parseLayers(_ text: String, flag: String = "--layers") throws(CommandFailure) -> Set<Layer> {
    var layers: Set<Layer> = []
    for name in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
        guard let layer = Layer(name: name) else {
            throw CommandFailure(.usage, "\(flag): unknown layer \"\(name)\"; expected some of \(Layer.allCases.map(\.rawValue).joined(separator: ","))")
        }
        layers.insert(layer)
    }
    guard !layers.isEmpty else { throw CommandFailure(.usage, "\(flag): name at least one layer") }
    return layers
}
