import Render
import Scene

/// Writes an area chart: PNG (with the chart's metadata as text chunks, its short alt text as `Description`) or
/// SVG and PDF, and the alt text beside it (`<path>.txt`, `<path>.long.txt`), through Render's `ImageWriter` as
/// maps and grids are.
public struct AreaChartWriter: Sendable {
    public let renderer: MapRenderer

    /// - Parameter renderer: paints the chart's scene with the style's fonts.
    public init(renderer: MapRenderer) { self.renderer = renderer }

    /// Writes the chart's scene in a format.
    /// - Parameters:
    ///   - scale: device pixels per logical pixel, for PNG.
    /// - Throws: `RenderError` when painting or writing fails; no partial file is left.
    public func write(_ scene: Scene, to path: String, format: OutputFormat, scale: Double = 1) throws(RenderError) {
        try ImageWriter(scene, renderer: renderer, georeferenced: false).write(to: path, format: format, scale: scale)
    }
}
