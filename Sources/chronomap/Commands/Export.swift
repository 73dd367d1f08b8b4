import ArgumentParser
import Chronomap
import Foundation

extension ChronomapCommand {
    /// `chronomap export`: the state on a date as RFC 7946 GeoJSON.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write the state on a date as RFC 7946 GeoJSON.",
            discussion: "Default output: output/<region>-<date>.geojson, every layer but base.")

        @Option(
            name: .long, help: ArgumentHelp("The day, YYYY-MM-DD.", valueName: "date"), transform: Day.parseArgument)
        var date: Day

        @Option(name: .long, help: ArgumentHelp("The output file.", valueName: "file"))
        var out: String?

        @Option(
            name: .long,
            help: ArgumentHelp("Comma-separated layers: zones,routes,places,events,base.", valueName: "list"),
            transform: LayerList.parseArgument)
        var layers: LayerList?

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Include events of this many days before the date: 3d, or a number of days (default: 3d).",
                valueName: "days"),
            transform: EventsWindow.parseArgument)
        var eventsWindow = EventsWindow(days: 3)

        @OptionGroup var global: GlobalOptions

        func run() throws {
            try reportingFailures {
                let dataset = try global.loadDataset(dates: [("--date", date)])
                let snapshot = try dataset.snapshot(on: date, eventsWindowDays: eventsWindow.days)
                let data = SnapshotExporter(layers: layers?.layers ?? SnapshotExporter.defaultLayers).data(
                    for: snapshot)
                let path = out ?? "output/\(dataset.region.id)-\(date).geojson"
                do { try AtomicFile.write(data, to: path) } catch { throw CommandFailure(.failure, "\(error)") }
                if snapshot.isBeyondAsOf {
                    printError(
                        "note: \(date) is after the data's as-of date \(dataset.region.asOf); this is the last known state"
                    )
                }
                print(path)
            }
        }
    }
}
