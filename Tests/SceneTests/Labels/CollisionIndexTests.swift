import Scene
import Testing

@Suite struct CollisionIndexTests {
    static let frame = PixelRect(x: 0, y: 0, width: 400, height: 300)

    @Test func takenBoxesBlockOverlappingOnes() {
        var index = CollisionIndex(bounds: Self.frame, cellSize: 32)
        index.insert(PixelRect(x: 100, y: 100, width: 50, height: 20), .label("a"))
        #expect(!index.isFree(PixelRect(x: 140, y: 110, width: 30, height: 30)))
        #expect(index.firstCollision(with: PixelRect(x: 140, y: 110, width: 30, height: 30))?.occupant == .label("a"))
        // Touching edges do not collide.
        #expect(index.isFree(PixelRect(x: 150, y: 100, width: 30, height: 20)))
        #expect(index.isFree(PixelRect(x: 10, y: 10, width: 30, height: 20)))
    }

    @Test func boxesLeavingTheFrameAreRefused() {
        let index = CollisionIndex(bounds: Self.frame)
        #expect(!index.isFree(PixelRect(x: 390, y: 10, width: 20, height: 10)))
        #expect(!index.isFree(PixelRect(x: -1, y: 10, width: 20, height: 10)))
        #expect(index.isFree(PixelRect(x: 380, y: 290, width: 20, height: 10)))
    }

    @Test func largeBoxesSpanningManyCellsAreFound() {
        var index = CollisionIndex(bounds: Self.frame, cellSize: 16)
        index.insert(PixelRect(x: 0, y: 250, width: 400, height: 50), .furniture("footer"))
        #expect(!index.isFree(PixelRect(x: 200, y: 260, width: 5, height: 5)))
        #expect(index.entries.count == 1)
    }

    /// Against a brute-force check of every pair, on a fixed pseudo-random set of boxes.
    @Test func agreesWithBruteForce() {
        var generator = SplitMix(seed: 42)
        var index = CollisionIndex(bounds: Self.frame, cellSize: 24)
        var boxes: [PixelRect] = []
        for number in 0..<200 {
            let box = PixelRect(
                x: generator.next(350), y: generator.next(260), width: 4 + generator.next(46),
                height: 4 + generator.next(36))
            let expected = Self.frame.contains(box) && !boxes.contains { $0.intersects(box) }
            #expect(index.isFree(box) == expected, "box \(number)")
            if expected {
                index.insert(box, .label("\(number)"))
                boxes.append(box)
            }
        }
    }
}

/// A small deterministic generator, so the brute-force comparison is the same on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ limit: Double) -> Double {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Double((z ^ (z >> 31)) % 1_000_000) / 1_000_000 * limit
    }
}
