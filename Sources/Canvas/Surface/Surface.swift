import CCairo
import Foundation

/// One drawing target: a raster image, a PDF document or an SVG document, with the drawing state (path,
/// transform, clip) Cairo keeps for it.
///
/// All coordinates are logical pixels, x right and y down. A raster surface made with a `scale` of 2 has twice
/// the pixels in each direction but the same logical layout, so a 1600x1200 map drawn at scale 2 is a
/// 3200x2400 image in which every line, label and margin falls where it does at scale 1:
///
/// ```swift
/// let surface = try Surface(width: 1600, height: 1200, scale: 2)
/// try surface.paint(.white)
/// surface.addRect(CanvasRect(x: 100, y: 100, width: 200, height: 50))
/// try surface.fill(try Color(hex: "#d4e6c3"))
/// let png = try surface.pngData()
/// ```
///
/// Path building and state changes (``move(to:)``, ``clip(evenOdd:preserve:)``, ``save()``...) do not throw:
/// Cairo records the first error in the context and ignores later drawing. Painting operations, text and output
/// check that record and throw it, so no error goes unnoticed, but it may surface one call after its cause.
///
/// A surface is not thread-safe; draw each on one thread at a time. ``FontFace`` values may be shared.
public final class Surface {
    /// What a surface draws into.
    public enum Kind: Sendable, Hashable {
        /// A raster image of premultiplied ARGB pixels, kept in memory.
        case image
        /// A PDF document.
        case pdf
        /// An SVG document.
        case svg
    }

    /// What the surface draws into.
    public let kind: Kind
    /// Width in device pixels (raster) or whole points / CSS pixels rounded up (documents).
    public let width: Int
    /// Height in device pixels (raster) or whole points / CSS pixels rounded up (documents).
    public let height: Int
    /// Device pixels per logical pixel: 1 for documents.
    public let scale: Double
    /// Width in logical pixels, the unit of every drawing call.
    public let logicalWidth: Double
    /// Height in logical pixels.
    public let logicalHeight: Double

    let surface: OpaquePointer
    let context: OpaquePointer
    /// Where a document's bytes go as Cairo writes them; nil for raster surfaces.
    let document: DocumentSink?
    /// The surface whose pixels a view (``view(ofRows:)``) draws into, kept alive as long as the view.
    let pixelOwner: Surface?

    /// Creates a transparent raster surface.
    /// - Parameters:
    ///   - width: Width in logical pixels.
    ///   - height: Height in logical pixels.
    ///   - scale: Device pixels per logical pixel: 2 for a high-density (`@2x`) image of the same layout.
    /// - Throws: ``CanvasError/invalidArgument(_:)`` for a size that is not positive or an image over Cairo's
    ///   limit of 32767 pixels a side; ``CanvasError/cairo(operation:message:)``.
    public convenience init(width: Int, height: Int, scale: Double = 1) throws(CanvasError) {
        guard scale.isFinite, scale > 0 else { throw .invalidArgument("scale \(scale) is not a positive number") }
        let deviceWidth = (Double(width) * scale).rounded(), deviceHeight = (Double(height) * scale).rounded()
        guard width > 0, height > 0, deviceWidth >= 1, deviceHeight >= 1 else {
            throw .invalidArgument("surface size \(width)x\(height) at scale \(scale) has no pixels")
        }
        guard deviceWidth <= Surface.maximumSide, deviceHeight <= Surface.maximumSide else {
            throw .invalidArgument(
                "surface size \(Int(deviceWidth))x\(Int(deviceHeight)) pixels exceeds Cairo's limit of \(Int(Surface.maximumSide))"
            )
        }
        guard let created = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(deviceWidth), Int32(deviceHeight))
        else {
            throw .cairo(operation: "cairo_image_surface_create", message: CAIRO_STATUS_NO_MEMORY.message)
        }
        // Device scale, not a CTM scale, so that identity transforms, save/restore and composed images all stay
        // in logical pixels.
        cairo_surface_set_device_scale(created, scale, scale)
        try self.init(
            adopting: created, kind: .image, width: Int(deviceWidth), height: Int(deviceHeight), scale: scale,
            logicalWidth: Double(width), logicalHeight: Double(height), document: nil)
    }

    /// Takes ownership of a Cairo surface (destroying it if the context cannot be made).
    init(
        adopting created: OpaquePointer, kind: Kind, width: Int, height: Int, scale: Double,
        logicalWidth: Double, logicalHeight: Double, document: DocumentSink?, pixelOwner: Surface? = nil
    ) throws(CanvasError) {
        let surfaceStatus = cairo_surface_status(created)
        guard surfaceStatus == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(created)
            throw .cairo(operation: "create surface", message: surfaceStatus.message)
        }
        guard let context = cairo_create(created) else {
            cairo_surface_destroy(created)
            throw .cairo(operation: "cairo_create", message: CAIRO_STATUS_NO_MEMORY.message)
        }
        let contextStatus = cairo_status(context)
        guard contextStatus == CAIRO_STATUS_SUCCESS else {
            cairo_destroy(context)
            cairo_surface_destroy(created)
            throw .cairo(operation: "cairo_create", message: contextStatus.message)
        }
        do throws(CanvasError) {
            try FontRendering.withOptions { (options) throws(CanvasError) in
                cairo_set_font_options(context, options)
                try check(cairo_status(context), "cairo_set_font_options")
            }
        } catch {
            cairo_destroy(context)
            cairo_surface_destroy(created)
            throw error
        }
        self.surface = created
        self.context = context
        self.kind = kind
        self.width = width
        self.height = height
        self.scale = scale
        self.logicalWidth = logicalWidth
        self.logicalHeight = logicalHeight
        self.document = document
        self.pixelOwner = pixelOwner
    }

    deinit {
        // Destroying an unfinished document surface finishes it into the sink, which is discarded with us.
        cairo_destroy(context)
        cairo_surface_destroy(surface)
    }

    /// Cairo's largest image side (its pixman limit).
    static let maximumSide: Double = 32767

    /// The logical area of the whole surface.
    public var bounds: CanvasRect { CanvasRect(x: 0, y: 0, width: logicalWidth, height: logicalHeight) }

    /// Throws the first error Cairo recorded for the context or surface.
    /// - Parameter operation: The operation that checks, for the message.
    func checkStatus(_ operation: String) throws(CanvasError) {
        try check(cairo_status(context), operation)
        try check(cairo_surface_status(surface), operation)
    }
}
