import ArgumentParser
import Chronomap
import Foundation

extension ChronomapCommand {
    /// `chronomap render`: an annotated, georeferenced map for a date.
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "render",
            abstract: "Draw the map of a date: zones, routes, places, events, legend, scale bar, inset and sources.",
            discussion:
                "Default output: output/<region>-<date>.png with a world file (.pgw) and .png.aux.xml (EPSG:3857) beside it."
        )

        @Option(
            name: .long, help: ArgumentHelp("The day, YYYY-MM-DD.", valueName: "date"), transform: Day.parseArgument)
        var date: Day

        @Option(name: .long, help: ArgumentHelp("The output file.", valueName: "file"))
        var out: String?

        @Option(
            name: .long,
            help: ArgumentHelp(
                "\(OutputFormat.listed()) (default: from --out's extension, else png).", valueName: "format"),
            transform: parseChoice)
        var format: OutputFormat?

        @Option(name: .long, help: ArgumentHelp("The title (default: the region's neutral title).", valueName: "text"))
        var title: String?

        @Option(
            name: .long,
            help: ArgumentHelp("The line under the title (default: what happened that day).", valueName: "text"))
        var subtitle: String?

        @OptionGroup var map: MapOptions
        @OptionGroup var shape: LayoutOptions
        @OptionGroup var style: StyleOptions
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if let out, format == nil, !out.isEmpty, URL(fileURLWithPath: out).pathExtension.isEmpty == false,
                OutputFormat(pathExtension: URL(fileURLWithPath: out).pathExtension) == nil
            {
                throw ValidationError(
                    "--out: \(out) has an extension that is not \(OutputFormat.listed()); give --format or change the name"
                )
            }
            let fromOut = out.flatMap { OutputFormat(pathExtension: URL(fileURLWithPath: $0).pathExtension) }
            try shape.check(
                size: map.size, format: format ?? fromOut, formatFlag: format == nil ? "--out" : "--format")
        }

        /// The format: `--format`, else the output's extension, else the preset's, else PNG.
        var outputFormat: OutputFormat {
            format ?? out.flatMap { OutputFormat(pathExtension: URL(fileURLWithPath: $0).pathExtension) }
                ?? shape.preset?.format ?? .png
        }

        func run() throws {
            try reportingFailures {
                let (dataset, (options, renderer)) = try global.loadDataset(dates: [("--date", date)]) {
                    region throws(CommandFailure) in
                    var options = try map.sceneOptions(region: region, title: title, subtitle: subtitle, shape: shape)
                    // One map on its own: it may move clear of its legend (a pair, a grid or frames may not).
                    options.movesClearOfLegend = true
                    return (options, try style.makeRenderer())
                }
                let snapshot = try dataset.snapshot(on: date, eventsWindowDays: map.eventsWindow.days)
                let path = out ?? "output/\(dataset.region.id)-\(date).\(outputFormat.rawValue)"
                do {
                    let scene = try renderer.scene(of: snapshot, dataset: dataset, options: options)
                    try MapWriter(renderer: renderer).write(scene, to: path, format: outputFormat, scale: map.scale)
                    if !scene.unplacedLabels.isEmpty {
                        printError(
                            "note: \(counted(scene.unplacedLabels.count, "label")) had no free position and "
                                + "\(scene.unplacedLabels.count == 1 ? "was" : "were") left out (-v lists them)"
                        )
                    }
                } catch {
                    throw CommandFailure(.failure, "\(error)")
                }
                print(path)
            }
        }
    }
}
