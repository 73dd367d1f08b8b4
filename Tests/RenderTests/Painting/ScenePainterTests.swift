import Canvas
import Projection
import Render
import Scene
import Style
import Testing
import _ChronomapTestSupport

/// The bounds the scene gives each item (used to skip items outside a tile and to keep labels off icons) hold
/// every pixel the painter puts down: painted alone on a transparent surface, no item inks outside its bounds.
@Suite struct ScenePainterTests {
    static let symbol = EventSymbols.Symbol(kind: "mine", glyph: "\u{2739}", color: StyleColor(css: "#b2182b")!)

    static let items: [(String, SceneItem)] = [
        (
            "icon with a two-digit badge",
            .icon(
                .init(center: PixelPoint(x: 100, y: 100), symbol: symbol, radius: 12, badge: "10", layer: .style("t")))
        ),
        (
            "icon without badge",
            .icon(.init(center: PixelPoint(x: 100, y: 100), symbol: symbol, radius: 9, layer: .style("t")))
        ),
        (
            "faded icon",
            .icon(
                .init(
                    center: PixelPoint(x: 100, y: 100), symbol: symbol, radius: 9, opacity: 0.45, badge: "3",
                    layer: .style("t")))
        ),
        (
            "arrow with casing",
            .stroke(
                .init(
                    paths: [[PixelPoint(x: 40, y: 150), PixelPoint(x: 150, y: 60)]], color: .black, width: 2.4,
                    casing: Casing(color: .white, width: 4.4), hasArrowhead: true, layer: .style("t")))
        ),
        (
            "square marker",
            .circle(
                .init(
                    center: PixelPoint(x: 100, y: 100), radius: 5, fill: .black, stroke: .white, strokeWidth: 1.5,
                    isSquare: true, layer: .style("t")))
        ),
        (
            "round marker",
            .circle(
                .init(
                    center: PixelPoint(x: 100, y: 100), radius: 3.6, fill: .black, stroke: .black, strokeWidth: 1.2,
                    layer: .style("t")))
        ),
        (
            "hatched fill",
            .fill(
                .init(
                    polygons: [
                        [
                            [
                                PixelPoint(x: 50, y: 50), PixelPoint(x: 150, y: 60), PixelPoint(x: 120, y: 160),
                                PixelPoint(x: 50, y: 50),
                            ]
                        ]
                    ],
                    color: .black, hatch: Hatch(color: .black, spacing: 7, angleDegrees: 45, width: 1.6),
                    layer: .style("t")))
        ),
        (
            "panel",
            .rect(
                .init(
                    rect: PixelRect(x: 60, y: 60, width: 80, height: 40), fill: .white, stroke: .black, strokeWidth: 1,
                    layer: .furniture(.panel)))
        ),
    ]

    @Test(arguments: 0..<items.count)
    func inkStaysInsideTheItemsBounds(index: Int) throws {
        let (name, item) = Self.items[index]
        let renderer = try FixtureMap.renderer.get()
        let scene = Scene(
            width: 200, height: 200,
            viewport: Viewport(box: MercatorBox(minX: 0, minY: 0, maxX: 200, maxY: 200), width: 200, height: 200),
            background: StyleColor(red: 0, green: 0, blue: 0, alpha: 0), items: [item])
        let surface = try renderer.image(of: scene)
        let words = try surface.argbWords()
        var inked = 0
        let bounds = item.inkBounds
        for (offset, word) in words.enumerated() where word >> 24 != 0 {
            inked += 1
            let x = Double(offset % surface.width), y = Double(offset / surface.width)
            #expect(
                bounds.intersects(PixelRect(x: x, y: y, width: 1, height: 1)),
                "\(name): ink at \(x),\(y) outside \(bounds)")
        }
        #expect(inked > 20, "\(name) drew nothing")
    }
}
