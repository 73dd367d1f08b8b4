import ArgumentParser
import Chronomap
import Foundation

extension ChronomapCommand {
    /// `chronomap timeline`: the key dates and what changes on each.
    struct Timeline: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "timeline",
            abstract: "List the key dates of the data and what changes on each.",
            discussion:
                "Dates before the data's first date are listed (marked 'timeline only'): no map is drawn for them.")

        @Flag(name: .long, help: "Print JSON instead of text.")
        var json = false

        @Flag(
            name: .long, help: "Also give the geodesic area held by each side on every date the control zones change.")
        var areas = false

        @OptionGroup var global: GlobalOptions

        func run() throws {
            try reportingFailures {
                let dataset = try global.loadDataset()
                let keyDates = dataset.keyDates
                var areasByDay: [Day: [Controller: Double]] = [:]
                if areas {
                    for keyDate in keyDates
                    where keyDate.isDrawable && keyDate.changes.contains(where: { $0.layer == .zones }) {
                        areasByDay[keyDate.day] = try? dataset.controlAreas(on: keyDate.day)
                    }
                }
                let controllers = dataset.region.controllers + [.transition]
                if json {
                    print(jsonText(keyDates, areas: areasByDay, controllers: controllers))
                } else {
                    print(text(keyDates, areas: areasByDay, controllers: controllers), terminator: "")
                }
            }
        }

        private func text(
            _ keyDates: [KeyDate], areas: [Day: [Controller: Double]], controllers: [Controller]
        ) -> String {
            var output = ""
            for keyDate in keyDates {
                output += "\(keyDate.day)\(keyDate.isDrawable ? "" : "  (timeline only)")\n"
                for change in keyDate.changes {
                    let verb =
                        switch change.kind {
                        case .happens: "event"
                        case .begins: "begins"
                        case .ends: "ends"
                        case .settles: "settles"
                        }
                    output +=
                        "  \(verb.padding(toLength: 7, withPad: " ", startingAt: 0)) \(change.summary)  [\(change.featureID)]\n"
                }
                if let held = areas[keyDate.day] {
                    let parts = controllers.compactMap { controller in
                        held[controller].map { "\(controller.id) \(AreaText.squareKilometres($0))" }
                    }
                    output += "  areas   \(parts.joined(separator: ", "))\n"
                }
            }
            return output
        }

        private func jsonText(
            _ keyDates: [KeyDate], areas: [Day: [Controller: Double]], controllers: [Controller]
        ) -> String {
            let entries: [JSONValue] = keyDates.map { keyDate in
                var entry: JSONObject = [
                    "date": .string(keyDate.day.description),
                    "drawable": .bool(keyDate.isDrawable),
                    "changes": .array(
                        keyDate.changes.map { change in
                            [
                                "kind": .string(change.kind.rawValue), "id": .string(change.featureID),
                                "layer": .string(change.layer.rawValue), "summary": .string(change.summary),
                            ]
                        }),
                ]
                if let held = areas[keyDate.day] {
                    entry["areas_km2"] = .object(
                        JSONObject(
                            controllers.compactMap { controller in
                                held[controller].map { (controller.id, JSONValue.number(($0 * 10).rounded() / 10)) }
                            }))
                }
                return .object(entry)
            }
            return JSONTextWriter.string(.array(entries))
        }
    }
}
