import Chronology
import Foundation
import Logging
import Projection
import Tiles

/// Gives the PNG of a tile: from the cache, or rendered off the event loop, once, however many
/// requests ask for it (or for its day and zoom) at the same time.
///
/// The first tile of a day at a zoom needs that zoom's scene (labels placed over the whole extent),
/// which takes much longer than cutting a tile from it; a map view asks for a dozen tiles of the new
/// day at once, so the scene is built by one of them while the others wait for it.
actor TileProvider {
    /// The scene a tile is cut from: one day at one zoom.
    private struct SceneKey: Hashable {
        var day: Day
        var zoom: Int
    }

    let renderer: TileRenderer
    let cache: TileCache
    private let work: BlockingWorkQueue
    private let dataVersion: String
    private let logger: Logger
    private var tilesInProgress: [TileCache.Key: Task<TileCache.Entry, any Error>] = [:]
    private var scenesInProgress: [SceneKey: Task<Void, any Error>] = [:]

    init(renderer: TileRenderer, cache: TileCache, work: BlockingWorkQueue, logger: Logger) {
        self.renderer = renderer
        self.cache = cache
        self.work = work
        self.dataVersion = renderer.dataset.region.version
        self.logger = logger
    }

    /// The tile's PNG and entity tag.
    /// - Throws: what rendering throws (`RenderError`, `CanvasError`).
    nonisolated func tile(_ key: TileCache.Key) async throws -> TileCache.Entry {
        if let cached = cache.entry(for: key) { return cached }
        return try await renderOnce(key)
    }

    private func renderOnce(_ key: TileCache.Key) async throws -> TileCache.Entry {
        if let cached = cache.entry(for: key) { return cached }
        if let running = tilesInProgress[key] { return try await running.value }
        let task = Task { try await self.render(key) }
        tilesInProgress[key] = task
        defer { tilesInProgress[key] = nil }
        return try await task.value
    }

    private func render(_ key: TileCache.Key) async throws -> TileCache.Entry {
        try await prepareScene(SceneKey(day: key.day, zoom: key.coordinate.z))
        let start = ContinuousClock.now
        let renderer = self.renderer
        let rendered = try await work.run { try renderer.tile(key.coordinate, on: key.day, scale: Double(key.scale)) }
        let entry = TileCache.Entry(png: rendered.png, entityTag: EntityTag.make(for: rendered.png, dataVersion: dataVersion))
        cache.insert(entry, for: key)
        logger.debug("rendered tile \(key): \(rendered.png.count) bytes\(rendered.isSolid ? ", solid" : "") in \(Self.milliseconds(since: start)) ms")
        return entry
    }

    /// Builds the scene of a day and zoom unless the renderer has it; concurrent callers share one build.
    private func prepareScene(_ key: SceneKey) async throws {
        if let running = scenesInProgress[key] { return try await running.value }
        let renderer = self.renderer
        let task = Task {
            let start = ContinuousClock.now
            _ = try await self.work.run { try renderer.zoomScene(on: key.day, zoom: key.zoom) }
            let elapsed = Self.milliseconds(since: start)
            if elapsed >= 50 { self.logger.debug("scene of \(key.day) at zoom \(key.zoom) ready in \(elapsed) ms") }
        }
        scenesInProgress[key] = task
        defer { scenesInProgress[key] = nil }
        try await task.value
    }

    private static func milliseconds(since start: ContinuousClock.Instant) -> Int {
        let elapsed = ContinuousClock.now - start
        return Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
    }
}
