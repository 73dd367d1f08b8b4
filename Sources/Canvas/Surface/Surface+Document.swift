import CCairo
import Foundation

extension Surface {
    /// Creates a one-page PDF or SVG document, kept in memory; ``documentData()`` gives its bytes once finished.
    /// Writing them to a file is the caller's (through an atomic writer), so a failed render never leaves half
    /// a file.
    ///
    /// Text is embedded as text (a font subset in PDF; glyph symbols in SVG) and shapes stay vectors. Output is
    /// deterministic: the PDF creation date comes from `metadata`, and the surface numbers Cairo puts in SVG
    /// element ids (a process-wide counter) are renumbered from 1.
    /// - Parameters:
    ///   - format: PDF or SVG.
    ///   - width: Page width in logical pixels (points for PDF, CSS pixels for SVG).
    ///   - height: Page height in logical pixels.
    ///   - metadata: PDF document information; ignored for SVG.
    /// - Throws: ``CanvasError/invalidArgument(_:)`` for a size that is not positive or a malformed creation
    ///   date; ``CanvasError/cairo(operation:message:)``.
    public convenience init(
        document format: DocumentFormat, width: Double, height: Double,
        metadata: DocumentMetadata = DocumentMetadata()
    ) throws(CanvasError) {
        guard width.isFinite, height.isFinite, width > 0, height > 0 else {
            throw .invalidArgument("document size \(width)x\(height) is not positive")
        }
        guard metadata.hasValidCreationDate else {
            throw .invalidArgument(
                "creation date \"\(metadata.creationDate)\" is not YYYY-MM-DDThh:mm:ss with an optional Z or ±hh:mm")
        }
        let sink = DocumentSink(format: format)
        let closure = Unmanaged.passUnretained(sink).toOpaque()
        let created: OpaquePointer?
        switch format {
        case .pdf:
            created = cairo_pdf_surface_create_for_stream(writeDocumentBytes, closure, width, height)
            if let created, cairo_surface_status(created) == CAIRO_STATUS_SUCCESS {
                let entries: [(cairo_pdf_metadata_t, String?)] = [
                    (CAIRO_PDF_METADATA_TITLE, metadata.title), (CAIRO_PDF_METADATA_AUTHOR, metadata.author),
                    (CAIRO_PDF_METADATA_SUBJECT, metadata.subject), (CAIRO_PDF_METADATA_KEYWORDS, metadata.keywords),
                    (CAIRO_PDF_METADATA_CREATOR, metadata.creator),
                    (CAIRO_PDF_METADATA_CREATE_DATE, metadata.creationDate),
                ]
                for case let (key, value?) in entries { cairo_pdf_surface_set_metadata(created, key, value) }
            }
        case .svg:
            created = cairo_svg_surface_create_for_stream(writeDocumentBytes, closure, width, height)
            if let created, cairo_surface_status(created) == CAIRO_STATUS_SUCCESS {
                // Cairo 1.16 defaults to points, which would make a 1600-pixel map 2133 CSS pixels wide.
                cairo_svg_surface_set_document_unit(created, CAIRO_SVG_UNIT_PX)
            }
        }
        guard let created else {
            throw .cairo(operation: "create \(format.rawValue) surface", message: CAIRO_STATUS_NO_MEMORY.message)
        }
        let kind: Kind
        switch format {
        case .pdf: kind = .pdf
        case .svg: kind = .svg
        }
        try self.init(
            adopting: created, kind: kind, width: Int(width.rounded(.up)), height: Int(height.rounded(.up)),
            scale: 1, logicalWidth: width, logicalHeight: height, document: sink)
    }

    /// Completes the surface. For a document: writes out the page and checks every status; later drawing fails. For a raster surface: flushes and checks for recorded errors.
    /// Calling it again does nothing more.
    /// - Throws: ``CanvasError/cairo(operation:message:)`` for an error recorded while drawing or writing.
    public func finish() throws(CanvasError) {
        guard let document else {
            cairo_surface_flush(surface)
            try checkStatus("finish")
            return
        }
        if document.finished != nil { return }
        // The context's error is lost once the surface is finished, so check it first.
        try check(cairo_status(context), "finish")
        cairo_surface_finish(surface)
        try check(cairo_surface_status(surface), "finish")
        let bytes = document.format == .svg ? Surface.renumberingSurfaceIdentifiers(in: document.bytes) : document.bytes
        document.finished = bytes
        document.bytes = Data()
    }

    /// The finished document's bytes, finishing it first if needed.
    /// - Throws: ``CanvasError/notADocument(operation:)`` for raster surfaces; as ``finish()``.
    public func documentData() throws(CanvasError) -> Data {
        guard let document else { throw .notADocument(operation: "documentData") }
        try finish()
        return document.finished ?? Data()
    }

    /// Replaces the numbers of Cairo's `surfaceN` element ids by 1, 2, 3... in order of first appearance.
    ///
    /// Cairo numbers them from a counter shared by the whole process, so the second SVG rendered would otherwise
    /// differ from the first. Only `id="surfaceN"` and `#surfaceN` references are touched; text is drawn as glyph
    /// symbols, so no document text can contain them.
    static func renumberingSurfaceIdentifiers(in svg: Data) -> Data {
        let bytes = [UInt8](svg)
        let word = Array("surface".utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var numbers: [ArraySlice<UInt8>: Int] = [:]
        var index = 0
        while index < bytes.count {
            let isReference =
                index > 0 && (bytes[index - 1] == UInt8(ascii: "\"") || bytes[index - 1] == UInt8(ascii: "#"))
            if isReference, bytes[index] == word[0], bytes[index...].starts(with: word) {
                var end = index + word.count
                while end < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end]) { end += 1 }
                let digits = bytes[(index + word.count)..<end]
                if !digits.isEmpty, end < bytes.count,
                    bytes[end] == UInt8(ascii: "\"") || bytes[end] == UInt8(ascii: ")")
                {
                    let number: Int
                    if let known = numbers[digits] {
                        number = known
                    } else {
                        number = numbers.count + 1
                        numbers[digits] = number
                    }
                    output.append(contentsOf: word)
                    output.append(contentsOf: Array(String(number).utf8))
                    index = end
                    continue
                }
            }
            output.append(bytes[index])
            index += 1
        }
        return Data(output)
    }
}
