import Canvas
import Description
import Foundation
import Scene
import Support

/// Writes raster maps as PNG: the policy (filter, level, palette, resolution), the scene's metadata as text
/// chunks, and the world file and `.aux.xml` beside the image, every file through ``AtomicFile``.
public struct PNGMapWriter: Sendable {
    public let renderer: MapRenderer

    /// - Parameter renderer: paints the scenes.
    public init(renderer: MapRenderer) { self.renderer = renderer }

    /// PNG options for a map: no filter (smaller and faster than adaptive filtering on map scenes), zlib level 2
    /// (measured on 2000x1500 maps: 0.05 s and ~400 KB, against 0.09 s and ~360 KB at level 6, the level tiles use
    /// because there bytes add up), an exact palette when the image has 256 colours or fewer, the metadata as text
    /// chunks, and `pHYs` at 96 dpi times the scale.
    public static func options(metadata: SceneMetadata, scale: Double) -> PNGOptions {
        var options = PNGOptions(compressionLevel: 2, filter: .automatic, usesPaletteWhenPossible: true)
        options.dotsPerInch = 96 * scale
        options.textChunks = textChunks(metadata)
        return options
    }

    /// The metadata as PNG text chunks, in a fixed order (PNG specification section 11.3.4.2 keywords).
    public static func textChunks(_ metadata: SceneMetadata) -> [PNGOptions.TextChunk] {
        [
            ("Title", metadata.title), ("Description", metadata.description), ("Source", metadata.source),
            ("Date", metadata.date),
            ("Data version", metadata.dataVersion), ("Software", metadata.software),
        ].filter { !$0.1.isEmpty }.map { PNGOptions.TextChunk(key: $0.0, value: $0.1) }
    }

    /// The PNG bytes of a surface with a scene's metadata.
    public func pngData(of surface: Surface, metadata: SceneMetadata) throws(RenderError) -> Data {
        try RenderError.drawing { () throws(CanvasError) in
            try surface.pngData(options: Self.options(metadata: metadata, scale: surface.scale))
        }
    }

    /// The PNG bytes of a scene.
    public func pngData(of scene: Scene, scale: Double = 1) throws(RenderError) -> Data {
        try pngData(of: try renderer.image(of: scene, scale: scale), metadata: scene.metadata)
    }

    /// Writes a scene as a georeferenced PNG: the image, its world file and `.aux.xml`, and its alt text
    /// (`<path>.txt`, `<path>.long.txt`) when the scene has one, all together (a full disk leaves none of them).
    public func write(_ scene: Scene, to path: String, scale: Double = 1) throws(RenderError) {
        try ImageWriter(scene, renderer: renderer, georeferenced: true).write(to: path, format: .png, scale: scale)
    }

    /// A scene's PNG bytes at `path` with the files that go beside them: world file, sidecar, alt text.
    public static func files(_ data: Data, scene: Scene, path: String, scale: Double) -> [(path: String, data: Data)] {
        [(path, data)] + GeoReference.files(besideImage: path, viewport: scene.viewport, scale: scale)
            + (scene.metadata.altText?.files(besideImage: path) ?? [])
    }
}
