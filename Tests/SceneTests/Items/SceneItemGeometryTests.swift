import Scene
import Style
import Testing

@Suite struct SceneItemGeometryTests {
    static let symbol = EventSymbols.Symbol(kind: "mine", glyph: "*", color: .black)

    @Test func aBadgeWidensTheIconsBoundsUpAndRightOnly() {
        let plain = SceneItem.Icon(center: PixelPoint(x: 0, y: 0), symbol: Self.symbol, radius: 10, layer: .style("t"))
        var badged = plain
        badged.badge = "7"
        #expect(plain.inkBounds == PixelRect(x: -11.5, y: -11.5, width: 23, height: 23))
        #expect(badged.inkBounds.minX == plain.inkBounds.minX && badged.inkBounds.maxY == plain.inkBounds.maxY)
        #expect(badged.inkBounds.maxX > plain.inkBounds.maxX && badged.inkBounds.minY < plain.inkBounds.minY)
        var twoDigits = badged
        twoDigits.badge = "10"
        #expect(twoDigits.inkBounds.maxX > badged.inkBounds.maxX)
    }

    @Test func theBoxAroundPointsAndTheAreaOfARing() {
        // An L of six points written by hand: 4 by 3 less the 2 by 2 corner (12 - 4 = 8 square pixels).
        let ring = [(0, 0), (4, 0), (4, 3), (2, 3), (2, 1), (0, 1)].map { PixelPoint(x: Double($0.0), y: Double($0.1)) }
        #expect(PixelRect(enclosing: ring) == PixelRect(x: 0, y: 0, width: 4, height: 3))
        #expect(PixelRect(enclosing: ring, reach: 1) == PixelRect(x: -1, y: -1, width: 6, height: 5))
        #expect(PixelRect(enclosing: []) == PixelRect(x: 0, y: 0, width: 0, height: 0))
        // Either way round, closed or not.
        #expect(PixelPoint.area(ofRing: ring) == 8)
        #expect(PixelPoint.area(ofRing: ring.reversed()) == 8)
        #expect(PixelPoint.area(ofRing: ring + [ring[0]]) == 8)
        #expect(PixelPoint.area(ofRing: []) == 0)
    }

    @Test func anArrowheadReachesBeyondTheLine() {
        let line = SceneItem.Stroke(
            paths: [[PixelPoint(x: 0, y: 0), PixelPoint(x: 10, y: 0)]], color: .black, width: 2, layer: .style("t"))
        var arrow = line
        arrow.hasArrowhead = true
        #expect(line.reach == 2)
        #expect(arrow.reach == 2 + 10 + 2)
    }
}
