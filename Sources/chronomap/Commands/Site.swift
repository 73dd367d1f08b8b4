import ArgumentParser
import Chronomap
import Foundation
import Site
import Viewer

extension ChronomapCommand {
    /// `chronomap site`: a static web viewer of a range of dates, for any static host.
    struct Site: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "site",
            abstract:
                "Write a static web viewer of a range of dates: put the folder on any static host and link to a date.",
            discussion: """
                Writes DIR/index.html (the viewer: permalinks such as #2023-09-19/10/39.82/46.75, two dates with a divider \
                with #D1..D2/z/lat/lon, next and previous change, the day's events, ?lang=xx), embed.html (the iframe snippet \
                to paste), Leaflet, dates.json, events/<date>.json, legend/<date>/<z>.json, changes/<d1>_<d2>.geojson and \
                tiles/<date>/{z}/{x}/{y}.png for the state on --from and every key date up to --to. Identical tiles are \
                written once and hard-linked. A re-run adds only what is missing. The site loads nothing from elsewhere, \
                unless --basemap names tiles to draw beneath (made for --overlay tiles).
                """)

        @Option(
            name: .long, help: ArgumentHelp("The first day of the site, YYYY-MM-DD.", valueName: "date"),
            transform: Day.parseArgument)
        var from: Day

        @Option(
            name: .long, help: ArgumentHelp("The last day of the site, YYYY-MM-DD.", valueName: "date"),
            transform: Day.parseArgument)
        var to: Day

        @Option(
            name: .long, help: ArgumentHelp("Zoom levels of the tiles, e.g. 5-10 (default: 5-10).", valueName: "range"),
            transform: ZoomRange.parseArgument)
        var zoom = ZoomRange(5...10)

        @Option(name: .long, help: ArgumentHelp("The site's folder (default: output/site/<region>).", valueName: "dir"))
        var out: String?

        @Option(
            name: .long, parsing: .unconditional,
            help: ArgumentHelp("Extent W,S,E,N in degrees (default: the region's extent).", valueName: "W,S,E,N"),
            transform: BoundingBox.parseArgument)
        var bbox: BoundingBox?

        @Option(name: .long, help: ArgumentHelp("Worker threads for the tiles (default: all cores).", valueName: "n"))
        var jobs: Int?

        @OptionGroup var labels: LabelOptions

        @Option(name: .long, help: LeafletLocation.help)
        var leaflet: String?

        @OptionGroup var reading: BasemapOptions
        @OptionGroup var style: StyleOptions
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            guard from <= to else { throw ValidationError("--from: \(from) is after --to \(to)") }
            if let jobs, jobs < 1 { throw ValidationError("--jobs: must be 1 or more") }
        }

        func run() throws {
            try reportingFailures {
                let dataset = try global.loadDataset(dates: [("--from", from), ("--to", to)])
                let renderer = try style.makeRenderer(variant: reading.styleVariant)
                let options = try labels.sceneOptions(for: dataset.region)
                let tiles = TileRenderer(
                    dataset: dataset, renderer: renderer, extent: bbox ?? dataset.region.extent, options: options)
                let folder = out ?? "output/site/\(dataset.region.id)"
                let builder = SiteBuilder(
                    dataset: dataset, tiles: tiles, plan: SitePlan(dataset: dataset, range: from...to),
                    zooms: zoom.range,
                    folder: folder, basemap: try reading.chosenBasemap(), isOverlay: reading.overlay,
                    jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                    leafletDirectory: try LeafletLocation.folder(leaflet))
                let summary: SiteBuilder.Summary
                do throws(SiteError) { summary = try builder.build() } catch {
                    switch error {
                    case .otherSite: throw CommandFailure(.usage, "--out: \(error)")
                    case .viewer(.catalog): throw CommandFailure(.failure, "\(error)")
                    case .viewer: throw CommandFailure(.failure, "--leaflet: \(error)")
                    case .writing, .work: throw CommandFailure(.failure, "\(error)")
                    }
                }
                printError(
                    "\(counted(summary.days, "date")): \(counted(summary.tilesWritten, "tile")) written "
                        + "(\(summary.tileBytes / 1024) KiB), \(counted(summary.tilesLinked, "hard link")) to identical "
                        + "tiles, \(summary.tilesSkipped) already there; "
                        + "\(counted(summary.changesWritten, "changes file")) written, \(summary.changesSkipped) already there; "
                        + "\(String(format: "%.1f", summary.seconds)) s")
                print(folder + "/index.html")
            }
        }
    }
}
