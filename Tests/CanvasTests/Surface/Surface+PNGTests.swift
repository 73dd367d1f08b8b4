import Canvas
import Foundation
import Testing

/// PNG files of surfaces, read back by the tests' own decoder (`PNGFile`) and by Cairo's reader: signature and
/// chunks, straight alpha, palettes, filters, text and resolution chunks, and the errors.
@Suite struct SurfacePNGTests {
    /// Options the test decoder can read: stored deflate blocks and no filtering.
    static func plain(palette: Bool) -> PNGOptions {
        PNGOptions(compressionLevel: 0, filter: .none, usesPaletteWhenPossible: palette)
    }

    @Test func fileHasSignatureValidChunksAndNoTimeStamp() throws {
        let surface = try Surface(width: 200, height: 150)
        try Drawing.scene(on: surface)
        let data = try surface.pngData()
        #expect(Array(data.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let file = try PNGFile(data)
        #expect(file.chunkTypes.first == "IHDR")
        #expect(file.chunkTypes.last == "IEND")
        #expect(!file.chunkTypes.contains("tIME"))
        #expect(file.width == 200 && file.height == 150)
        #expect(file.bitDepth == 8)
    }

    @Test func halfTransparentRedComesOutStraight() throws {
        let surface = try Surface(width: 4, height: 3)
        surface.addRect(CanvasRect(x: 0, y: 0, width: 4, height: 3))
        try surface.fill(Color(red: 1, green: 0, blue: 0, alpha: 0.5))
        let data = try surface.pngData(options: SurfacePNGTests.plain(palette: false))
        // Byte 25 is IHDR's colour type: 6, truecolour with alpha.
        #expect(data[25] == 6)
        #expect(data[24] == 8)
        let pixels = try PNGFile(data).decodeStoredPixels()
        #expect(pixels.count == 12)
        #expect(pixels.allSatisfy { $0 == [255, 0, 0, 128] })
        // Cairo's own PNG reader (libpng, premultiplying on read) agrees.
        let decoded = try Surface(pngData: data)
        #expect(try decoded.pixel(x: 3, y: 2).hexString == "#ff000080")
    }

    @Test func unpremultipliesEveryAlphaLevelLikeTheFormula() throws {
        // One pixel per alpha level, all the same colour: straight value = (c·255 + a/2) / a of Cairo's stored c.
        let surface = try Surface(width: 256, height: 1)
        for alpha in 0..<256 {
            surface.addRect(CanvasRect(x: Double(alpha), y: 0, width: 1, height: 1))
            try surface.fill(Color(red: 200.0 / 255, green: 100.0 / 255, blue: 30.0 / 255, alpha: Double(alpha) / 255))
        }
        let pixels = try PNGFile(surface.pngData(options: SurfacePNGTests.plain(palette: false))).decodeStoredPixels()
        for alpha in 0..<256 {
            let pixel = pixels[alpha]
            #expect(Int(pixel[3]) == alpha)
            if alpha == 0 {
                #expect(pixel == [0, 0, 0, 0])
            } else {
                // Premultiplication to 8 bits loses precision at low alpha; the straight value stays within it.
                let tolerance = 255 / alpha + 1
                #expect(abs(Int(pixel[0]) - 200) <= tolerance, "alpha \(alpha): \(pixel)")
                #expect(abs(Int(pixel[1]) - 100) <= tolerance, "alpha \(alpha): \(pixel)")
                #expect(abs(Int(pixel[2]) - 30) <= tolerance, "alpha \(alpha): \(pixel)")
            }
        }
        #expect(pixels[255] == [200, 100, 30, 255])
    }

    @Test func opaqueImageIsWrittenAsRGB() throws {
        let surface = try Surface(width: 5, height: 5)
        try surface.paint(Color(hex: "#123456"))
        let data = try surface.pngData(options: SurfacePNGTests.plain(palette: false))
        #expect(data[25] == 2)
        #expect(try PNGFile(data).decodeStoredPixels() == Array(repeating: [0x12, 0x34, 0x56, 255], count: 5 * 5))
    }

