import Canvas
import Description
import Foundation
import Scene
import Support

/// Writes vector maps as SVG or PDF through Cairo's document surfaces, with the scene's metadata as PDF
/// document information, atomically.
public struct DocumentMapWriter: Sendable {
    public let renderer: MapRenderer

    /// - Parameter renderer: paints the scenes.
    public init(renderer: MapRenderer) { self.renderer = renderer }

    /// The document bytes of a scene.
    public func data(of scene: Scene, format: DocumentFormat) throws(RenderError) -> Data {
        try ImageWriter(scene, renderer: renderer, georeferenced: false).documentData(format)
    }

    /// Writes a scene as an SVG or PDF file, and its alt text (`<path>.txt`, `<path>.long.txt`) when it has one.
    public func write(_ scene: Scene, to path: String, format: DocumentFormat) throws(RenderError) {
        try ImageWriter(scene, renderer: renderer, georeferenced: false).write(
            to: path, format: format == .svg ? .svg : .pdf)
    }
}
