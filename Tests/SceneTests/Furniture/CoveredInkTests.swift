import Testing

@testable import Scene

/// What a panel hides, worked out by hand on squares and an L shape: the area of a ring inside a box, holes taken
/// out, markers counted as 24 px squares, and the pieces a box hides more than half of.
@Suite struct CoveredInkTests {
    static func ring(_ points: [(Double, Double)]) -> [PixelPoint] {
        points.map { PixelPoint(x: $0.0, y: $0.1) }
    }

    static func square(_ x: Double, _ y: Double, _ side: Double) -> [PixelPoint] {
        ring([(x, y), (x + side, y), (x + side, y + side), (x, y + side), (x, y)])
    }

    /// A 100 px square, the box over its right 30 px and its bottom 40: 30 × 40 = 1,200 px².
    @Test func aSquarePartlyUnderTheBox() {
        let box = PixelRect(x: 70, y: 60, width: 200, height: 200)
        #expect(abs(CoveredInk.area(of: Self.square(0, 0, 100), clippedTo: box) - 1_200) < 1e-9)
    }

    /// An L of three 10 px cells (the cell at 10-20, 0-10 missing): the box over its notch and
    /// the cell beside it holds half a cell, 50 px², whichever way the ring runs.
    @Test func aConcaveRingKeepsOnlyWhatIsInside() {
        let l = Self.ring([(0, 0), (10, 0), (10, 10), (20, 10), (20, 20), (0, 20), (0, 0)])
        let box = PixelRect(x: 5, y: 0, width: 15, height: 10)
        #expect(abs(CoveredInk.area(of: l, clippedTo: box) - 50) < 1e-9)
        #expect(abs(CoveredInk.area(of: Array(l.reversed()), clippedTo: box) - 50) < 1e-9)
        let whole = PixelRect(x: -5, y: -5, width: 40, height: 40)
        #expect(abs(CoveredInk.area(of: l, clippedTo: whole) - 300) < 1e-9)
    }

    /// A 100 px square with a 20 px hole, under a box that holds both, and a marker: 10,000 − 400 + 576.
    @Test func holesAreTakenOutAndMarkersCount() {
        let ink = CoveredInk(
            zoneFills: [[Self.square(0, 0, 100), Self.square(40, 40, 20)]],
            markers: [PixelRect(x: 50, y: 10, width: 8, height: 8), PixelRect(x: 500, y: 500, width: 8, height: 8)],
            symbolScale: 1)
        #expect(abs(ink.hidden(by: PixelRect(x: -10, y: -10, width: 200, height: 200)) - 10_176) < 1e-9)
        #expect(ink.hidden(by: PixelRect(x: 300, y: 0, width: 100, height: 100)) == 0)
    }

    /// A box over 60% of a small square hides that piece; over 40% it does not; a large piece it grazes neither.
    @Test func piecesMostlyHidden() {
        let ink = CoveredInk(
            zoneFills: [[Self.square(0, 0, 10)], [Self.square(100, 0, 500)]], markers: [], symbolScale: 1)
        #expect(ink.piecesMostlyHidden(by: PixelRect(x: 4, y: -5, width: 90, height: 20)) == 1)
        #expect(ink.piecesMostlyHidden(by: PixelRect(x: 6, y: -5, width: 90, height: 20)) == 0)
    }
}
