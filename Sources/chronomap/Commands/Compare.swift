import ArgumentParser
import Chronomap
import Foundation

extension ChronomapCommand {
    /// `chronomap compare`: a before/after pair that shows and measures what changed.
    struct Compare: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "compare",
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
                let dates: [(flag: String, day: Day)] = [("--before", before), ("--after", after)]
                let (dataset, (options, renderer)) = try global.loadDataset(dates: dates) {
                    region throws(CommandFailure) in
                    (try map.sceneOptions(region: region), try style.makeRenderer())
                }
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
                    print(summary(output.changes, naming: naming, names: options.names), terminator: "")
                    print(folder)
                }
            }
        }

        /// The summary in the catalog's language: the two days, what changed hands by direction, the total, and
        /// the places that changed controller, named by the `--names` rule as on the maps.
        func summary(_ changes: ChangeSet, naming: ControllerNaming, names: NameRule) -> String {
            let catalog = naming.catalog
            func date(_ day: Day) -> String { catalog.longDate(year: day.year, month: day.month, day: day.day) }
            var text =
                catalog.text(.summaryBetween, ["before": date(changes.before), "after": date(changes.after)]) + "\n"
            if changes.isEmpty { return text + "  " + catalog.text(.summaryNothingChanged) + "\n" }
            for change in changes.areas {
                let direction = naming.direction(from: change.from, to: change.to)
                text += "  \(direction): \(catalog.area(squareKilometres: change.areaKm2))\n"
            }
            let total = catalog.area(squareKilometres: changes.totalKm2)
            text += "  " + catalog.text(.summaryTotal, ["area": total]) + "\n"
            if !changes.places.isEmpty {
                text += catalog.text(.summaryPlacesHeading) + "\n"
                let outside = catalog.text(.outsideStudyArea)
                for change in changes.places {
                    let from = change.from.map(naming.name) ?? outside, to = change.to.map(naming.name) ?? outside
                    let direction = catalog.text(.changeDirection, ["from": from, "to": to])
                    text += "  \(names.label(for: change.place)): \(direction)\n"
                }
            }
            return text
        }
    }
}
