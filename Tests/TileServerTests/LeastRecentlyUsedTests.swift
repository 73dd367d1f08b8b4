import Chronology
import Foundation
import Projection
import Testing
@testable import TileServer

@Suite struct TileCacheTests {
    static let day = try! Day(iso: "2023-09-19")

    static func key(_ x: Int, scale: Int = 1) -> TileCache.Key {
        TileCache.Key(day: day, coordinate: TileCoordinate(z: 10, x: x, y: 0), scale: scale)
    }

    static func entry(bytes: Int, tag: String = "\"t\"") -> TileCache.Entry {
        TileCache.Entry(png: Data(repeating: 7, count: bytes), entityTag: tag)
    }

    /// The bound is in bytes: however the entries' sizes mix, the cache never holds more.
    @Test func neverExceedsItsByteBound() {
        let one = Self.entry(bytes: 100).sizeInBytes
        let cache = TileCache(capacityInBytes: 5 * one + one / 2)
        var generator = SystemRandomNumberGenerator()
        for x in 0..<500 {
            cache.insert(Self.entry(bytes: Int.random(in: 0...400, using: &generator)), for: Self.key(x % 40))
            #expect(cache.sizeInBytes <= cache.capacityInBytes)
        }
        #expect(cache.count > 0)
    }

    @Test func evictsTheLeastRecentlyUsed() {
        let one = Self.entry(bytes: 100).sizeInBytes
        let cache = TileCache(capacityInBytes: 3 * one)
        for x in 0..<3 { cache.insert(Self.entry(bytes: 100), for: Self.key(x)) }
        #expect(cache.entry(for: Self.key(0)) != nil)  // 0 is now the most recently used; 1 the least
        cache.insert(Self.entry(bytes: 100), for: Self.key(3))
        #expect(cache.entry(for: Self.key(1)) == nil)
        #expect(cache.entry(for: Self.key(0)) != nil)
        #expect(cache.entry(for: Self.key(2)) != nil)
        #expect(cache.entry(for: Self.key(3)) != nil)
        #expect(cache.count == 3)
        #expect(cache.sizeInBytes == 3 * one)
    }

    @Test func aLargeEntryEvictsAsManyAsItNeeds() {
        let one = Self.entry(bytes: 100).sizeInBytes
        let cache = TileCache(capacityInBytes: 4 * one)
        for x in 0..<4 { cache.insert(Self.entry(bytes: 100), for: Self.key(x)) }
        cache.insert(Self.entry(bytes: 2 * one + 100), for: Self.key(9))
        #expect(cache.entry(for: Self.key(0)) == nil)
        #expect(cache.entry(for: Self.key(1)) == nil)
        #expect(cache.entry(for: Self.key(2)) == nil)
        #expect(cache.entry(for: Self.key(3)) != nil)
        #expect(cache.entry(for: Self.key(9)) != nil)
        #expect(cache.sizeInBytes <= cache.capacityInBytes)
    }

    @Test func anEntryLargerThanTheCacheIsNotStored() {
        let cache = TileCache(capacityInBytes: 1000)
        cache.insert(Self.entry(bytes: 10), for: Self.key(1))
        cache.insert(Self.entry(bytes: 5000), for: Self.key(2))
        #expect(cache.entry(for: Self.key(2)) == nil)
        #expect(cache.entry(for: Self.key(1)) != nil)
        #expect(TileCache(capacityInBytes: 0).entry(for: Self.key(1)) == nil)
    }

    @Test func replacingAnEntryRechargesItsSize() {
        let cache = TileCache(capacityInBytes: 10_000)
        cache.insert(Self.entry(bytes: 1000, tag: "\"a\""), for: Self.key(1))
        cache.insert(Self.entry(bytes: 10, tag: "\"b\""), for: Self.key(1))
        #expect(cache.count == 1)
        #expect(cache.sizeInBytes == Self.entry(bytes: 10, tag: "\"b\"").sizeInBytes)
        #expect(cache.entry(for: Self.key(1))?.entityTag == "\"b\"")
    }

    @Test func scaleAndDayArePartOfTheKey() {
        let cache = TileCache(capacityInBytes: 10_000)
        cache.insert(Self.entry(bytes: 10), for: Self.key(1))
        #expect(cache.entry(for: Self.key(1, scale: 2)) == nil)
        let otherDay = TileCache.Key(day: try! Day(iso: "2023-09-20"), coordinate: TileCoordinate(z: 10, x: 1, y: 0), scale: 1)
        #expect(cache.entry(for: otherDay) == nil)
    }

    @Test func isSafeUnderConcurrentUse() async {
        let one = Self.entry(bytes: 50).sizeInBytes
        let cache = TileCache(capacityInBytes: 20 * one)
        await withTaskGroup(of: Void.self) { group in
            for worker in 0..<8 {
                group.addTask {
                    for step in 0..<500 {
                        let key = Self.key((worker * 7 + step) % 60)
                        if cache.entry(for: key) == nil { cache.insert(Self.entry(bytes: 50), for: key) }
                    }
                }
            }
        }
        #expect(cache.sizeInBytes <= cache.capacityInBytes)
        #expect(cache.count <= 20)
    }
}
