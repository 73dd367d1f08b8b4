import Canvas
import Description
import Foundation
import Scene
import Support

/// The one switch from an ``OutputFormat`` to files, for every image but tiles (maps, charts, grids): PNG with the
/// metadata as text chunks, or SVG and PDF through Cairo's document surfaces with the metadata as document
/// information; the alt text beside the image; every file written together through ``AtomicFile`` (a full disk
/// leaves none of them).
///
/// What differs between kinds of image is only how they are painted and what goes beside a PNG (a map's world
/// file), so those are what a writer is made of.
public struct ImageWriter {
    /// The size in logical pixels (points in a document).
    public var width: Double
    public var height: Double
    /// The title, description and credits, for the PNG text chunks and the document information.
    public var metadata: SceneMetadata
    /// Paints the image onto a surface of its size.
    public var paint: (Surface) throws(RenderError) -> Void
    /// The image painted on a raster surface, device pixels per logical pixel given.
    public var raster: (Double) throws(RenderError) -> Surface
    /// The files to write beside a PNG at a path and scale, other than the alt text.
    public var besidePNG: (String, Double) -> [(path: String, data: Data)]

    /// - Parameters:
    ///   - raster: the painted raster surface; by default a surface of the size, rounded, painted by `paint`.
    ///   - besidePNG: files to write beside a PNG; none by default.
    public init(
        width: Double, height: Double, metadata: SceneMetadata,
        paint: @escaping (Surface) throws(RenderError) -> Void,
        raster: ((Double) throws(RenderError) -> Surface)? = nil,
        besidePNG: @escaping (String, Double) -> [(path: String, data: Data)] = { _, _ in [] }
    ) {
        self.width = width
        self.height = height
        self.metadata = metadata
        self.paint = paint
        if let raster {
            self.raster = raster
        } else {
            self.raster = { scale throws(RenderError) in
                let surface = try RenderError.drawing { () throws(CanvasError) in
                    try Surface(width: Int(width.rounded()), height: Int(height.rounded()), scale: scale)
                }
                try paint(surface)
                return surface
            }
        }
        self.besidePNG = besidePNG
    }

    /// A scene as the renderer paints it (in bands on several cores for a large PNG); `georeferenced` puts a
    /// world file and `.aux.xml` beside a PNG.
    public init(_ scene: Scene, renderer: MapRenderer, georeferenced: Bool) {
        self.init(
            width: scene.width, height: scene.height, metadata: scene.metadata,
            paint: { surface throws(RenderError) in try renderer.paint(scene, on: surface) },
            raster: { scale throws(RenderError) in try renderer.image(of: scene, scale: scale) },
            besidePNG: { path, scale in
                georeferenced ? GeoReference.files(besideImage: path, viewport: scene.viewport, scale: scale) : []
            })
    }

    /// Writes the image in a format, and its alt text (`<path>.txt`, `<path>.long.txt`) when it has one.
    /// - Parameter scale: device pixels per logical pixel, for PNG.
    /// - Throws: `RenderError` when painting or writing fails; no partial file is left.
    public func write(to path: String, format: OutputFormat, scale: Double = 1) throws(RenderError) {
        let image: [(path: String, data: Data)]
        switch format {
        case .png:
            let bytes = try pngData(scale: scale)
            image = [(path, bytes)] + besidePNG(path, scale)
        case .svg, .pdf:
            let bytes = try documentData(format == .svg ? .svg : .pdf)
            image = [(path, bytes)]
        }
        let files = image + (metadata.altText?.files(besideImage: path) ?? [])
        try RenderError.writing { () throws(AtomicFile.WriteError) in try AtomicFile.write(together: files) }
    }

    /// The PNG bytes, with the PNG options of ``PNGMapWriter/options(metadata:scale:)``.
    public func pngData(scale: Double = 1) throws(RenderError) -> Data {
        let surface = try raster(scale)
        return try RenderError.drawing { () throws(CanvasError) in
            try surface.pngData(options: PNGMapWriter.options(metadata: metadata, scale: surface.scale))
        }
    }

    /// The SVG or PDF bytes, the metadata as the document's information.
    public func documentData(_ format: DocumentFormat) throws(RenderError) -> Data {
        let information = DocumentMetadata(
            title: metadata.title, subject: metadata.description, keywords: metadata.date, creator: metadata.software)
        let surface = try RenderError.drawing { () throws(CanvasError) in
            try Surface(document: format, width: width, height: height, metadata: information)
        }
        try paint(surface)
        return try RenderError.drawing { () throws(CanvasError) in try surface.documentData() }
    }
}
