import Canvas
import Chronology
import Foundation
import GeoJSON
import Projection
import Render
import Scene

/// Renders web-map tiles of a day. Labels are placed once per day and zoom over the whole extent (one
/// ``ZoomScene`` per zoom), then the scene is cut into tiles, so a label is never clipped or repeated at a tile
/// edge. Stateless: callers keep the zoom scenes they build (a tile job for its run, the server in its cache).
public struct TileRenderer: Sendable {
    public let dataset: Dataset
    public let renderer: MapRenderer
    /// The area the zoom scenes cover (tiles outside it are background only).
    public let extent: BoundingBox
    public let eventsWindowDays: Int
    /// Label names, and the language of zone labels.
    public let options: SceneOptions
    /// Tile size in logical pixels.
    public static let tileSize = 256
    /// Pixels painted around a block of tiles and cut away.
    public static let buffer = 32

    /// The scene of one zoom level: labels placed over the extent's tile grid, with the grid's origin.
    public struct ZoomScene: Sendable {
        public var day: Day
        public var zoom: Int
        public var prepared: PreparedScene
        /// The first tile column and row the scene covers.
        public var originTile: (x: Int, y: Int)
        public var tileCount: (x: Int, y: Int)
    }

    /// - Parameters:
    ///   - dataset: the data.
    ///   - renderer: style and fonts.
    ///   - extent: the area covered (default: the region's extent).
    ///   - eventsWindowDays: how many days before a date its events are drawn faded.
    ///   - options: names and language (size, viewport and furniture are set per zoom).
    public init(
        dataset: Dataset, renderer: MapRenderer, extent: BoundingBox? = nil, eventsWindowDays: Int = 3,
        options: SceneOptions = SceneOptions()
    ) {
        self.dataset = dataset
        self.renderer = renderer
        self.extent = extent ?? dataset.region.extent
        self.eventsWindowDays = eventsWindowDays
        self.options = options
    }

    /// Builds the scene of a day at a zoom.
    /// - Throws: `DateError` before the data's range, `RenderError` when the scene cannot be built.
    public func zoomScene(on day: Day, zoom: Int) throws -> ZoomScene {
        let tiles = TileCoordinate.covering(extent, zoom: zoom)
        let minX = tiles.map(\.x).min() ?? 0, maxX = tiles.map(\.x).max() ?? 0
        let minY = tiles.map(\.y).min() ?? 0, maxY = tiles.map(\.y).max() ?? 0
        let topLeft = TileCoordinate(z: zoom, x: minX, y: minY).mercatorBox,
            bottomRight = TileCoordinate(z: zoom, x: maxX, y: maxY).mercatorBox
        let box = MercatorBox(minX: topLeft.minX, minY: bottomRight.minY, maxX: bottomRight.maxX, maxY: topLeft.maxY)
        let width = Double((maxX - minX + 1) * Self.tileSize), height = Double((maxY - minY + 1) * Self.tileSize)
        var sceneOptions = options
        sceneOptions.width = width
        sceneOptions.height = height
        sceneOptions.drawsFurniture = false
        sceneOptions.viewport = Viewport(box: box, width: width, height: height)
        let snapshot = try dataset.snapshot(on: day, eventsWindowDays: eventsWindowDays)
        let scene = try renderer.scene(of: snapshot, dataset: dataset, options: sceneOptions)
        return ZoomScene(
            day: day, zoom: zoom, prepared: PreparedScene(scene), originTile: (minX, minY),
            tileCount: (maxX - minX + 1, maxY - minY + 1))
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
    static let pngOptions = PNGOptions(compressionLevel: 6, filter: .automatic, usesPaletteWhenPossible: true)

    /// Renders tiles of one zoom scene together (one Cairo surface for the block), then cuts them out.
    public func render(_ tiles: [TileCoordinate], from scene: ZoomScene, scale: Double) throws -> [RenderedTile] {
        guard !tiles.isEmpty else { return [] }
        let size = Double(Self.tileSize)
        let minX = tiles.map(\.x).min() ?? 0, maxX = tiles.map(\.x).max() ?? 0
        let minY = tiles.map(\.y).min() ?? 0, maxY = tiles.map(\.y).max() ?? 0
        // A buffer around the block: Cairo's clipping of long strokes and dashes at a surface's edge can differ by a
        // few pixels from the same stroke drawn through; with the edge outside every tile, a tile is the same whether
        // it was rendered alone (the server) or in a metatile.
        let buffer = Double(Self.buffer)
        let window = PixelRect(
            x: Double(minX - scene.originTile.x) * size - buffer, y: Double(minY - scene.originTile.y) * size - buffer,
            width: Double(maxX - minX + 1) * size + 2 * buffer, height: Double(maxY - minY + 1) * size + 2 * buffer)
        let surface = try Surface(width: Int(window.width), height: Int(window.height), scale: scale)
        try renderer.paint(scene.prepared, window: window, on: surface)
        // Each tile is encoded straight from the block's pixels; a solid tile (open country, water, the inside
        // of a zone: half the tiles of a pyramid) is encoded once per colour.
        var rendered: [RenderedTile] = []
        var solidPNGs: [Color: Data] = [:]
        let devicePixels = Int((size * scale).rounded()), deviceBuffer = Int((buffer * scale).rounded())
        for tile in tiles {
            let block = PixelBlock(
                x: (tile.x - minX) * devicePixels + deviceBuffer, y: (tile.y - minY) * devicePixels + deviceBuffer,
                width: devicePixels, height: devicePixels)
            if let color = try surface.uniformColor(in: block) {
                let png = try solidPNGs[color] ?? surface.pngData(of: block, options: Self.pngOptions)
                solidPNGs[color] = png
                rendered.append(RenderedTile(coordinate: tile, png: png, isSolid: true))
            } else {
                rendered.append(
                    RenderedTile(
                        coordinate: tile, png: try surface.pngData(of: block, options: Self.pngOptions), isSolid: false
                    ))
            }
        }
        return rendered
    }
}
