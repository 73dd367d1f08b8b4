import Canvas
import Description
import Foundation
import Render
import Scene
import Support

/// Writes a grid of small multiples as PNG (metadata and short alt text in text chunks), SVG or PDF (vector,
/// text kept as text in PDF), and its alt text beside it, through ``AtomicFile``.
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
        let bytes: Data
        switch format {
        case .png:
            let surface = try RenderError.drawing { () throws(CanvasError) in
                try Surface(width: Int(frame.width.rounded()), height: Int(frame.height.rounded()), scale: scale)
            }
            try paint(grid, on: surface)
            bytes = try PNGMapWriter(renderer: renderer).pngData(of: surface, metadata: frame.metadata)
        case .svg, .pdf:
            let metadata = DocumentMetadata(
                title: frame.metadata.title, subject: frame.metadata.description, keywords: frame.metadata.date,
                creator: frame.metadata.software)
            let surface = try RenderError.drawing { () throws(CanvasError) in
                try Surface(
                    document: format == .svg ? .svg : .pdf, width: frame.width, height: frame.height, metadata: metadata
                )
            }
            try paint(grid, on: surface)
            bytes = try RenderError.drawing { () throws(CanvasError) in try surface.documentData() }
        }
        try RenderError.writing { () throws(AtomicFile.WriteError) in
            try AtomicFile.write(together: [(path, bytes)] + (frame.metadata.altText?.files(besideImage: path) ?? []))
        }
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
