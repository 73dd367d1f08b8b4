import Foundation
import Testing

@testable import TileServer

/// The tile cache's bookkeeping: least recently used first out, bounded by the bytes held.
@Suite struct LeastRecentlyUsedTests {
    typealias Cache = LeastRecentlyUsed<Int, Data>

    static func insert(_ cache: inout Cache, _ key: Int, bytes: Int) {
        cache.insert(Data(repeating: 7, count: bytes), for: key, cost: bytes)
    }

    /// The bound is in bytes: however the entries' sizes mix, the cache never holds more. The sizes are
    /// pseudo-random from a fixed seed, so a failure shows again on the next run.
    @Test func neverExceedsItsBound() {
        var cache = Cache(capacity: 550)
        var generator = SeededGenerator(seed: 7)
        var inserted = 0
        for x in 0..<500 {
            let bytes = Int.random(in: 0...400, using: &generator)
            Self.insert(&cache, x % 40, bytes: bytes)
            inserted += bytes
            #expect(cache.totalCost <= cache.capacity)
        }
        // The bound was reached many times over, and the cache still holds something.
        #expect(inserted > 100 * cache.capacity)
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

/// SplitMix64: a fixed sequence of pseudo-random numbers for a given seed.
private struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
