import Foundation
import Testing

@testable import Canvas

@Suite struct SurfaceDocumentTests {
    static func render(_ format: DocumentFormat, metadata: DocumentMetadata = DocumentMetadata()) throws -> Data {
        let document = try Surface(document: format, width: 200, height: 150, metadata: metadata)
        try Drawing.scene(on: document)
        return try document.documentData()
    }

    @Test func pdfIsDeterministicAndCarriesItsText() throws {
        let metadata = DocumentMetadata(title: "Karabakh 2023-09-19", creator: "chronomap")
        let first = try SurfaceDocumentTests.render(.pdf, metadata: metadata)
        let second = try SurfaceDocumentTests.render(.pdf, metadata: metadata)
        #expect(first == second)
        #expect(first.starts(with: Array("%PDF-".utf8)))
        let text = String(decoding: first, as: UTF8.self)
        #expect(text.contains("/CreationDate (19700101000000Z)"))
        #expect(text.contains("/Title (Karabakh 2023-09-19)"))
        #expect(text.contains("/Creator (chronomap)"))
        // Text stays text: an embedded DejaVu subset with a ToUnicode map, so it can be selected and searched.
        #expect(text.contains("DejaVuSans"))
        #expect(text.contains("/FontFile"))
        #expect(text.contains("/ToUnicode"))
        #expect(text.contains("/MediaBox [ 0 0 200 150 ]"))
    }

    @Test func documentBytesComeOnlyOnceFinished() throws {
        let document = try Surface(document: .pdf, width: 200, height: 150)
        try Drawing.scene(on: document)
        try document.finish()
        try document.finish()
        let bytes = try document.documentData()
        #expect(bytes.starts(with: Data("%PDF-".utf8)))
        #expect(String(decoding: bytes.suffix(8), as: UTF8.self).contains("%%EOF"))
        // Drawing after the end is an error, not a silent no-op.
        #expect(throws: CanvasError.self) { try document.paint(.black) }
    }

    @Test func svgIsDeterministicAndPlacesGlyphs() throws {
        let first = try SurfaceDocumentTests.render(.svg)
        let second = try SurfaceDocumentTests.render(.svg)
        #expect(first == second)
        let text = String(decoding: first, as: UTF8.self)
        #expect(text.hasPrefix("<?xml"))
        #expect(text.contains("width=\"200px\" height=\"150px\" viewBox=\"0 0 200 150\""))
        // Cairo 1.16 writes each glyph once as a symbol and places it with <use>, not as <text>; the haloed label
        // "Stepanakert" and "Şuşa Շուշի" place 11 + 9 glyphs (spaces are placed too: 10 visible + 1).
        #expect(text.contains("<symbol overflow=\"visible\" id=\"glyph"))
        let uses = text.components(separatedBy: "<use xlink:href=\"#glyph").count - 1
        #expect(uses == 21)
        #expect(!text.contains("<text"))
        // The group was renumbered from 1 whatever the process drew before.
        #expect(text.contains("id=\"surface1\""))
    }

    @Test func svgSurfaceIdentifiersAreRenumberedInOrder() {
        let input = Data(
            "<g id=\"surface23\"/><use xlink:href=\"#surface19\"/><use xlink:href=\"#surface23\"/><p d=\"surface5 x\"/>"
                .utf8)
        let output = String(decoding: Surface.renumberingSurfaceIdentifiers(in: input), as: UTF8.self)
        #expect(
            output
                == "<g id=\"surface1\"/><use xlink:href=\"#surface2\"/><use xlink:href=\"#surface1\"/><p d=\"surface5 x\"/>"
        )
    }

    @Test func rejectsBadDocumentArguments() throws {
        #expect(throws: CanvasError.self) { try Surface(document: .pdf, width: 0, height: 10) }
        #expect(throws: CanvasError.self) {
            try Surface(document: .pdf, width: 10, height: 10, metadata: DocumentMetadata(creationDate: "yesterday"))
        }
        for date in ["2023-09-19T12:00:00", "2023-09-19T12:00:00Z", "2023-09-19T12:00:00+04:00"] {
            #expect(throws: Never.self) {
                try Surface(document: .pdf, width: 10, height: 10, metadata: DocumentMetadata(creationDate: date))
            }
        }
        let image = try Surface(width: 10, height: 10)
        #expect(throws: CanvasError.notADocument(operation: "documentData")) { try image.documentData() }
        try image.finish()
    }

    @Test func documentSizeIsLogical() throws {
        let document = try Surface(document: .svg, width: 100.5, height: 40)
        #expect(document.kind == .svg)
        #expect(document.width == 101 && document.logicalWidth == 100.5 && document.scale == 1)
    }
}
