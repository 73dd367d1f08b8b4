import Canvas
import Render
import Scene

/// Writes a grid of small multiples as PNG (metadata and short alt text in text chunks), SVG or PDF (vector,
/// text kept as text in PDF), and its alt text beside it, through Render's `ImageWriter` as maps and charts are.
public struct GridWriter: Sendable {
    public let renderer: MapRenderer

    /// - Parameter renderer: paints the grid.
    public init(renderer: MapRenderer) { self.renderer = renderer }

    /// Writes a grid.
    /// - Parameters:
    ///   - scale: device pixels per logical pixel, for PNG.
    /// - Throws: `RenderError`; no partial file is left.
    public func write(
        _ grid: GridRenderer.Grid, to path: String, format: OutputFormat, scale: Double = 1
    )
        throws(RenderError)
    {
        let frame = grid.frame
        try ImageWriter(
            width: frame.width, height: frame.height, metadata: frame.metadata,
            paint: { surface throws(RenderError) in try paint(grid, on: surface) }
        ).write(to: path, format: format, scale: scale)
    }

    /// The furniture, then each panel's map moved to its place and clipped to its box.
    func paint(_ grid: GridRenderer.Grid, on surface: Surface) throws(RenderError) {
        try renderer.paint(grid.frame, on: surface)
        for (scene, origin) in grid.panels {
            surface.save()
            defer { surface.restore() }
            surface.translate(x: origin.x, y: origin.y)
            surface.beginPath()
            surface.addRect(CanvasRect(x: 0, y: 0, width: scene.width, height: scene.height))
            surface.clip()
            try renderer.paint(scene, on: surface)
        }
    }
}
