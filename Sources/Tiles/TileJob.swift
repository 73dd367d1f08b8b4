import Chronology
import Foundation
import GeoJSON
import Logging
import Projection
import Scene
import Support
import Synchronization

/// A tile pyramid of one day, rendered metatile by metatile on every core into a sink.
public struct TileJob: Sendable {
    public var day: Day
    public var pyramid: TilePyramid
    public var scale: Double
    /// Worker threads; all cores by default.
    public var jobs: Int
    /// 1-based shard index and shard count, or nil for the whole pyramid.
    public var shard: (index: Int, count: Int)?

    public init(
        day: Day, pyramid: TilePyramid, scale: Double = 1, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
        shard: (index: Int, count: Int)? = nil
    ) {
        self.day = day
        self.pyramid = pyramid
        self.scale = scale
        self.jobs = max(1, jobs)
        self.shard = shard
    }

    /// What a run did.
    public struct Summary: Sendable {
        public var metatiles: Int
        public var tilesWritten: Int
        public var tilesSkipped: Int
        public var solidTiles: Int
        public var bytes: Int
        public var seconds: Double
        /// The legend of what each zoom's scene drew, by zoom (the web viewer shows it beside the tiles).
        public var legends: [Int: [LegendLine]] = [:]
    }

    /// Renders every tile of the job the sink does not have yet, then describes the set.
    /// - Parameters:
    ///   - renderer: renders the tiles.
    ///   - sink: where they go.
    ///   - progress: a bar shared with other work (a site's dates), advanced by this job's metatiles and left
    ///     open; nil for a bar of the job's own, finished at its end.
    /// - Throws: the first rendering or writing error (tiles written before it are complete).
    public func run(
        with renderer: TileRenderer, into sink: any TileSink, progress sharedProgress: ProgressReporter? = nil
    ) throws -> Summary {
        let logger = Logger(label: "chronomap.tiles")
        let metatiles = shard.map { pyramid.metatiles(shard: $0.index, of: $0.count) } ?? pyramid.metatiles
        let started = Date()
        // Each zoom's scene (labels placed over the whole extent) is built once, up front and in parallel,
        // rather than by whichever worker first needs it while the others wait or build it again.
        let zoomList = Array(Set(metatiles.map(\.zoom))).sorted()
        let scenes = zoomList.concurrentMap { zoom in Result { try renderer.zoomScene(on: day, zoom: zoom) } }
        var sceneByZoom: [Int: TileRenderer.ZoomScene] = [:]
        for (zoom, scene) in zip(zoomList, scenes) { sceneByZoom[zoom] = try scene.get() }
        let zoomScenes = sceneByZoom
        let progress = sharedProgress ?? ProgressReporter(total: metatiles.count, unit: "metatiles", logger: logger)
        let state = RunState()
        // Largest metatiles first (longest processing time first): the last metatiles to start are then the
        // small ones, so no worker is left painting a full 8x8 block of the deepest zoom while the others idle.
        // On the region's 254 tiles this took the workers from 74% to about 85% busy.
        let order = metatiles.indices.sorted { first, second in
            let (a, b) = (metatiles[first].tiles.count, metatiles[second].tiles.count)
            return a != b ? a > b : first < second
        }
        let queue = DispatchQueue(label: "chronomap.tiles", attributes: .concurrent)
        let group = DispatchGroup()
        for _ in 0..<min(jobs, max(1, metatiles.count)) {
            queue.async(group: group) {
                while let position = state.nextIndex(below: metatiles.count) {
                    let index = order[position]
                    let missing = metatiles[index].tiles.filter { !sink.contains($0) }
                    if missing.isEmpty {
                        state.record(skipped: metatiles[index].tiles.count)
                        progress.advance()
                        continue
                    }
                    do {
                        guard let scene = zoomScenes[metatiles[index].zoom] else { continue }
                        let rendered = try renderer.render(missing, from: scene, scale: scale)
                        try sink.write(rendered)
                        state.record(
                            written: rendered.count, skipped: metatiles[index].tiles.count - missing.count,
                            solid: rendered.filter(\.isSolid).count, bytes: rendered.reduce(0) { $0 + $1.png.count })
                        progress.advance(items: rendered.count)
                    } catch {
                        state.fail(error)
                    }
                }
            }
        }
        group.wait()
        if sharedProgress == nil { progress.finish() }
        if let error = state.firstError { throw error }
        var summary = state.summary(metatiles: metatiles.count, seconds: Date().timeIntervalSince(started))
        summary.legends = zoomScenes.mapValues { $0.prepared.scene.legend }
        logger.info(
            "\(summary.tilesWritten) tiles written, \(summary.tilesSkipped) already there, \(summary.solidTiles) solid, \(summary.bytes) bytes"
        )
        return summary
    }
}

/// The shared counters of a run.
private final class RunState: Sendable {
    private let counters = Mutex(Counters())

    private struct Counters {
        var next = 0
        var written = 0, skipped = 0, solid = 0, bytes = 0
        var firstError: (any Error)?
    }

    var firstError: (any Error)? { counters.withLock { $0.firstError } }

    func nextIndex(below count: Int) -> Int? {
        counters.withLock { counters in
            guard counters.firstError == nil, counters.next < count else { return nil }
            counters.next += 1
            return counters.next - 1
        }
    }

    func record(written: Int = 0, skipped: Int = 0, solid: Int = 0, bytes: Int = 0) {
        counters.withLock { counters in
            counters.written += written
            counters.skipped += skipped
            counters.solid += solid
            counters.bytes += bytes
        }
    }

    func fail(_ error: any Error) {
        counters.withLock { counters in
            if counters.firstError == nil { counters.firstError = error }
        }
    }

    func summary(metatiles: Int, seconds: Double) -> TileJob.Summary {
        counters.withLock { counters in
            TileJob.Summary(
                metatiles: metatiles, tilesWritten: counters.written, tilesSkipped: counters.skipped,
                solidTiles: counters.solid, bytes: counters.bytes, seconds: seconds)
        }
    }
}

extension TileSetDescription {
    /// The description of a day's tiles of a data set.
    public init(dataset: Dataset, day: Day, pyramid: TilePyramid, scale: Double) {
        let box = pyramid.bbox
        let center = [
            (box.southWest.longitude + box.northEast.longitude) / 2,
            (box.southWest.latitude + box.northEast.latitude) / 2,
            Double(min(max(pyramid.zooms.lowerBound, 8), pyramid.zooms.upperBound)),
        ]
        self.init(
            name: "\(dataset.region.title) \(day)",
            description: "\(dataset.region.name) on \(day.longDescription) (Chronomap)",
            date: day.description, dataVersion: dataset.region.version, attribution: dataset.region.attribution.english,
            bounds: [box.southWest.longitude, box.southWest.latitude, box.northEast.longitude, box.northEast.latitude],
            center: center, minZoom: pyramid.zooms.lowerBound, maxZoom: pyramid.zooms.upperBound, scale: scale)
    }
}