    static func threeColourImage() throws -> Surface {
        let surface = try Surface(width: 64, height: 48)
        try surface.paint(Color(hex: "#f2efe9"))
        surface.addRect(CanvasRect(x: 8, y: 8, width: 24, height: 16))
        try surface.fill(Color(hex: "#d4e6c3"))
        surface.addRect(CanvasRect(x: 30, y: 20, width: 20, height: 20))
        try surface.fill(Color(hex: "#8b0000"))
        return surface
    }

    @Test func threeColoursAreWrittenAsAPalette() throws {
        let surface = try SurfacePNGTests.threeColourImage()
        let indexed = try surface.pngData(options: PNGOptions(compressionLevel: 9))
        let truecolour = try surface.pngData(options: PNGOptions(compressionLevel: 9, usesPaletteWhenPossible: false))
        #expect(indexed[25] == 3)
        #expect(truecolour[25] == 2)
        #expect(indexed.count < truecolour.count)
        let file = try PNGFile(indexed)
        #expect(file.chunk("PLTE")?.data.count == 9)
        #expect(file.chunk("tRNS") == nil)
        // Three colours fit in two bits per pixel.
        #expect(file.bitDepth == 2)
        let pixels = try PNGFile(surface.pngData(options: SurfacePNGTests.plain(palette: true))).decodeStoredPixels()
        #expect(pixels[0] == [0xf2, 0xef, 0xe9, 255])
        #expect(pixels[10 * 64 + 10] == [0xd4, 0xe6, 0xc3, 255])
        #expect(pixels[30 * 64 + 40] == [0x8b, 0x00, 0x00, 255])
        #expect(try ImageComparison(expected: surface, actual: Surface(pngData: indexed)).isIdentical)
    }

    @Test func paletteOfTranslucentColoursHasTransparencyFirst() throws {
        let surface = try Surface(width: 16, height: 16)
        surface.addRect(CanvasRect(x: 0, y: 0, width: 8, height: 16))
        try surface.fill(.black)
        surface.addRect(CanvasRect(x: 8, y: 0, width: 4, height: 16))
        try surface.fill(Color(red: 0, green: 0, blue: 1, alpha: 0.5))
        let file = try PNGFile(surface.pngData(options: SurfacePNGTests.plain(palette: true)))
        #expect(file.colorType == 3)
        // Black (opaque), blue at half and clear: the two translucent entries come first, so tRNS has two bytes.
        #expect(file.chunk("tRNS")?.data.count == 2)
        let pixels = try file.decodeStoredPixels()
        #expect(pixels[0] == [0, 0, 0, 255])
        #expect(pixels[9] == [0, 0, 255, 128])
        #expect(pixels[15] == [0, 0, 0, 0])
    }

    @Test func manyColoursFallBackToTruecolour() throws {
        let surface = try Surface(width: 300, height: 1)
        for x in 0..<300 {
            surface.addRect(CanvasRect(x: Double(x), y: 0, width: 1, height: 1))
            try surface.fill(Color(red: Double(x % 256) / 255, green: Double(x / 256) / 255, blue: 0.5))
        }
        let data = try surface.pngData()
        #expect(data[25] == 2)
        #expect(try ImageComparison(expected: surface, actual: Surface(pngData: data)).isIdentical)
    }

    @Test func everyFilterRoundTrips() throws {
        let surface = try Surface(width: 120, height: 90)
        try Drawing.scene(on: surface)
        for filter in PNGOptions.Filter.allCases {
            for palette in [false, true] {
                let data = try surface.pngData(options: PNGOptions(filter: filter, usesPaletteWhenPossible: palette))
                let decoded = try Surface(pngData: data)
                let comparison = try ImageComparison(expected: surface, actual: decoded, channelTolerance: 1)
                #expect(comparison.isIdentical, "filter \(filter), palette \(palette)")
            }
        }
    }

    @Test func automaticFilterLeavesRowsUnfiltered() throws {
        let surface = try Surface(width: 60, height: 40)
        try Drawing.scene(on: surface)
        let options = PNGOptions(compressionLevel: 0, usesPaletteWhenPossible: false)
        let file = try PNGFile(surface.pngData(options: options))
        #expect(try file.storedFilterTypes() == Array(repeating: 0, count: 40))
        let pixels = try file.decodeStoredPixels()
        #expect(pixels.count == 60 * 40)
        #expect(pixels[0] == [0xf2, 0xef, 0xe9, 255])
    }

