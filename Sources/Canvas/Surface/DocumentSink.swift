import CCairo
import Foundation

/// Collects the bytes Cairo writes for a PDF or SVG document.
final class DocumentSink {
    let format: DocumentFormat
    var bytes = Data()
    /// The finished document, once ``Surface/finish()`` has run.
    var finished: Data?

    init(format: DocumentFormat) {
        self.format = format
    }
}

/// Cairo's write callback for documents: appends to the sink.
func writeDocumentBytes(
    _ closure: UnsafeMutableRawPointer?, _ data: UnsafePointer<UInt8>?,
    _ length: UInt32
) -> cairo_status_t {
    guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
    let sink = Unmanaged<DocumentSink>.fromOpaque(closure).takeUnretainedValue()
    if length > 0 {
        guard let data else { return CAIRO_STATUS_WRITE_ERROR }
        sink.bytes.append(data, count: Int(length))
    }
    return CAIRO_STATUS_SUCCESS
}
