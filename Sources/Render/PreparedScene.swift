import Scene

/// A scene with the ink bounds of every item worked out once, so that painting a small window of a large scene
/// (a metatile of a zoom level) skips everything outside it.
public struct PreparedScene: Sendable {
    public let scene: Scene
    /// Each item's ink bounds, logical pixels (``SceneItem/inkBounds``: the same geometry the painter draws).
    let bounds: [PixelRect]

    public init(_ scene: Scene) {
        self.scene = scene
        bounds = scene.items.map(\.inkBounds)
    }

    /// The items that may put ink inside `window`.
    func items(touching window: PixelRect) -> [SceneItem] {
        zip(scene.items, bounds).compactMap { item, box in box.intersects(window) ? item : nil }
    }
}
