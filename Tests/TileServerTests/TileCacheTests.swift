import Chronology
import Foundation
import Logging
import Projection
import Render
import Testing
import Tiles
import _ChronomapTestSupport

@testable import TileServer

/// The server's one cache, an actor: concurrent requests for one tile render it once, and the stored bytes never
/// exceed the bound.
@Suite(.serialized) struct TileCacheTests {
    static func cache(capacity: Int) throws -> TileCache {
        let renderer = TileRenderer(dataset: try FixtureRegion.dataset.get(), renderer: try FixtureMap.renderer.get())
        return TileCache(
            renderer: renderer, work: BlockingWorkQueue(name: "test", maximumConcurrentOperations: 2),
            capacityInBytes: capacity,
            logger: Logger(label: "test"))
    }

    static let day = try! Day(iso: "2024-05-02")

    @Test func concurrentRequestsForOneTileGetTheSameBytes() async throws {
        let cache = try Self.cache(capacity: 10_000_000)
        let key = TileCache.Key(day: Self.day, coordinate: TileCoordinate(z: 9, x: 200, y: 209), scale: 1)
        let entries = try await withThrowingTaskGroup(of: TileCache.Entry.self) { group in
            for _ in 0..<8 { group.addTask { try await cache.tile(key) } }
            var all: [TileCache.Entry] = []
            for try await entry in group { all.append(entry) }
            return all
        }
        #expect(entries.count == 8)
        #expect(Set(entries.map(\.entityTag)).count == 1)
        #expect(await cache.count == 1)
        #expect(try PNGChunks(entries[0].png).size?.width == 256)
    }

    @Test func theBytesHeldStayUnderTheBound() async throws {
        let cache = try Self.cache(capacity: 20_000)
        var served = 0
        for x in 197..<203 {
            let entry = try await cache.tile(
                TileCache.Key(day: Self.day, coordinate: TileCoordinate(z: 9, x: x, y: 209), scale: 1))
            served += entry.png.count
            #expect(await cache.sizeInBytes <= 20_000)
        }
        // The bound was tested: the tiles together are larger than it, so some had to be evicted.
        #expect(served > 20_000, "the six tiles hold only \(served) bytes")
        let held = await cache.count
        #expect(held >= 1 && held < 6)
    }
}
