import Foundation
import Testing

@testable import TileServer

/// The tile cache's bookkeeping: least recently used first out, bounded by the bytes held.
@Suite struct LeastRecentlyUsedTests {
    typealias Cache = LeastRecentlyUsed<Int, Data>

    static func insert(_ cache: inout Cache, _ key: Int, bytes: Int) {
        cache.insert(Data(repeating: 7, count: bytes), for: key, cost: bytes)
    }

    /// The bound is in bytes: however the entries' sizes mix, the cache never holds more.
    @Test func neverExceedsItsBound() {
        var cache = Cache(capacity: 550)
        var generator = SystemRandomNumberGenerator()
        for x in 0..<500 {
            Self.insert(&cache, x % 40, bytes: Int.random(in: 0...400, using: &generator))
            #expect(cache.totalCost <= cache.capacity)
        }
        #expect(cache.count > 0)
    }

    @Test func evictsTheLeastRecentlyUsed() {
        var cache = Cache(capacity: 300)
        for x in 0..<3 { Self.insert(&cache, x, bytes: 100) }
        #expect(cache.value(for: 0) != nil)  // 0 is now the most recently used; 1 the least
        Self.insert(&cache, 3, bytes: 100)
        #expect(cache.value(for: 1) == nil)
        #expect(cache.value(for: 0) != nil && cache.value(for: 2) != nil && cache.value(for: 3) != nil)
        #expect(cache.count == 3 && cache.totalCost == 300)
    }

    @Test func aLargeEntryEvictsAsManyAsItNeeds() {
        var cache = Cache(capacity: 400)
        for x in 0..<4 { Self.insert(&cache, x, bytes: 100) }
        Self.insert(&cache, 9, bytes: 250)
        #expect(cache.value(for: 0) == nil && cache.value(for: 1) == nil && cache.value(for: 2) == nil)
        #expect(cache.value(for: 3) != nil && cache.value(for: 9) != nil)
        #expect(cache.totalCost == 350)
    }

    @Test func anEntryLargerThanTheCacheIsNotStored() {
        var cache = Cache(capacity: 1000)
        Self.insert(&cache, 1, bytes: 10)
        Self.insert(&cache, 2, bytes: 5000)
        #expect(cache.value(for: 2) == nil && cache.value(for: 1) != nil)
        var none = Cache(capacity: 0)
        Self.insert(&none, 1, bytes: 1)
        #expect(none.count == 0)
    }

    @Test func replacingAnEntryRechargesItsCost() {
        var cache = Cache(capacity: 10_000)
        Self.insert(&cache, 1, bytes: 1000)
        Self.insert(&cache, 1, bytes: 10)
        #expect(cache.count == 1 && cache.totalCost == 10)
    }
}
