import Scene

/// A scene with the bounds of every item worked out once, so that painting a small window of a large
/// scene (a metatile of a zoom level) skips everything outside it.
public struct PreparedScene: Sendable {
    public let scene: Scene
    /// Each item's bounds, logical pixels, including half its line width.
    let bounds: [PixelRect]

    public init(_ scene: Scene) {
        self.scene = scene
        bounds = scene.items.map(Self.bounds(of:))
    }

    /// The items that may put ink inside `window` (grown by a margin for anti-aliasing and caps).
    func items(touching window: PixelRect) -> [SceneItem] {
        let grown = window.outset(by: 4)
        return zip(scene.items, bounds).compactMap { item, box in box.intersects(grown) ? item : nil }
    }

    static func bounds(of item: SceneItem) -> PixelRect {
        func enclosing(_ points: [PixelPoint], reach: Double) -> PixelRect {
            var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
            for point in points {
                minX = min(minX, point.x); maxX = max(maxX, point.x)
                minY = min(minY, point.y); maxY = max(maxY, point.y)
            }
            guard minX.isFinite else { return PixelRect(x: 0, y: 0, width: 0, height: 0) }
            return PixelRect(x: minX - reach, y: minY - reach, width: maxX - minX + 2 * reach, height: maxY - minY + 2 * reach)
        }
        switch item {
        case .fill(let fill): return enclosing(fill.polygons.flatMap { $0.flatMap { $0 } }, reach: 1)
        case .stroke(let stroke):
            let reach = max(stroke.width, stroke.casing?.width ?? 0) / 2 + (stroke.arrowhead ? 5 + stroke.width * 2.5 : 0) + 1
            return enclosing(stroke.paths.flatMap { $0 }, reach: reach)
        case .circle(let circle): return enclosing([circle.center], reach: circle.radius * 1.3 + circle.strokeWidth + 1)
        case .icon(let icon): return enclosing([icon.center], reach: icon.radius * 1.6 + 3)
        case .text(let text): return text.box.outset(by: text.haloWidth + 2)
        case .rect(let rect): return rect.rect.outset(by: rect.strokeWidth + 1)
        }
    }
}
