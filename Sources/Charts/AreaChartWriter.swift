import Canvas
import Description
import Foundation
import Render
import Scene
import Support

/// Writes an area chart: PNG (with the chart's metadata as text chunks, its short alt text as `Description`) or
/// SVG and PDF through Cairo's document surfaces, and the alt text beside it (`<path>.txt`, `<path>.long.txt`),
/// every file through ``AtomicFile``.
public struct AreaChartWriter: Sendable {
    public let renderer: MapRenderer

    /// - Parameter renderer: paints the chart's scene with the style's fonts.
    public init(renderer: MapRenderer) { self.renderer = renderer }

    /// Writes the chart's scene in a format.
    /// - Parameters:
    ///   - scale: device pixels per logical pixel, for PNG.
    /// - Throws: `RenderError` when painting or writing fails; no partial file is left.
    public func write(_ scene: Scene, to path: String, format: OutputFormat, scale: Double = 1) throws(RenderError) {
        switch format {
        case .png:
            let data = try PNGMapWriter(renderer: renderer).pngData(
                of: try renderer.image(of: scene, scale: scale), metadata: scene.metadata)
            try RenderError.writing { () throws(AtomicFile.WriteError) in
                try AtomicFile.write(
                    together: [(path, data)] + (scene.metadata.altText?.files(besideImage: path) ?? []))
            }
        case .svg: try DocumentMapWriter(renderer: renderer).write(scene, to: path, format: .svg)
        case .pdf: try DocumentMapWriter(renderer: renderer).write(scene, to: path, format: .pdf)
        }
    }
}
