import ArgumentParser
import Chronomap
import Foundation

extension ChronomapCommand {
    /// `chronomap tiles`: XYZ tiles of a date, as a folder tree or MBTiles; `tiles merge` joins shards.
    struct Tiles: ParsableCommand {
        static let configuration = CommandConfiguration(
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
                tile edge. A re-run renders only missing tiles. --shard K/N renders the K-th of N disjoint parts (for batch runners); \
                join the MBTiles shards with `chronomap tiles merge`.
                """)

        @Option(name: .long, help: ArgumentHelp("The day, YYYY-MM-DD.", valueName: "date"))
        var date: String

        @Option(name: .long, help: ArgumentHelp("Zoom levels, e.g. 5-12 or 8.", valueName: "range"))
        var zoom: String = "5-12"

        @Option(name: .long, help: ArgumentHelp("Extent W,S,E,N in degrees (default: the region's extent).", valueName: "W,S,E,N"))
        var bbox: String?

        @Option(name: .long, help: ArgumentHelp("Output folder (default: output/tiles/<region>/<date>).", valueName: "dir"))
        var out: String?

        @Option(name: .long, help: ArgumentHelp("Write an MBTiles 1.3 file instead of a folder.", valueName: "file"))
        var mbtiles: String?

        @Option(name: .long, help: ArgumentHelp("1 for 256 px tiles, 2 for 512 px @2x tiles.", valueName: "n"))
        var scale: Double = 1

        @Option(name: .long, help: ArgumentHelp("Worker threads (default: all cores).", valueName: "n"))
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

        @Option(name: .long, help: ArgumentHelp("Render only part K of N of the pyramid, e.g. 2/4.", valueName: "K/N"))
        var shard: String?

        @Option(name: .long, help: ArgumentHelp("Label names: en, az, hy or dual.", valueName: "rule"))
        var names: String = "dual"

        @Option(name: .long, help: ArgumentHelp("The style file.", valueName: "file"))
        var style: String?

        @OptionGroup var global: GlobalOptions

        func parsedZooms() throws(CommandFailure) -> ClosedRange<Int> {
            let parts = zoom.split(separator: "-").map { Int($0) }
            guard (1...2).contains(parts.count), parts.allSatisfy({ $0 != nil }), let low = parts.first!, let high = parts.last!,
                  (0...16).contains(low), (0...16).contains(high), low <= high else {
                throw CommandFailure(.usage, "--zoom: \"\(zoom)\" is not a zoom or a range such as 5-12 (zooms 0 to 16)")
            }
            return low...high
        }

        func parsedShard() throws(CommandFailure) -> (index: Int, count: Int)? {
            guard let shard else { return nil }
            let parts = shard.split(separator: "/").map { Int($0) }
            guard parts.count == 2, let index = parts[0], let count = parts[1], count >= 1, (1...count).contains(index) else {
                throw CommandFailure(.usage, "--shard: \"\(shard)\" is not K/N with 1 <= K <= N")
            }
            return (index, count)
        }

        func run() throws {
            try reportingFailures {
                let day = try parseDay(date, flag: "--date")
                let zooms = try parsedZooms()
                let shardPart = try parsedShard()
                guard scale == 1 || scale == 2 else { throw CommandFailure(.usage, "--scale: tiles are 1 (256 px) or 2 (512 px @2x)") }
                guard jobs >= 1 else { throw CommandFailure(.usage, "--jobs: must be 1 or more") }
                guard out == nil || mbtiles == nil else { throw CommandFailure(.usage, "--out and --mbtiles: choose one") }
                let box = try RenderOptionGroup.boundingBox(bbox)
                let rule = try RenderOptionGroup.nameRule(names)
                let dataset = try global.loadDataset()
                try checkInRange(day, of: dataset, flag: "--date")
                let renderer = try RenderOptionGroup.renderer(style: style)
                let extent = box ?? dataset.region.extent
                let pyramid = TilePyramid(bbox: extent, zooms: zooms)
                let tileRenderer = TileRenderer(dataset: dataset, renderer: renderer, extent: extent, names: rule)
                let target = mbtiles ?? out ?? "output/tiles/\(dataset.region.id)/\(day)"
                do {
                    let sink: any TileSink = mbtiles != nil ? try MBTilesWriter(path: target) : FolderTileWriter(folder: target, scale: scale)
                    let job = TileJob(day: day, pyramid: pyramid, scale: scale, jobs: jobs, shard: shardPart)
                    let summary = try job.run(with: tileRenderer, into: sink)
                    try sink.finish(TileSetDescription(dataset: dataset, day: day, pyramid: pyramid, scale: scale))
                    printError("\(summary.tilesWritten) tiles written (\(summary.tilesSkipped) already there, \(summary.solidTiles) solid), "
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
            abstract: "Join MBTiles shard files (from --shard K/N runs) into one.")

        @Option(name: .long, help: ArgumentHelp("The merged MBTiles file.", valueName: "file"))
        var out: String

        @Argument(help: ArgumentHelp("The shard files.", valueName: "shard.mbtiles"))
        var inputs: [String]

        func run() throws {
            try reportingFailures {
                guard !inputs.isEmpty else { throw CommandFailure(.usage, "name at least one shard file to merge") }
                for input in inputs where !FileManager.default.fileExists(atPath: input) {
                    throw CommandFailure(.usage, "\(input): no such file")
                }
                do { try MBTilesMerger.merge(inputs, into: out) } catch {
                    throw CommandFailure(.failure, "\(error)")
                }
                print(out)
            }
        }
    }
}
