import Foundation
import Testing

@testable import Canvas

/// Which PNG format the writer picks, and that every one holds exactly the straight pixels.
///
/// Two decoders that share no code with the writer check each image: `PNGFile` (Support/PNGFile.swift, written
/// from the specification; stored blocks, so level 0) against pixels computed from Cairo's words, and Cairo's own
/// reader (libpng and zlib) against the surface at the default level.
@Suite struct PNGColourTypeTests {
    /// Encodes at level 0 and at the default level; checks the colour type and bit depth, and both decodings.
    static func encodeAndCheck(
        _ surface: Surface, colourType: Int, bitDepth: Int,
        palette: Bool = true
    ) throws -> PNGFile {
        let storedOptions = PNGOptions(compressionLevel: 0, usesPaletteWhenPossible: palette)
        let stored = try PNGFile(surface.pngData(options: storedOptions))
        #expect(stored.colorType == colourType)
        #expect(stored.bitDepth == bitDepth)
        #expect(try stored.decodeStoredPixels() == PixelImage.expectedPixels(of: surface))
        let compressed = try surface.pngData(options: PNGOptions(usesPaletteWhenPossible: palette))
        #expect(try PNGFile(compressed).colorType == colourType)
        #expect(try ImageComparison(expected: surface, actual: Surface(pngData: compressed)).isIdentical)
        return stored
    }

    @Test func opaqueColoursBeyondAPaletteAreRGB() throws {
        let surface = try PixelImage.surface(width: 37, height: 23) { x, y in
            [PixelImage.noise(x, y), PixelImage.noise(x, y, 1), PixelImage.noise(x, y, 2), 255]
        }
        _ = try Self.encodeAndCheck(surface, colourType: 2, bitDepth: 8)
    }

    @Test func partialAlphaIsRGBAWithStraightValues() throws {
        let surface = try PixelImage.surface(width: 41, height: 19) { x, y in
            [PixelImage.noise(x, y), PixelImage.noise(x, y, 1), PixelImage.noise(x, y, 2), UInt8((x * 7 + y) % 256)]
        }
        _ = try Self.encodeAndCheck(surface, colourType: 6, bitDepth: 8)
    }

    @Test(arguments: [(2, 1), (3, 2), (4, 2), (5, 4), (16, 4), (17, 8), (256, 8)])
    func paletteBitDepthFollowsTheColourCount(colours: Int, bitDepth: Int) throws {
        // 13 columns: rows of 1, 2 and 4-bit indices end inside a byte.
        let surface = try PixelImage.surface(width: 13, height: 21) { x, y in
            let index = (x + y * 13) % colours
            return [UInt8(index), UInt8(255 - index), 40, 255]
        }
        let file = try Self.encodeAndCheck(surface, colourType: 3, bitDepth: bitDepth)
        #expect(file.chunk("PLTE")?.data.count == colours * 3)
        #expect(file.chunk("tRNS") == nil)
    }

    @Test func translucentPaletteColoursGetTransparency() throws {
        let surface = try PixelImage.surface(width: 9, height: 7) { x, _ in
            [[200, 10, 10, 255], [10, 10, 200, 128], [0, 0, 0, 0], [10, 200, 10, 30]][x % 4]
        }
        let file = try Self.encodeAndCheck(surface, colourType: 3, bitDepth: 2)
        // Translucent entries first, so tRNS stops before the opaque one.
        #expect(file.chunk("tRNS")?.data.count == 3)
    }

    @Test func manyGreyLevelsAreGrey() throws {
        let surface = try PixelImage.surface(width: 31, height: 17) { x, y in
            let level = UInt8((x * 8 + y) % 256)
            return [level, level, level, 255]
        }
        let file = try Self.encodeAndCheck(surface, colourType: 0, bitDepth: 8)
        #expect(file.chunk("PLTE") == nil)
    }

    @Test func greyPaletteWithOneTranslucentColourStaysAPalette() throws {
        // 200 grey levels and one translucent grey: the palette search, not a scan of the pixels, must see that the
        // image is not opaque, so it keeps the palette (one byte a pixel with tRNS) rather than grey with alpha.
        let surface = try PixelImage.surface(width: 20, height: 10) { x, y in
            let level = UInt8(x + y * 20)
            return [level, level, level, x == 19 && y == 9 ? 128 : 255]
        }
        let file = try Self.encodeAndCheck(surface, colourType: 3, bitDepth: 8)
        #expect(file.chunk("tRNS")?.data.count == 1)
    }

    @Test func fewGreyLevelsStayAPaletteThatPacksBelowEightBits() throws {
        let surface = try PixelImage.surface(width: 10, height: 10) { x, _ in
            x < 5 ? [0, 0, 0, 255] : [255, 255, 255, 255]
        }
        _ = try Self.encodeAndCheck(surface, colourType: 3, bitDepth: 1)
    }

    @Test func greyWithManyAlphaLevelsIsGreyAlpha() throws {
        let surface = try PixelImage.surface(width: 29, height: 23) { x, y in
            let level = PixelImage.noise(x, y)
            return [level, level, level, UInt8(1 + (x * 29 + y) % 255)]
        }
        _ = try Self.encodeAndCheck(surface, colourType: 4, bitDepth: 8)
    }

    @Test func withoutPaletteFewColoursAreTruecolour() throws {
        let surface = try SurfacePNGTests.threeColourImage()
        _ = try Self.encodeAndCheck(surface, colourType: 2, bitDepth: 8, palette: false)
    }

    @Test func onePixelImages() throws {
        for rgba: [UInt8] in [[12, 34, 56, 255], [12, 34, 56, 100], [0, 0, 0, 0], [90, 90, 90, 255]] {
            let surface = try PixelImage.surface(width: 1, height: 1) { _, _ in rgba }
            for palette in [false, true] {
                var options = PNGOptions(compressionLevel: 0, usesPaletteWhenPossible: palette)
                let data = try surface.pngData(options: options)
                #expect(try PNGFile(data).decodeStoredPixels() == PixelImage.expectedPixels(of: surface))
                options.compressionLevel = 9
                let compressed = try surface.pngData(options: options)
                #expect(try ImageComparison(expected: surface, actual: Surface(pngData: compressed)).isIdentical)
            }
        }
    }
}
