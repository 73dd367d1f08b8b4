import ArgumentParser
import Chronomap
import Foundation

extension ChronomapCommand {
    /// `chronomap compare`: a before/after pair that shows and measures what changed.
    struct Compare: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draw a before/after pair on one extent and style, and measure what changed hands.",
            discussion: """
                Writes before.png, after.png (with identical world files), pair.png, changes.geojson and compare.html \
                into output/compare-<before>_<after>/ (or --out-dir). Areas are geodesic on the WGS84 ellipsoid.
                """)

        @Option(name: .long, help: ArgumentHelp("The earlier day, YYYY-MM-DD.", valueName: "date"))
        var before: String

        @Option(name: .long, help: ArgumentHelp("The later day, YYYY-MM-DD (may equal --before).", valueName: "date"))
        var after: String

        @Option(name: .long, help: ArgumentHelp("The folder to write into.", valueName: "dir"))
        var outDir: String?

        @Flag(name: .long, help: "Print the summary as JSON on standard output.")
        var json = false

        @Option(name: .long, help: ArgumentHelp("horizontal (side by side) or vertical (stacked).", valueName: "layout"))
        var layout: String = "horizontal"

        @OptionGroup var render: RenderOptionGroup
        @OptionGroup var global: GlobalOptions

        func run() throws {
            try reportingFailures {
                let beforeDay = try parseDay(before, flag: "--before")
                let afterDay = try parseDay(after, flag: "--after")
                guard beforeDay <= afterDay else {
                    throw CommandFailure(.usage, "--before: \(beforeDay) is later than --after \(afterDay); give the earlier day first")
                }
                guard let pairLayout = PairLayout(rawValue: layout) else { throw CommandFailure(.usage, "--layout: \"\(layout)\" is not horizontal or vertical") }
                let scale = try render.parsedScale()
                let options = try render.sceneOptions()
                let window = try render.parsedEventsWindow()
                let dataset = try global.loadDataset()
                try checkInRange(beforeDay, of: dataset, flag: "--before")
                let renderer = try render.makeRenderer()
                let folder = outDir ?? "output/compare-\(beforeDay)_\(afterDay)"
                let output: PairRenderer.Output
                do {
                    output = try PairRenderer(renderer: renderer).compare(dataset, before: beforeDay, after: afterDay, eventsWindowDays: window,
                                                                         options: options, scale: scale, layout: pairLayout, folder: folder)
                } catch {
                    throw CommandFailure(.failure, "\(error)")
                }
                if json {
                    print(JSONTextWriter.string(output.changes.summaryJSON))
                } else {
                    print(summary(output.changes), terminator: "")
                    print(folder)
                }
            }
        }

        func summary(_ changes: ChangeSet) -> String {
            var text = "Between \(changes.before.longDescription) and \(changes.after.longDescription):\n"
            if changes.isEmpty { return text + "  nothing changed hands\n" }
            for change in changes.areas {
                text += "  \(change.from.rawValue) \u{2192} \(change.to.rawValue): \(AreaText.squareKilometres(change.areaKm2))\n"
            }
            text += "  total: \(AreaText.squareKilometres(changes.totalKm2))\n"
            if !changes.places.isEmpty {
                text += "Places that changed controller:\n"
                for change in changes.places {
                    text += "  \(change.place.englishName ?? change.place.id): \(change.from?.rawValue ?? "outside") \u{2192} \(change.to?.rawValue ?? "outside")\n"
                }
            }
            return text
        }
    }
}
