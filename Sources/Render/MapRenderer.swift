import Canvas
import Chronology
import Foundation
import Logging
import Scene
import Style
import Support

/// The bands of an image painted in parallel, each set by its own worker.
private final class BandResults: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result<Surface, RenderError>?]

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<Surface, RenderError>) {
        lock.lock()
        results[index] = result
        lock.unlock()
    }

    func get(_ index: Int) -> Result<Surface, RenderError> {
        lock.lock()
        defer { lock.unlock() }
        return results[index] ?? .failure(.scene("band \(index) was not painted"))
    }
}

/// Draws maps: builds the scene of a day with the style and its fonts, paints it with Cairo, and
/// writes PNG (with world file and `.aux.xml`), SVG or PDF.
public struct MapRenderer: Sendable {
    public let style: Style
    public let fonts: FontSet
    let logger = Logger(label: "chronomap.render")

    /// - Parameters:
    ///   - style: the style.
    ///   - fonts: the style's fonts, loaded (see ``FontSet``).
    public init(style: Style, fonts: FontSet) {
        self.style = style
        self.fonts = fonts
    }

    /// Loads a style file and its fonts.
    /// - Throws: `StyleError` for a bad style, `RenderError.font` for a missing font.
    public init(styleFile path: String) throws {
        let style = try Style.load(contentsOf: path)
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        self.init(style: style, fonts: try FontSet(style: style, styleDirectory: directory))
    }

    /// The scene of a day: what will be drawn, where, and every label's place.
    public func scene(of snapshot: Snapshot, dataset: Dataset, options: SceneOptions) throws(RenderError) -> Scene {
        do {
            let scene = try SceneBuilder(style: style, options: options, measurer: FontSetMeasurer(fonts: fonts)).build(snapshot, dataset: dataset)
            logger.debug("scene of \(snapshot.day): \(scene.items.count) items, \(scene.placedLabels.count) labels placed, \(scene.unplacedLabels.count) not placed")
            return scene
        } catch {
            throw .scene("\(error)")
        }
    }

    /// The scene painted on a raster surface at `scale` device pixels per logical pixel.
    public func image(of scene: Scene, scale: Double = 1) throws(RenderError) -> Surface {
        let bands = Self.bandCount(for: scene, scale: scale)
        guard bands > 1 else {
            do {
                let surface = try Surface(width: Int(scene.width), height: Int(scene.height), scale: scale)
                try ScenePainter(fonts: fonts).paint(scene, on: surface)
                return surface
            } catch {
                throw .canvas(error)
            }
        }
        // Large images are painted in horizontal bands, one per core, each from the same scene, then put
        // together: the pixels are those of one piece painted whole (bands meet on whole pixels).
        let prepared = PreparedScene(scene)
        let bandHeight = (scene.height / Double(bands)).rounded(.up)
        let results = BandResults(count: bands)
        DispatchQueue.concurrentPerform(iterations: bands) { index in
            let top = Double(index) * bandHeight
            let window = PixelRect(x: 0, y: top, width: scene.width, height: min(bandHeight, scene.height - top))
            results.set(index, Result { () throws(RenderError) -> Surface in
                let band = try RenderError.drawing { () throws(CanvasError) in try Surface(width: Int(window.width), height: Int(window.height), scale: scale) }
                try paint(prepared, window: window, on: band)
                return band
            })
        }
        let surface = try RenderError.drawing { () throws(CanvasError) in try Surface(width: Int(scene.width), height: Int(scene.height), scale: scale) }
        for index in 0..<bands {
            let band = try results.get(index).get()
            try RenderError.drawing { () throws(CanvasError) in try surface.draw(band, at: CanvasPoint(x: 0, y: Double(index) * bandHeight)) }
        }
        return surface
    }

    /// One band per core for images of a million device pixels or more; small images are not worth splitting.
    static func bandCount(for scene: Scene, scale: Double) -> Int {
        let pixels = scene.width * scene.height * scale * scale
        guard pixels >= 1_000_000 else { return 1 }
        return min(max(1, ProcessInfo.processInfo.activeProcessorCount), 8)
    }

    /// Paints a scene onto an existing surface (for compositions such as a before/after pair).
    public func paint(_ scene: Scene, on surface: Surface) throws(RenderError) {
        do { try ScenePainter(fonts: fonts).paint(scene, on: surface) } catch { throw .canvas(error) }
    }

    /// Paints the window `window` of a prepared scene onto a surface whose top-left corner is the window's:
    /// only the items that reach into the window are painted. Used for metatiles and on-demand tiles.
    public func paint(_ prepared: PreparedScene, window: PixelRect, on surface: Surface) throws(RenderError) {
        do {
            let painter = ScenePainter(fonts: fonts, window: window)
            surface.beginPath()
            surface.addRect(CanvasRect(x: 0, y: 0, width: window.width, height: window.height))
            try surface.fill(painter.color(prepared.scene.background))
            try surface.withSavedState { () throws(CanvasError) in
                surface.translate(x: -window.x, y: -window.y)
                for item in prepared.items(touching: window) { try painter.paint(item, on: surface) }
            }
        } catch {
            throw .canvas(error)
        }
    }

    /// Measures text with this renderer's fonts (for layouts built outside a scene).
    public var measurer: any TextMeasurer { FontSetMeasurer(fonts: fonts) }

    /// PNG options for a map: no filter (smaller and faster than adaptive filtering on map scenes) and
    /// zlib level 2 (measured on 2000x1500 maps: 0.05 s and ~400 KB, against 0.09 s and ~360 KB at level 6,
    /// the level tiles use because there bytes add up), an exact palette when the image has 256 colours
    /// or fewer, the scene's metadata as text chunks, and `pHYs` at 96 dpi times the scale.
    public static func pngOptions(for scene: Scene, scale: Double) -> PNGOptions {
        var options = PNGOptions(compressionLevel: 2, filter: .automatic, usesPaletteWhenPossible: true)
        options.dotsPerInch = 96 * scale
        options.textChunks = scene.metadata.map { PNGOptions.TextChunk(key: $0.0, value: $0.1) }
        return options
    }

    /// The PNG bytes of a scene.
    public func pngData(of scene: Scene, scale: Double = 1) throws(RenderError) -> Data {
        let surface = try image(of: scene, scale: scale)
        return try RenderError.drawing { () throws(CanvasError) in try surface.pngData(options: Self.pngOptions(for: scene, scale: scale)) }
    }

    /// Writes a scene to a file, atomically: a failed run leaves no partial file.
    /// PNGs get a world file (`.pgw`) and a `.png.aux.xml` naming EPSG:3857 beside them.
    public func write(_ scene: Scene, to path: String, format: OutputFormat, scale: Double = 1) throws(RenderError) {
        switch format {
        case .png:
            let data = try pngData(of: scene, scale: scale)
            do {
                try AtomicFile.write(data, to: path)
                try GeoReference.write(besideImage: path, viewport: scene.viewport, scale: scale)
            } catch {
                throw .write(error.description)
            }
        case .svg, .pdf:
            do {
                let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
                try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                let metadata = DocumentMetadata(title: scene.title, subject: scene.subtitle, keywords: scene.metadata.first { $0.0 == "Date" }?.1,
                                                creator: "Chronomap")
                let surface = try Surface(document: format == .pdf ? .pdf : .svg, width: scene.width, height: scene.height,
                                          metadata: metadata, writingTo: path)
                try ScenePainter(fonts: fonts).paint(scene, on: surface)
                try surface.finish()
            } catch {
                throw .canvas(error)
            }
        }
    }
}
