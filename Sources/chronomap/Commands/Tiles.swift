import ArgumentParser
import Chronomap
import Foundation

extension ChronomapCommand {
    /// `chronomap tiles`: XYZ tiles of a date, as a folder tree or MBTiles; `tiles merge` joins shards.
    struct Tiles: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "tiles",
            abstract: "Render XYZ web-map tiles of a date (folder tree or MBTiles); `tiles merge` joins shard files.",
            subcommands: [Build.self, Merge.self],
            defaultSubcommand: Build.self)
    }
}

extension ChronomapCommand.Tiles {
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "build",
            abstract: "Render the tiles of a date.",
            discussion: """
                Default: zooms 5-12 over the region's extent into output/tiles/<region>/<date>/{z}/{x}/{y}.png with tilejson.json. \
                Labels are placed once per zoom over the whole extent, then cut into 8x8 metatiles, so no label is cut or repeated at a \
                tile edge. A re-run renders only missing tiles. --shard K/N renders the K-th of N disjoint parts (for batch runners), \
                --shard auto the part of this task of a Slurm, Kubernetes or AWS Batch job array; `{shard}` in --mbtiles or --out \
                becomes K. Join the MBTiles shards with `chronomap tiles merge`.
                """)

        @Option(
            name: .long, help: ArgumentHelp("The day, YYYY-MM-DD.", valueName: "date"), transform: Day.parseArgument)
        var date: Day

        @Option(
            name: .long, help: ArgumentHelp("Zoom levels, e.g. 5-12 or 8 (default: 5-12).", valueName: "range"),
            transform: ZoomRange.parseArgument)
        var zoom = ZoomRange(5...12)

        @Option(
            name: .long, parsing: .unconditional,
            help: ArgumentHelp("Extent W,S,E,N in degrees (default: the region's extent).", valueName: "W,S,E,N"),
            transform: BoundingBox.parseArgument)
        var bbox: BoundingBox?

        @Option(
            name: .long, help: ArgumentHelp("Output folder (default: output/tiles/<region>/<date>).", valueName: "dir"))
        var out: String?

        @Option(name: .long, help: ArgumentHelp("Write an MBTiles 1.3 file instead of a folder.", valueName: "file"))
        var mbtiles: String?

        @Option(name: .long, help: ArgumentHelp("1 for 256 px tiles, 2 for 512 px @2x tiles.", valueName: "n"))
        var scale: Int = 1

        @Option(name: .long, help: ArgumentHelp("Worker threads (default: all cores).", valueName: "n"))
        var jobs: Int?

        @OptionGroup var shard: ShardOptions

        @OptionGroup var labels: LabelOptions

        @Flag(
            name: .long,
            help: ArgumentHelp(
                "Draw a transparent overlay for a basemap: no base fill, see-through control fills (the style's chronomap-overlay)."
            ))
        var overlay = false

        @OptionGroup var style: StyleOptions
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            guard scale == 1 || scale == 2 else {
                throw ValidationError("--scale: tiles are 1 (256 px) or 2 (512 px @2x)")
            }
            guard (jobs ?? 1) >= 1 else { throw ValidationError("--jobs: must be 1 or more") }
            guard out == nil || mbtiles == nil else { throw ValidationError("--out and --mbtiles: choose one") }
        }

        func run() throws {
            try reportingFailures {
                let part = try shard.resolved(environment: ProcessInfo.processInfo.environment)
                let dataset = try global.loadDataset(dates: [("--date", date)])
                let renderer = try style.makeRenderer(variant: overlay ? .overlay : .standard)
                let extent = bbox ?? dataset.region.extent
                let pyramid = TilePyramid(bbox: extent, zooms: zoom.range)
                let options = try labels.sceneOptions(for: dataset.region)
                let tileRenderer = TileRenderer(dataset: dataset, renderer: renderer, extent: extent, options: options)
                let target = (mbtiles ?? out ?? "output/tiles/\(dataset.region.id)/\(date)")
                    .replacingOccurrences(of: "{shard}", with: part.map { "\($0.index)" } ?? "all")
                do {
                    let sink: any TileSink =
                        mbtiles != nil
                        ? try MBTilesWriter(path: target, date: date.description)
                        : FolderTileWriter(folder: target, scale: Double(scale))
                    let job = TileJob(
                        day: date, pyramid: pyramid, scale: Double(scale),
                        jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                        shard: part.map { ($0.index, $0.count) })
                    let summary = try job.run(with: tileRenderer, into: sink)
                    try sink.finish(
                        TileSetDescription(dataset: dataset, day: date, pyramid: pyramid, scale: Double(scale)))
                    printError(
                        "\(counted(summary.tilesWritten, "tile")) written (\(summary.tilesSkipped) already there, "
                            + "\(summary.solidTiles) solid), "
                            + "\(summary.bytes / 1024) KiB in \(String(format: "%.1f", summary.seconds)) s")
                } catch let failure as CommandFailure {
                    throw failure
                } catch {
                    throw CommandFailure(.failure, "\(error)")
                }
                print(target)
            }
        }
    }

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge",
            abstract: "Join MBTiles shard files (from --shard K/N runs) into one.")

        @Option(name: .long, help: ArgumentHelp("The merged MBTiles file.", valueName: "file"))
        var out: String

        @Argument(help: ArgumentHelp("The shard files.", valueName: "shard.mbtiles"))
        var inputs: [String]

        func validate() throws {
            guard !inputs.isEmpty else { throw ValidationError("name at least one shard file to merge") }
            for input in inputs where !FileManager.default.fileExists(atPath: input) {
                throw ValidationError("\(input): no such file")
            }
        }

        func run() throws {
            try reportingFailures {
                do { try MBTilesMerger.merge(inputs, into: out) } catch { throw CommandFailure(.failure, "\(error)") }
                print(out)
            }
        }
    }
}
