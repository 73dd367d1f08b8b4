import ArgumentParser
import Chronomap
import Foundation

extension ChronomapCommand {
    /// `chronomap export`: the state on a date as RFC 7946 GeoJSON.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the state on a date as RFC 7946 GeoJSON.",
            discussion: "Default output: output/<region>-<date>.geojson, every layer but base.")

        @Option(name: .long, help: ArgumentHelp("The day, YYYY-MM-DD.", valueName: "date"))
        var date: String

        @Option(name: .long, help: ArgumentHelp("The output file.", valueName: "file"))
        var out: String?

        @Option(name: .long, help: ArgumentHelp("Comma-separated layers: zones,routes,places,events,base.", valueName: "list"))
        var layers: String?

        @Option(name: .long, help: ArgumentHelp("Include events of this many days before the date.", valueName: "days"))
        var eventsWindow: Int = 3

        @OptionGroup var global: GlobalOptions

        func run() throws {
            try reportingFailures {
                let day = try parseDay(date, flag: "--date")
                let chosenLayers = try layers.map { text throws(CommandFailure) in try parseLayers(text) } ?? SnapshotExporter.defaultLayers
                guard eventsWindow >= 0 else { throw CommandFailure(.usage, "--events-window: must be 0 or more days") }
                let dataset = try global.loadDataset()
                try checkInRange(day, of: dataset, flag: "--date")
                let snapshot = try dataset.snapshot(on: day, eventsWindowDays: eventsWindow)
                let data = SnapshotExporter(layers: chosenLayers).data(for: snapshot)
                let path = out ?? "output/\(dataset.region.id)-\(day).geojson"
                do { try AtomicFile.write(data, to: path) } catch {
                    throw CommandFailure(.failure, "\(error)")
                }
                if snapshot.isBeyondAsOf {
                    printError("note: \(day) is after the data's as-of date \(dataset.region.asOf); this is the last known state")
                }
                print(path)
            }
        }
    }
}
