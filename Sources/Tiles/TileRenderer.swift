import Canvas
import Chronology
import Foundation
import GeoJSON
import Projection
import Render
import Scene

/// Renders web-map tiles of a day. Labels are placed once per day and zoom over the whole extent
/// (one scene per zoom), then the scene is cut into tiles, so a label is never clipped or repeated at
/// a tile edge.
public final class TileRenderer: @unchecked Sendable {
    public let dataset: Dataset
    public let renderer: MapRenderer
    /// The area the zoom scenes cover (tiles outside it are background only).
    public let extent: BoundingBox
    public let eventsWindowDays: Int
    public let names: NameRule
    /// Tile size in logical pixels.
    public static let tileSize = 256
    /// Pixels painted around a block of tiles and cut away.
    public static let buffer = 32

    private let lock = NSLock()
    private var scenes: [SceneKey: (scene: ZoomScene, lastUse: Int)] = [:]
    private var useCounter = 0
    /// Zoom scenes kept (each one day at one zoom); the server asks for many days.
    private let cachedScenes: Int

    struct SceneKey: Hashable {
        var day: Day
        var zoom: Int
    }

    /// The scene of one zoom level: labels placed over the extent's tile grid, with the grid's origin.
    public struct ZoomScene: Sendable {
        public var prepared: PreparedScene
        /// The first tile column and row the scene covers.
        public var originTile: (x: Int, y: Int)
        public var tileCount: (x: Int, y: Int)
    }

    public init(dataset: Dataset, renderer: MapRenderer, extent: BoundingBox? = nil, eventsWindowDays: Int = 3,
                names: NameRule = .dual, cachedScenes: Int = 24) {
        self.dataset = dataset
        self.renderer = renderer
        self.extent = extent ?? dataset.region.extent
        self.eventsWindowDays = eventsWindowDays
        self.names = names
        self.cachedScenes = cachedScenes
    }

    /// The scene of a day at a zoom, built once and cached.
    public func zoomScene(on day: Day, zoom: Int) throws -> ZoomScene {
        let key = SceneKey(day: day, zoom: zoom)
        lock.lock()
        useCounter += 1
        if let cached = scenes[key] {
            scenes[key] = (cached.scene, useCounter)
            lock.unlock()
            return cached.scene
        }
        lock.unlock()
        let built = try buildScene(on: day, zoom: zoom)
        lock.lock()
        scenes[key] = (built, useCounter)
        if scenes.count > cachedScenes, let oldest = scenes.min(by: { $0.value.lastUse < $1.value.lastUse })?.key { scenes.removeValue(forKey: oldest) }
        lock.unlock()
        return built
    }

    private func buildScene(on day: Day, zoom: Int) throws -> ZoomScene {
        let tiles = TileCoordinate.covering(extent, zoom: zoom)
        let minX = tiles.map(\.x).min()!, maxX = tiles.map(\.x).max()!, minY = tiles.map(\.y).min()!, maxY = tiles.map(\.y).max()!
        let topLeft = TileCoordinate(z: zoom, x: minX, y: minY).mercatorBox, bottomRight = TileCoordinate(z: zoom, x: maxX, y: maxY).mercatorBox
        let box = MercatorBox(minX: topLeft.minX, minY: bottomRight.minY, maxX: bottomRight.maxX, maxY: topLeft.maxY)
        let width = Double((maxX - minX + 1) * Self.tileSize), height = Double((maxY - minY + 1) * Self.tileSize)
        var options = SceneOptions(width: width, height: height, names: names, drawsFurniture: false)
        options.viewport = Viewport(box: box, width: width, height: height)
        let snapshot = try dataset.snapshot(on: day, eventsWindowDays: eventsWindowDays)
        let scene = try renderer.scene(of: snapshot, dataset: dataset, options: options)
        return ZoomScene(prepared: PreparedScene(scene), originTile: (minX, minY), tileCount: (maxX - minX + 1, maxY - minY + 1))
    }

    /// One rendered tile: its PNG bytes, and whether every pixel has one colour.
    public struct RenderedTile: Sendable {
        public var coordinate: TileCoordinate
        public var png: Data
        public var isSolid: Bool

        public init(coordinate: TileCoordinate, png: Data, isSolid: Bool) {
            self.coordinate = coordinate
            self.png = png
            self.isSolid = isSolid
        }
    }

    /// PNG options for tiles: no text chunks (they would be repeated in every tile), palette when possible.
    static func pngOptions(scale: Double) -> PNGOptions {
        PNGOptions(compressionLevel: 6, filter: .automatic, usesPaletteWhenPossible: true)
    }

    /// Renders the tiles of one metatile together (one Cairo surface), then cuts them out.
    public func render(_ tiles: [TileCoordinate], on day: Day, scale: Double) throws -> [RenderedTile] {
        guard let zoom = tiles.first?.z else { return [] }
        let scene = try zoomScene(on: day, zoom: zoom)
        let size = Double(Self.tileSize)
        let minX = tiles.map(\.x).min()!, maxX = tiles.map(\.x).max()!, minY = tiles.map(\.y).min()!, maxY = tiles.map(\.y).max()!
        // A buffer around the block: Cairo's clipping of long strokes and dashes at a surface's edge can differ by
        // a few pixels from the same stroke drawn through; with the edge outside every tile, a tile is the same
        // whether it was rendered alone (the server) or in a metatile.
        let buffer = Double(Self.buffer)
        let window = PixelRect(x: Double(minX - scene.originTile.x) * size - buffer, y: Double(minY - scene.originTile.y) * size - buffer,
                               width: Double(maxX - minX + 1) * size + 2 * buffer, height: Double(maxY - minY + 1) * size + 2 * buffer)
        let surface = try Surface(width: Int(window.width), height: Int(window.height), scale: scale)
        try renderer.paint(scene.prepared, window: window, on: surface)
        var rendered: [RenderedTile] = []
        for tile in tiles {
            let piece = try Surface(width: Self.tileSize, height: Self.tileSize, scale: scale)
            try piece.draw(surface, at: CanvasPoint(x: -Double(tile.x - minX) * size - buffer, y: -Double(tile.y - minY) * size - buffer))
            let solid = try piece.uniformColor() != nil
            rendered.append(RenderedTile(coordinate: tile, png: try piece.pngData(options: Self.pngOptions(scale: scale)), isSolid: solid))
        }
        return rendered
    }

    /// One tile on demand (the server): rendered from the cached scene of its day and zoom.
    public func tile(_ coordinate: TileCoordinate, on day: Day, scale: Double) throws -> RenderedTile {
        try render([coordinate], on: day, scale: scale)[0]
    }
}