    @Test func sameDrawingGivesSameBytes() throws {
        var outputs: [Data] = []
        for _ in 0..<2 {
            let surface = try Surface(width: 200, height: 150, scale: 2)
            try Drawing.scene(on: surface)
            let options = PNGOptions(textChunks: [PNGOptions.TextChunk(key: "Title", value: "Karabakh")])
            outputs.append(try surface.pngData(options: options))
        }
        #expect(outputs[0] == outputs[1])
        #expect(try PNGFile(outputs[0]).width == 400)
    }

    @Test func writesResolutionAndTextChunks() throws {
        let surface = try Surface(width: 2, height: 2)
        var options = PNGOptions(textChunks: [
            PNGOptions.TextChunk(key: "Title", value: "Karabakh 2023-09-19"),
            PNGOptions.TextChunk(key: "Description", value: "Şuşa / Շուշի"),
        ])
        options.dotsPerInch = 144
        #expect(abs((options.pixelsPerMetre ?? 0) - 5669.29) < 0.01)
        let file = try PNGFile(surface.pngData(options: options))
        let physical = try #require(file.chunk("pHYs")).data
        #expect(PNGFile.bigEndian(physical, 0) == 5669)
        #expect(PNGFile.bigEndian(physical, 4) == 5669)
        #expect(physical[8] == 1)
        #expect(file.chunk("tEXt")?.data == Array("Title\0Karabakh 2023-09-19".utf8))
        // iTXt: keyword, NUL, compression flag 0, method 0, empty language, NUL, empty translated keyword, NUL, text.
        #expect(file.chunk("iTXt")?.data == Array("Description\0\0\0\0\0Şuşa / Շուշի".utf8))
        // Text chunks come before the image data.
        let types = file.chunkTypes
        #expect(try #require(types.firstIndex(of: "iTXt")) < #require(types.firstIndex(of: "IDAT")))
    }

    @Test func rejectsBadOptions() throws {
        let surface = try Surface(width: 2, height: 2)
        #expect(throws: CanvasError.self) { try surface.pngData(options: PNGOptions(compressionLevel: 13)) }
        #expect(throws: CanvasError.self) { try surface.pngData(options: PNGOptions(pixelsPerMetre: -1)) }
        for key in ["", " Title", "Two  spaces", String(repeating: "k", count: 80), "Ключ"] {
            let error = #expect(throws: CanvasError.self) {
                try surface.pngData(options: PNGOptions(textChunks: [PNGOptions.TextChunk(key: key, value: "v")]))
            }
            guard case .pngEncoding(let message)? = error else {
                Issue.record("expected a PNG encoding error for key \"\(key)\", got \(String(describing: error))")
                continue
            }
            #expect(message.contains("text chunk key"))
        }
    }

    @Test func documentsHaveNoPNG() throws {
        let document = try Surface(document: .pdf, width: 10, height: 10)
        #expect(throws: CanvasError.notAnImage(operation: "pngData")) { try document.pngData() }
        #expect(throws: CanvasError.notAnImage(operation: "pixel(x:y:)")) { try document.pixel(x: 0, y: 0) }
    }

    @Test func readingBackHonoursScaleAndRejectsGarbage() throws {
        let surface = try Surface(width: 30, height: 20, scale: 2)
        try Drawing.scene(on: surface)
        let decoded = try Surface(pngData: surface.pngData(), scale: 2)
        #expect(decoded.width == 60 && decoded.logicalWidth == 30 && decoded.scale == 2)
        #expect(throws: CanvasError.self) { try Surface(pngData: Data("not a PNG".utf8)) }
        let truncated = try surface.pngData().prefix(60)
        #expect(throws: CanvasError.self) { try Surface(pngData: truncated) }
        #expect(throws: CanvasError.self) { try Surface(contentsOfPNGFile: "/nonexistent/map.png") }
    }

    @Test func pixelOutsideTheImageThrows() throws {
        let surface = try Surface(width: 10, height: 5, scale: 2)
        #expect(throws: CanvasError.pixelOutOfBounds(x: 20, y: 0, width: 20, height: 10)) {
            try surface.pixel(x: 20, y: 0)
        }
        #expect(throws: CanvasError.self) { try surface.pixel(x: 0, y: -1) }
    }
}
