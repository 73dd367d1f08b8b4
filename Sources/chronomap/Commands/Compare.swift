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

        @Option(
            name: .long, help: ArgumentHelp("The earlier day, YYYY-MM-DD.", valueName: "date"),
            transform: Day.parseArgument)
        var before: Day

        @Option(
            name: .long, help: ArgumentHelp("The later day, YYYY-MM-DD (may equal --before).", valueName: "date"),
            transform: Day.parseArgument)
        var after: Day

        @Option(name: .long, help: ArgumentHelp("The folder to write into.", valueName: "dir"))
        var outDir: String?

        @Flag(name: .long, help: "Print the summary as JSON on standard output.")
        var json = false

        @Option(
            name: .long, help: ArgumentHelp("horizontal (side by side) or vertical (stacked).", valueName: "layout"),
            transform: parseChoice)
        var layout: PairLayout = .horizontal

        @OptionGroup var map: MapOptions
        @OptionGroup var style: StyleOptions
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            guard before <= after else {
                throw ValidationError("--before: \(before) is later than --after \(after); give the earlier day first")
            }
        }

        func run() throws {
            try reportingFailures {
                let dataset = try global.loadDataset(dates: [("--before", before), ("--after", after)])
                let options = try map.sceneOptions(region: dataset.region)
                let renderer = try style.makeRenderer()
                let folder = outDir ?? "output/compare-\(before)_\(after)"
                let output: PairRenderer.Output
                do {
                    output = try PairRenderer(renderer: renderer).compare(
                        dataset, before: before, after: after, eventsWindowDays: map.eventsWindow.days,
                        options: options, scale: map.scale,
                        layout: layout, folder: folder)
                } catch {
                    throw CommandFailure(.failure, "\(error)")
                }
                let naming = ControllerNaming(region: dataset.region, catalog: options.catalog)
                if json {
                    print(JSONTextWriter.string(output.changes.summaryJSON(naming: naming)))
                } else {
                    print(summary(output.changes, naming: naming), terminator: "")
                    print(folder)
                }
            }
        }

        func summary(_ changes: ChangeSet, naming: ControllerNaming) -> String {
            let catalog = naming.catalog
            var text = "Between \(changes.before.longDescription) and \(changes.after.longDescription):\n"
            if changes.isEmpty { return text + "  nothing changed hands\n" }
            for change in changes.areas {
                text +=
                    "  \(naming.direction(from: change.from, to: change.to)): \(catalog.area(squareKilometres: change.areaKm2))\n"
            }
            text += "  total: \(catalog.area(squareKilometres: changes.totalKm2))\n"
            if !changes.places.isEmpty {
                text += "Places that changed controller:\n"
                let outside = catalog.text(.outsideStudyArea)
                for change in changes.places {
                    let from = change.from.map(naming.name) ?? outside, to = change.to.map(naming.name) ?? outside
                    text += "  \(change.place.englishName ?? change.place.id): \(from) \u{2192} \(to)\n"
                }
            }
            return text
        }
    }
}
