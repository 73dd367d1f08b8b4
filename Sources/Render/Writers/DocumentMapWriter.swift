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
        let metadata = DocumentMetadata(
            title: scene.metadata.title, subject: scene.metadata.description, keywords: scene.metadata.date,
            creator: scene.metadata.software)
        let surface = try RenderError.drawing { () throws(CanvasError) in
            try Surface(document: format, width: scene.width, height: scene.height, metadata: metadata)
        }
        try renderer.paint(scene, on: surface)
        return try RenderError.drawing { () throws(CanvasError) in try surface.documentData() }
    }

    /// Writes a scene as an SVG or PDF file, and its alt text (`<path>.txt`, `<path>.long.txt`) when it has one.
    public func write(_ scene: Scene, to path: String, format: DocumentFormat) throws(RenderError) {
        let bytes = try data(of: scene, format: format)
        try RenderError.writing { () throws(AtomicFile.WriteError) in
            try AtomicFile.write(together: [(path, bytes)] + (scene.metadata.altText?.files(besideImage: path) ?? []))
        }
    }
}
