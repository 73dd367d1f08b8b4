import Canvas
import Chronology
import Foundation
import Logging
import Scene
import Style

/// Draws maps: builds the scene of a day with the style and its fonts, and paints scenes onto Cairo surfaces.
/// Writing files is the writers' job (``PNGMapWriter``, ``DocumentMapWriter``, ``MapWriter``).
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
    /// - Parameters:
    ///   - path: the style file.
    ///   - variant: the style as it stands, or its transparent overlay for a basemap (`chronomap-overlay`).
    /// - Throws: `StyleError` for a bad style, `RenderError.font` for a missing font.
    public init(styleFile path: String, variant: StyleVariant = .standard) throws {
        let style = try Style.load(contentsOf: path, variant: variant)
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        self.init(style: style, fonts: try FontSet(style: style, styleDirectory: directory))
    }

    /// Measures text with this renderer's fonts (for layouts built outside a scene).
    public var measurer: any TextMeasurer { fonts.measurer }

    /// The scene of a day: what will be drawn, where, and every label's place.
    /// - Throws: `RenderError.scene` when GEOS fails on a zone.
    public func scene(of snapshot: Snapshot, dataset: Dataset, options: SceneOptions) throws(RenderError) -> Scene {
        do {
            let scene = try SceneBuilder(style: style, options: options, measurer: measurer).build(
                snapshot, dataset: dataset)
            logger.debug(
                "scene of \(snapshot.day): \(scene.items.count) items, \(scene.placedLabels.count) labels placed, \(scene.unplacedLabels.count) not placed"
            )
            return scene
        } catch {
            throw .scene(error)
        }
    }

    /// The scene painted on a new raster surface at `scale` device pixels per logical pixel.
    ///
    /// Images of a million device pixels or more are painted in horizontal bands, one per core, each from the
    /// same scene, then put together: the pixels are those of one piece painted whole (bands meet on whole pixels).
    public func image(of scene: Scene, scale: Double = 1) throws(RenderError) -> Surface {
        let bands = Self.bandCount(for: scene, scale: scale)
        let surface = try RenderError.drawing { () throws(CanvasError) in
            try Surface(width: Int(scene.width), height: Int(scene.height), scale: scale)
        }
        guard bands > 1 else {
            try paint(scene, on: surface)
            return surface
        }
        let prepared = PreparedScene(scene)
        let bandHeight = (scene.height / Double(bands)).rounded(.up)
        let results = BandResults(count: bands)
        DispatchQueue.concurrentPerform(iterations: bands) { index in
            let top = Double(index) * bandHeight
            let window = PixelRect(x: 0, y: top, width: scene.width, height: min(bandHeight, scene.height - top))
            results.set(
                index,
                Result { () throws(RenderError) -> Surface in
                    let band = try RenderError.drawing { () throws(CanvasError) in
                        try Surface(width: Int(window.width), height: Int(window.height), scale: scale)
                    }
                    try paint(prepared, window: window, on: band, cuttingLongStrokes: false)
                    return band
                })
        }
        for index in 0..<bands {
            let band = try results.get(index).get()
            try RenderError.drawing { () throws(CanvasError) in
                try surface.draw(band, at: CanvasPoint(x: 0, y: Double(index) * bandHeight))
            }
        }
        return surface
    }

    /// One band per core for images of a million device pixels or more; small images are not worth splitting.
    static func bandCount(for scene: Scene, scale: Double) -> Int {
        let pixels = scene.width * scene.height * scale * scale
        guard pixels >= 1_000_000 else { return 1 }
        return min(max(1, ProcessInfo.processInfo.activeProcessorCount), 8)
    }

    /// Paints a whole scene onto an existing surface (a document, or a composition such as a before/after pair).
    public func paint(_ scene: Scene, on surface: Surface) throws(RenderError) {
        try RenderError.drawing { () throws(CanvasError) in try ScenePainter(fonts: fonts).paint(scene, on: surface) }
    }

    /// Paints the window `window` of a prepared scene onto a surface whose top-left corner is the window's: only
    /// the items that reach into the window are painted. Used for metatiles, tiles and image bands.
    /// - Parameter cuttingLongStrokes: stroke only the runs of long paths that reach the window (tiles at deep
    ///   zooms, where a zone's outline is mostly elsewhere); off for the bands of one image, whose dashes must meet.
    public func paint(
        _ prepared: PreparedScene, window: PixelRect, on surface: Surface, cuttingLongStrokes: Bool = true
    ) throws(RenderError) {
        try RenderError.drawing { () throws(CanvasError) in
            let painter = ScenePainter(fonts: fonts, window: cuttingLongStrokes ? window : nil)
            surface.beginPath()
            surface.addRect(CanvasRect(x: 0, y: 0, width: window.width, height: window.height))
            try surface.fill(painter.color(prepared.scene.background))
            try surface.withSavedState { () throws(CanvasError) in
                surface.translate(x: -window.x, y: -window.y)
                for item in prepared.items(touching: window) { try painter.paint(item, on: surface) }
            }
        }
    }
}

/// The bands of an image painted in parallel, each set by its own worker.
///
/// `@unchecked Sendable`: every access to the array goes through the lock. It holds Cairo surfaces, which are not
/// `Sendable`, and `Mutex.withLock` cannot take a non-`Sendable` value in (region checking refuses the store), so a
/// plain lock it stays; each surface is handed over once, from the worker that painted it to the reader.
private final class BandResults: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result<Surface, RenderError>?]

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<Surface, RenderError>) {
        lock.withLock { results[index] = result }
    }

    func get(_ index: Int) -> Result<Surface, RenderError> {
        lock.withLock { results[index] ?? .failure(.unfinished("band \(index)")) }
    }
}
