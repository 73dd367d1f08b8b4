import ArgumentParser
import Chronomap
import Foundation

extension ChronomapCommand {
    /// `chronomap render`: an annotated, georeferenced map for a date.
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draw the map of a date: zones, routes, places, events, legend, scale bar, inset and sources.",
            discussion: "Default output: output/<region>-<date>.png with a world file (.pgw) and .png.aux.xml (EPSG:3857) beside it.")

        @Option(name: .long, help: ArgumentHelp("The day, YYYY-MM-DD.", valueName: "date"))
        var date: String

        @Option(name: .long, help: ArgumentHelp("The output file.", valueName: "file"))
        var out: String?

        @Option(name: .long, help: ArgumentHelp("png, svg or pdf (default: from --out's extension, else png).", valueName: "format"))
        var format: String?

        @Option(name: .long, help: ArgumentHelp("The title (default: the region's neutral title).", valueName: "text"))
        var title: String?

        @Option(name: .long, help: ArgumentHelp("The line under the title (default: what happened that day).", valueName: "text"))
        var subtitle: String?

        @OptionGroup var render: RenderOptionGroup
        @OptionGroup var global: GlobalOptions

        func run() throws {
            try reportingFailures {
                let day = try parseDay(date, flag: "--date")
                let outputFormat = try chosenFormat()
                let scale = try render.parsedScale()
                let options = try render.sceneOptions(title: title, subtitle: subtitle)
                let window = try render.parsedEventsWindow()
                let dataset = try global.loadDataset()
                try checkInRange(day, of: dataset, flag: "--date")
                let renderer = try render.makeRenderer()
                let snapshot = try dataset.snapshot(on: day, eventsWindowDays: window)
                let path = out ?? "output/\(dataset.region.id)-\(day).\(outputFormat.rawValue)"
                do {
                    let scene = try renderer.scene(of: snapshot, dataset: dataset, options: options)
                    try renderer.write(scene, to: path, format: outputFormat, scale: scale)
                    if !scene.unplacedLabels.isEmpty {
                        printError("note: \(scene.unplacedLabels.count) labels had no free position and were left out (-v lists them)")
                    }
                } catch {
                    throw CommandFailure(.failure, "\(error)")
                }
                print(path)
            }
        }

        func chosenFormat() throws(CommandFailure) -> OutputFormat {
            if let format {
                guard let chosen = OutputFormat(rawValue: format) else { throw CommandFailure(.usage, "--format: \"\(format)\" is not one of png, svg, pdf") }
                return chosen
            }
            if let out, let fromName = OutputFormat(pathExtension: URL(fileURLWithPath: out).pathExtension) { return fromName }
            return .png
        }
    }
}
