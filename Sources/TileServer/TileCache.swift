import Chronology
import Foundation
import Logging
import Projection
import Tiles

/// The server's one tile cache, owned by one actor: rendered tiles (least recently used first out, bounded by the
/// bytes they hold, not their number: a solid sea tile is a hundred bytes, a tile of a city tens of kilobytes), the
/// zoom scenes tiles are cut from (a few, by count), and the renders in progress, so that however many requests ask
/// for a tile (or for its day and zoom) at once, it is rendered once, off the event loops.
actor TileCache {
    /// What identifies a tile: its day, its XYZ coordinate and its pixel density.
    struct Key: Sendable, Hashable, CustomStringConvertible {
        var day: Day
        var coordinate: TileCoordinate
        /// 1 for 256 px tiles, 2 for 512 px `@2x` tiles.
        var scale: Int

        /// `2023-09-19/8/161/97@2x`.
        var description: String { "\(day)/\(coordinate)\(scale == 1 ? "" : "@\(scale)x")" }
    }

    /// A cached tile: its PNG bytes and the entity tag sent as `ETag`.
    struct Entry: Sendable, Equatable {
        var png: Data
        /// A quoted HTTP entity tag (RFC 9110 section 8.8.3) naming the data version and the bytes' hash.
        var entityTag: String

        /// The bytes the entry is charged for: the PNG, the tag, and a fixed share for the key and bookkeeping.
        var sizeInBytes: Int { png.count + entityTag.utf8.count + Self.overheadInBytes }

        static let overheadInBytes = 128
    }

    private struct SceneKey: Hashable {
        var day: Day
        var zoom: Int
    }

    private let renderer: TileRenderer
    private let work: BlockingWorkQueue
    private let dataVersion: String
    private let logger: Logger
    private var tiles: LeastRecentlyUsed<Key, Entry>
    private var scenes: LeastRecentlyUsed<SceneKey, TileRenderer.ZoomScene>
    private var tilesInProgress: [Key: Task<Entry, any Error>] = [:]
    private var scenesInProgress: [SceneKey: Task<TileRenderer.ZoomScene, any Error>] = [:]

    /// - Parameters:
    ///   - renderer: renders the tiles (stateless).
    ///   - work: the worker threads renders run on.
    ///   - capacityInBytes: the bound of the rendered tiles; 0 keeps none.
    ///   - scenes: how many zoom scenes (one day at one zoom) are kept.
    init(renderer: TileRenderer, work: BlockingWorkQueue, capacityInBytes: Int, scenes: Int = 24, logger: Logger) {
        self.renderer = renderer
        self.work = work
        self.dataVersion = renderer.dataset.region.version
        self.logger = logger
        tiles = LeastRecentlyUsed(capacity: capacityInBytes)
        self.scenes = LeastRecentlyUsed(capacity: scenes)
    }

    /// The bytes the rendered tiles hold now (never more than the bound).
    var sizeInBytes: Int { tiles.totalCost }

    /// How many tiles are held now.
    var count: Int { tiles.count }

    /// The tile's PNG and entity tag, from the cache or rendered once.
    /// - Throws: what rendering throws (`RenderError`, `CanvasError`).
    func tile(_ key: Key) async throws -> Entry {
        if let cached = tiles.value(for: key) { return cached }
        if let running = tilesInProgress[key] { return try await running.value }
        let task = Task { try await self.render(key) }
        tilesInProgress[key] = task
        defer { tilesInProgress[key] = nil }
        let entry = try await task.value
        tiles.insert(entry, for: key, cost: entry.sizeInBytes)
        return entry
    }

    /// The zoom scene of a day, from the cache or built once.
    func zoomScene(on day: Day, zoom: Int) async throws -> TileRenderer.ZoomScene {
        let key = SceneKey(day: day, zoom: zoom)
        if let cached = scenes.value(for: key) { return cached }
        if let running = scenesInProgress[key] { return try await running.value }
        let renderer = self.renderer
        let task = Task {
            let start = ContinuousClock.now
            let scene = try await self.work.run { try renderer.zoomScene(on: day, zoom: zoom) }
            self.logger.debug("scene of \(day) at zoom \(zoom) ready in \(Self.milliseconds(since: start)) ms")
            return scene
        }
        scenesInProgress[key] = task
        defer { scenesInProgress[key] = nil }
        let scene = try await task.value
        scenes.insert(scene, for: key, cost: 1)
        return scene
    }

    /// Stores a tile (tests; the server stores what it renders).
    func insert(_ entry: Entry, for key: Key) { tiles.insert(entry, for: key, cost: entry.sizeInBytes) }

    /// A stored tile without rendering (tests).
    func cachedEntry(for key: Key) -> Entry? { tiles.value(for: key) }

    private func render(_ key: Key) async throws -> Entry {
        let scene = try await zoomScene(on: key.day, zoom: key.coordinate.z)
        let start = ContinuousClock.now
        let renderer = self.renderer
        let rendered = try await work.run {
            try renderer.render([key.coordinate], from: scene, scale: Double(key.scale))
        }
        guard let tile = rendered.first else { throw CancellationError() }
        logger.debug(
            "rendered tile \(key): \(tile.png.count) bytes\(tile.isSolid ? ", solid" : "") in \(Self.milliseconds(since: start)) ms"
        )
        return Entry(png: tile.png, entityTag: EntityTag.make(for: tile.png, dataVersion: dataVersion))
    }

    private static func milliseconds(since start: ContinuousClock.Instant) -> Int {
        let elapsed = ContinuousClock.now - start
        return Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
    }
}
