import CCairo
import CPNGWriter
import Foundation

extension Surface {
    /// Encodes the image as PNG: straight alpha; RGB when fully opaque, RGBA otherwise, grey when every pixel is
    /// grey, indexed (1, 2, 4 or 8 bits a pixel) when allowed and at most 256 colours are used. Lossless.
    ///
    /// The image data is compressed by libdeflate; large images are filtered and compressed in bands on every
    /// processor, joined into one zlib stream. The bytes depend only on the pixels and the options.
    /// - Parameter options: How to encode.
    /// - Returns: The PNG file's bytes.
    /// - Throws: ``CanvasError/notAnImage(operation:)`` for documents; ``CanvasError/invalidArgument(_:)`` for
    ///   options out of range; ``CanvasError/pngEncoding(_:)``; ``CanvasError/cairo(operation:message:)`` for an
    ///   error recorded while drawing.
    public func pngData(options: PNGOptions = .default) throws(CanvasError) -> Data {
        guard kind == .image else { throw .notAnImage(operation: "pngData") }
        return try pngData(of: PixelBlock(x: 0, y: 0, width: width, height: height), options: options)
    }

    /// Encodes a block of the image's device pixels as a PNG of the block's size, as ``pngData(options:)`` encodes
    /// a whole image: the same bytes as copying the block into a surface of its own and encoding that, without
    /// the copy (a tile job cuts every tile of a metatile this way).
    /// - Parameters:
    ///   - block: The pixels to encode; it must lie inside the image.
    ///   - options: How to encode.
    /// - Returns: The PNG file's bytes.
    /// - Throws: as ``pngData(options:)``, and ``CanvasError/invalidArgument(_:)`` for a block outside the image.
    public func pngData(of block: PixelBlock, options: PNGOptions = .default) throws(CanvasError) -> Data {
        guard kind == .image else { throw .notAnImage(operation: "pngData") }
        guard block.fits(width: width, height: height) else {
            throw .invalidArgument("\(block) is not inside the \(width)×\(height) image")
        }
        guard PNGOptions.compressionLevels.contains(options.compressionLevel) else {
            throw .invalidArgument(
                "PNG compression level \(options.compressionLevel) is not in "
                    + "\(PNGOptions.compressionLevels)")
        }
        if let resolution = options.pixelsPerMetre, !(resolution.isFinite && resolution > 0) {
            throw .invalidArgument("PNG resolution \(resolution) pixels per metre is not a positive number")
        }
        for chunk in options.textChunks where chunk.key.utf8.contains(0) || chunk.value.utf8.contains(0) {
            throw .invalidArgument("PNG text chunk \"\(chunk.key)\" contains a NUL character")
        }
        try checkStatus("pngData")

        cairo_surface_flush(surface)
        guard let pixels = cairo_image_surface_get_data(surface) else {
            throw .cairo(operation: "cairo_image_surface_get_data", message: cairo_surface_status(surface).message)
        }
        let stride = cairo_image_surface_get_stride(surface)
        let start = UnsafePointer(pixels) + block.y * Int(stride) + block.x * 4
        let keys = options.textChunks.map { strdup($0.key) }
        let values = options.textChunks.map { strdup($0.value) }
        defer {
            for key in keys { free(key) }
            for value in values { free(value) }
        }
        guard !keys.contains(nil), !values.contains(nil) else {
            throw .pngEncoding("out of memory for text chunks")
        }
        let constantKeys = keys.map { UnsafePointer($0) }
        let constantValues = values.map { UnsafePointer($0) }

        var buffer = cm_png_buffer()
        var message = [CChar](repeating: 0, count: 512)
        let capacity = message.count
        let status = constantKeys.withUnsafeBufferPointer { keyPointers in
            constantValues.withUnsafeBufferPointer { valuePointers in
                var cOptions = cm_png_options(
                    compression_level: Int32(options.compressionLevel),
                    filter: Int32(options.filter.cValue.rawValue),
                    try_palette: options.usesPaletteWhenPossible ? 1 : 0,
                    pixels_per_metre: options.pixelsPerMetre ?? 0,
                    text_keys: keyPointers.baseAddress,
                    text_values: valuePointers.baseAddress,
                    text_count: Int32(keyPointers.count),
                    thread_count: 0,
                    band_count: 0)
                return cm_png_encode_argb32(
                    start, Int32(block.width), Int32(block.height), stride, &cOptions, &buffer,
                    &message, capacity)
            }
        }
        defer { cm_png_buffer_free(&buffer) }
        guard status == 0, let bytes = buffer.bytes else {
            let text = String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            throw .pngEncoding(text.isEmpty ? "unknown error" : text)
        }
        return Data(bytes: bytes, count: buffer.length)
    }

