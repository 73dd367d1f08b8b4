import ArgumentParser
import Chronomap
import Foundation

extension ChronomapCommand {
    /// `chronomap grid`: small multiples of several days on one extent and scale.
    struct Grid: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "grid",
            abstract: "Draw the maps of several days side by side on one extent and scale, with one legend.",
            discussion: """
                --size is the whole image. Each panel is titled with its date and what happened; the extent is the \
                union of the days' (--bbox to choose). The alt text goes beside the file (<out>.txt, <out>.long.txt).
                """)

        @Option(
            name: .long,
            help: ArgumentHelp("The days, YYYY-MM-DD separated by commas, in panel order.", valueName: "dates"),
            transform: DateList.parseArgument)
        var dates: DateList

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Panels per row (default: the layout whose panels are largest and closest to the map's shape).",
                valueName: "n"))
        var columns: Int?

        @Option(
            name: .long,
            help: ArgumentHelp("The file to write: \(OutputFormat.listed(prefix: ".")).", valueName: "file"))
        var out: String

        @OptionGroup var map: MapOptions
        @OptionGroup var style: StyleOptions
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if let columns, !(1...dates.days.count).contains(columns) {
                throw ValidationError("--columns: \(columns) is not from 1 to the \(dates.days.count) dates given")
            }
            guard OutputFormat(pathExtension: pathExtension(out)) != nil else {
                throw ValidationError("--out: \(out) does not end in \(OutputFormat.listed(prefix: "."))")
            }
        }

        func run() throws {
            try reportingFailures {
                let (dataset, (options, renderer)) = try global.loadDataset(dates: dates.days.map { ("--dates", $0) }) {
                    region throws(CommandFailure) in
                    (try map.sceneOptions(region: region), try style.makeRenderer())
                }
                do {
                    let grid = try GridRenderer(renderer: renderer).grid(
                        dataset, days: dates.days,
                        columns: columns, options: options,
                        eventsWindowDays: map.eventsWindow.days)
                    try GridWriter(renderer: renderer).write(
                        grid, to: out, format: OutputFormat(pathExtension: pathExtension(out)) ?? .png, scale: map.scale
                    )
                } catch {
                    throw CommandFailure(.failure, "\(error)")
                }
                print(out)
            }
        }
    }
}
