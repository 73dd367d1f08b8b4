import ArgumentParser
import Chronomap
import Foundation

extension ChronomapCommand {
    /// `chronomap areas`: the area each side held on every date the control zones change, and its chart.
    struct Areas: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "areas",
            abstract: "Give the geodesic area each side held on every date the control zones change.",
            discussion: """
                One row on --from and on every later date the control zones change, with what passed between the \
                sides since the row before (the same computation as compare and timeline --areas). A table on \
                standard output (or --json); --csv and --chart write files, the chart with its alt text beside it. \
                The chart of the whole range shortens long spans in which nothing changes (its footer gives the \
                rule); with --from or --to its time axis is to scale.
                """)

        @Option(
            name: .long, help: ArgumentHelp("The first day (default: the data's first date).", valueName: "date"),
            transform: Day.parseArgument)
        var from: Day?

        @Option(
            name: .long, help: ArgumentHelp("The last day (default: the data's as-of date).", valueName: "date"),
            transform: Day.parseArgument)
        var to: Day?

        @Option(name: .long, help: ArgumentHelp("Also write the rows as CSV to this file.", valueName: "file"))
        var csv: String?

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Also draw the step chart to this \(OutputFormat.listed(prefix: ".")) file.", valueName: "file"))
        var chart: String?

        @Option(
            name: .long,
            help: ArgumentHelp(
                "The chart's size in logical pixels, WIDTHxHEIGHT (default: 1200x675).", valueName: "WxH"),
            transform: ImageSize.parseArgument)
        var size = ImageSize(width: 1200, height: 675)

        @Flag(name: .long, help: "Print the rows as JSON instead of a table.")
        var json = false

        @Option(
            name: .long,
            help: ArgumentHelp("The language of the chart and its alt text (default: en).", valueName: "code"),
            transform: CatalogLanguage.parseArgument)
        var lang = CatalogLanguage.english

        @OptionGroup var style: StyleOptions
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if let from, let to, from > to {
                throw ValidationError("--from: \(from) is later than --to \(to); give the earlier day first")
            }
            if let chart, OutputFormat(pathExtension: pathExtension(chart)) == nil {
                throw ValidationError("--chart: \(chart) does not end in \(OutputFormat.listed(prefix: "."))")
            }
            try lang.checkAvailable()
        }

        func run() throws {
            try reportingFailures {
                let dataset = try global.loadDataset()
                let region = dataset.region
                let range: ClosedRange<Day>
                do { range = try dataset.drawableRange(from: from ?? region.firstDate, to: to ?? region.asOf) } catch {
                    throw CommandFailure(.usage, "\(to == nil ? "--from" : "--to"): \(error)")
                }
                let series: AreaSeries
                do { series = try AreaSeries.compute(dataset, over: range) } catch {
                    throw CommandFailure(.failure, "\(error)")
                }
                var written: [String] = []
                if let csv {
                    do { try AtomicFile.write(Data(series.csv().utf8), to: csv) } catch {
                        throw CommandFailure(.failure, "--csv: \(error)")
                    }
                    written.append(csv)
                }
                if let chart {
                    try drawChart(series, dataset: dataset, to: chart)
                    written.append(chart)
                }
                if json {
                    print(JSONTextWriter.string(series.json()))
                } else {
                    print(table(series), terminator: "")
                    for path in written { print(path) }
                }
            }
        }

        func drawChart(_ series: AreaSeries, dataset: Dataset, to path: String) throws {
            let renderer = try style.makeRenderer()
            let catalog = try lang.catalog()
            let chart = AreaChart(
                series: series, events: dataset.features(in: .events), style: renderer.style, catalog: catalog,
                measurer: renderer.measurer, width: Double(size.width), height: Double(size.height),
                // A range chosen on purpose is shown to scale; the whole history is mostly quiet years.
                timeScale: from == nil && to == nil ? .compressed : .linear)
            do {
                try AreaChartWriter(renderer: renderer).write(
                    chart.scene(), to: path, format: OutputFormat(pathExtension: pathExtension(path)) ?? .png)
            } catch {
                throw CommandFailure(.failure, "--chart: \(error)")
            }
        }

        /// The rows as a table: the date, each column's km², and what changed hands (by party id, as the
        /// timeline words it).
        func table(_ series: AreaSeries) -> String {
            let columns = series.controllers
            let widths = columns.map { max($0.id.count, 9) }
            var text = "date      "
            for (column, width) in zip(columns, widths) { text += "  " + pad(column.id, width) }
            text += "  changed hands since the row before\n"
            for row in series.rows {
                text += row.day.description
                for (column, width) in zip(columns, widths) {
                    text += "  " + pad(AreaText.grouped(row.areas[column] ?? 0), width)
                }
                let changes = row.transfers.map {
                    "\($0.from.id) \u{2192} \($0.to.id) \(AreaText.squareKilometres($0.areaKm2))"
                }
                text += changes.isEmpty ? "\n" : "  " + changes.joined(separator: ", ") + "\n"
            }
            return text + "(km\u{00B2}, geodesic on WGS84)\n"
        }

        /// Right-aligned in `width` characters.
        func pad(_ text: String, _ width: Int) -> String {
            String(repeating: " ", count: max(0, width - text.count)) + text
        }
    }
}
