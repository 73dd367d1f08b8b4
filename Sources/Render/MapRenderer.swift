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
    /// Images of a million device pixels or more are painted in horizontal bands of whole device rows, one per
    /// core, each from the same scene straight into its rows of the image (``Surface/view(ofRows:)``): the pixels
    /// are those of one piece painted whole.
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
        let rowsPerBand = (surface.height + bands - 1) / bands
        let rows = stride(from: 0, to: surface.height, by: rowsPerBand).map {
            $0..<min($0 + rowsPerBand, surface.height)
        }
        let work = try RenderError.drawing { () throws(CanvasError) in
            var views: [Surface] = []
            for band in rows { views.append(try surface.view(ofRows: band)) }
            return BandWork(views: views)
        }
        DispatchQueue.concurrentPerform(iterations: rows.count) { index in
            let window = PixelRect(
                x: 0, y: Double(rows[index].lowerBound) / scale, width: scene.width,
                height: Double(rows[index].count) / scale)
            work.paint(index) { view throws(RenderError) in
                try paint(prepared, window: window, on: view, cuttingLongStrokes: false)
            }
        }
        surface.viewsWereDrawn()
        try work.firstError()
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

/// The bands of an image painted in parallel: each worker takes its band's view of the image once, paints it and
/// lets it go, and the first error is kept.
///
/// `@unchecked Sendable`: every access to the views and the errors goes through the lock. It holds Cairo surfaces,
/// which are not `Sendable`, and `Mutex.withLock` cannot hand a non-`Sendable` value out (region checking refuses
/// it), so a plain lock it stays; each view is handed over once, from the thread that made it to the one that
/// paints it.
private final class BandWork: @unchecked Sendable {
    private let lock = NSLock()
    private var views: [Surface?]
    private var errors: [RenderError?]

    init(views: [Surface]) {
        self.views = views
        errors = Array(repeating: nil, count: views.count)
    }

    /// Paints band `index` with `body`, then drops the view, so the image holds the only reference to its pixels.
    func paint(_ index: Int, _ body: (Surface) throws(RenderError) -> Void) {
        guard
            let view = lock.withLock({ () -> Surface? in
                defer { views[index] = nil }
                return views[index]
            })
        else { return }
        var failure: RenderError?
        do { try body(view) } catch { failure = error }
        lock.withLock { errors[index] = failure }
    }

    /// Throws the first band's error, if a band failed.
    func firstError() throws(RenderError) {
        if let error = lock.withLock({ errors.compactMap { $0 }.first }) { throw error }
    }
}
