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

    @Test func anArrowheadReachesBeyondTheLine() {
        let line = SceneItem.Stroke(
            paths: [[PixelPoint(x: 0, y: 0), PixelPoint(x: 10, y: 0)]], color: .black, width: 2, layer: .style("t"))
        var arrow = line
        arrow.hasArrowhead = true
        #expect(line.reach == 2)
        #expect(arrow.reach == 2 + 10 + 2)
    }
}