    /// Reads a PNG image into a new raster surface (for comparing renders with reference images).
    /// - Parameters:
    ///   - pngData: The PNG file's bytes.
    ///   - scale: Device pixels per logical pixel the image was drawn at (2 for an `@2x` image).
    /// - Throws: ``CanvasError/pngDecoding(_:)`` when Cairo cannot read the bytes;
    ///   ``CanvasError/invalidArgument(_:)`` for a scale that is not positive;
    ///   ``CanvasError/cairo(operation:message:)``.
    public convenience init(pngData: Data, scale: Double = 1) throws(CanvasError) {
        guard scale.isFinite, scale > 0 else { throw .invalidArgument("scale \(scale) is not a positive number") }
        let source = PNGByteSource(pngData)
        let decoded = withExtendedLifetime(source) {
            cairo_image_surface_create_from_png_stream(readPNGBytes, Unmanaged.passUnretained(source).toOpaque())
        }
        guard let decoded else { throw .pngDecoding(CAIRO_STATUS_NO_MEMORY.message) }
        let decodeStatus = cairo_surface_status(decoded)
        guard decodeStatus == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(decoded)
            throw .pngDecoding(decodeStatus.message)
        }
        let width = cairo_image_surface_get_width(decoded), height = cairo_image_surface_get_height(decoded)
        // Cairo reads opaque images as RGB24 and grey ones in other formats; everything here expects ARGB32.
        let image: OpaquePointer
        if cairo_image_surface_get_format(decoded) == CAIRO_FORMAT_ARGB32 {
            image = decoded
        } else {
            defer { cairo_surface_destroy(decoded) }
            guard let converted = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height) else {
                throw .cairo(operation: "cairo_image_surface_create", message: CAIRO_STATUS_NO_MEMORY.message)
            }
            guard let copier = cairo_create(converted) else {
                cairo_surface_destroy(converted)
                throw .cairo(operation: "cairo_create", message: CAIRO_STATUS_NO_MEMORY.message)
            }
            cairo_set_source_surface(copier, decoded, 0, 0)
            cairo_set_operator(copier, CAIRO_OPERATOR_SOURCE)
            cairo_paint(copier)
            let copyStatus = cairo_status(copier)
            cairo_destroy(copier)
            guard copyStatus == CAIRO_STATUS_SUCCESS else {
                cairo_surface_destroy(converted)
                throw .cairo(operation: "convert PNG to ARGB32", message: copyStatus.message)
            }
            image = converted
        }
        cairo_surface_set_device_scale(image, scale, scale)
        try self.init(
            adopting: image, kind: .image, width: Int(width), height: Int(height), scale: scale,
            logicalWidth: Double(width) / scale, logicalHeight: Double(height) / scale, document: nil)
    }

    /// Reads a PNG file into a new raster surface.
    /// - Parameters:
    ///   - path: The file.
    ///   - scale: Device pixels per logical pixel the image was drawn at.
    /// - Throws: ``CanvasError/fileUnreadable(path:reason:)``, then as ``init(pngData:scale:)`` with the path in
    ///   the message.
    public convenience init(contentsOfPNGFile path: String, scale: Double = 1) throws(CanvasError) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .fileUnreadable(path: path, reason: error.localizedDescription)
        }
        do {
            try self.init(pngData: data, scale: scale)
        } catch .pngDecoding(let message) {
            throw .pngDecoding("\(path): \(message)")
        }
    }

    /// The colour of one device pixel, with straight alpha, each component exact to 8 bits.
    /// - Parameters:
    ///   - x: Column in device pixels, from 0 at the left.
    ///   - y: Row in device pixels, from 0 at the top.
    /// - Throws: ``CanvasError/notAnImage(operation:)`` for documents;
    ///   ``CanvasError/pixelOutOfBounds(x:y:width:height:)``.
    public func pixel(x: Int, y: Int) throws(CanvasError) -> Color {
        guard kind == .image else { throw .notAnImage(operation: "pixel(x:y:)") }
        guard (0..<width).contains(x), (0..<height).contains(y) else {
            throw .pixelOutOfBounds(x: x, y: y, width: width, height: height)
        }
        let word = try withPixelWords { words, wordsPerRow in words[y * wordsPerRow + x] }
        return Color(premultipliedARGB: word)
    }

    /// The image's pixels as Cairo stores them: premultiplied ARGB words, native-endian, row after row without
    /// stride padding (`width * height` words). For comparing images in tests and tools.
    /// - Throws: ``CanvasError/notAnImage(operation:)`` for documents.
    public func argbWords() throws(CanvasError) -> [UInt32] {
        try withPixelWords { words, wordsPerRow in
            var copy: [UInt32] = []
            copy.reserveCapacity(width * height)
            for row in 0..<height { copy += words[(row * wordsPerRow)..<(row * wordsPerRow + width)] }
            return copy
        }
    }

    /// Runs `body` over the flushed image as native-endian premultiplied ARGB words (Cairo's ARGB32), with the
    /// number of words per row.
    func withPixelWords<Result>(
        _ body: (UnsafeBufferPointer<UInt32>, Int) throws(CanvasError) -> Result
    )
        throws(CanvasError) -> Result
    {
        guard kind == .image else { throw .notAnImage(operation: "read pixels") }
        cairo_surface_flush(surface)
        guard let data = cairo_image_surface_get_data(surface) else {
            throw .cairo(operation: "cairo_image_surface_get_data", message: cairo_surface_status(surface).message)
        }
        // Cairo's strides are multiples of 4 bytes and its buffers 4-byte aligned.
        let wordsPerRow = Int(cairo_image_surface_get_stride(surface)) / 4
        let words = UnsafeRawPointer(data).bindMemory(to: UInt32.self, capacity: wordsPerRow * height)
        return try body(UnsafeBufferPointer(start: words, count: wordsPerRow * height), wordsPerRow)
    }

    /// Runs `body` over the image's words for writing, then tells Cairo the pixels changed.
    func withMutablePixelWords(_ body: (UnsafeMutableBufferPointer<UInt32>, Int) -> Void) throws(CanvasError) {
        guard kind == .image else { throw .notAnImage(operation: "write pixels") }
        cairo_surface_flush(surface)
        guard let data = cairo_image_surface_get_data(surface) else {
            throw .cairo(operation: "cairo_image_surface_get_data", message: cairo_surface_status(surface).message)
        }
        let wordsPerRow = Int(cairo_image_surface_get_stride(surface)) / 4
        let words = UnsafeMutableRawPointer(data).bindMemory(to: UInt32.self, capacity: wordsPerRow * height)
        body(UnsafeMutableBufferPointer(start: words, count: wordsPerRow * height), wordsPerRow)
        cairo_surface_mark_dirty(surface)
    }
}

