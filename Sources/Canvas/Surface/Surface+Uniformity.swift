import CCairo
import Foundation

extension Surface {
    /// The one colour every pixel has, or nil when the pixels differ: lets a tile writer store a
    /// solid tile (open country, water) once, however many times it occurs.
    /// - Throws: ``CanvasError/notAnImage(operation:)`` for documents.
    public func uniformColor() throws(CanvasError) -> Color? {
        guard kind == .image else { throw .notAnImage(operation: "uniformColor") }
        try checkStatus("uniformColor")
        cairo_surface_flush(surface)
        guard let data = cairo_image_surface_get_data(surface) else {
            throw .cairo(operation: "cairo_image_surface_get_data", message: cairo_surface_status(surface).message)
        }
        let stride = Int(cairo_image_surface_get_stride(surface))
        let first = data.withMemoryRebound(to: UInt32.self, capacity: 1) { $0.pointee }
        for row in 0..<height {
            let pixels = UnsafeRawPointer(data + row * stride).assumingMemoryBound(to: UInt32.self)
            for column in 0..<width where pixels[column] != first { return nil }
        }
        return try pixel(x: 0, y: 0)
    }
}