extension PNGOptions.Filter {
    var cValue: cm_png_filter {
        switch self {
        case .automatic: return CM_PNG_FILTER_AUTO
        case .none: return CM_PNG_FILTER_NONE
        case .sub: return CM_PNG_FILTER_SUB
        case .up: return CM_PNG_FILTER_UP
        case .average: return CM_PNG_FILTER_AVG
        case .paeth: return CM_PNG_FILTER_PAETH
        case .adaptive: return CM_PNG_FILTER_ALL
        }
    }
}

extension Color {
    /// Converts a Cairo ARGB32 word (premultiplied) to a straight colour, rounding as libpng and Cairo do.
    init(premultipliedARGB word: UInt32) {
        let alpha = word >> 24
        guard alpha > 0 else {
            self.init(red: 0, green: 0, blue: 0, alpha: 0)
            return
        }
        func straight(_ component: UInt32) -> Double {
            Double(min((component * 255 + alpha / 2) / alpha, 255)) / 255
        }
        self.init(
            red: straight((word >> 16) & 0xff), green: straight((word >> 8) & 0xff),
            blue: straight(word & 0xff), alpha: Double(alpha) / 255)
    }
}

/// The bytes Cairo's PNG reader pulls from, and how far it has read.
private final class PNGByteSource {
    let bytes: [UInt8]
    var offset = 0

    init(_ data: Data) {
        bytes = [UInt8](data)
    }
}

/// Cairo's read callback: copies the next `length` bytes or reports a read error at the end of the data.
private func readPNGBytes(
    _ closure: UnsafeMutableRawPointer?, _ destination: UnsafeMutablePointer<UInt8>?,
    _ length: UInt32
) -> cairo_status_t {
    guard let closure, let destination else { return CAIRO_STATUS_READ_ERROR }
    let source = Unmanaged<PNGByteSource>.fromOpaque(closure).takeUnretainedValue()
    let count = Int(length)
    guard source.bytes.count - source.offset >= count else { return CAIRO_STATUS_READ_ERROR }
    source.bytes.withUnsafeBufferPointer { buffer in
        guard count > 0, let start = buffer.baseAddress else { return }
        destination.update(from: start + source.offset, count: count)
    }
    source.offset += count
    return CAIRO_STATUS_SUCCESS
}
