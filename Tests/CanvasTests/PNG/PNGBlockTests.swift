import Foundation
import Testing

@testable import Canvas

/// Encoding and inspecting a block of a surface's pixels (a tile of a metatile) without copying it out first.
///
/// The expected pixels are picked by hand out of the whole image's straight pixels (`PixelImage.expectedPixels`),
/// and the files are read by the tests' own decoder (`PNGFile`) and by Cairo's reader.
@Suite struct PNGBlockTests {
    /// Noise, opaque in the top third and translucent below (a fresh surface for each test: surfaces are not
    /// `Sendable`).
    static func image() throws -> Surface {
        try PixelImage.surface(width: 40, height: 30) { x, y in
            [PixelImage.noise(x, y), PixelImage.noise(x, y, 1), PixelImage.noise(x, y, 2), y < 10 ? 255 : 200]
        }
    }

    /// The straight pixels of a block, cut from the whole image's.
    static func expectedPixels(of surface: Surface, in block: PixelBlock) throws -> [[UInt8]] {
        let all = try PixelImage.expectedPixels(of: surface)
        return (block.y..<(block.y + block.height)).flatMap { row in
            all[(row * surface.width + block.x)..<(row * surface.width + block.x + block.width)]
        }
    }

    @Test(arguments: [
        PixelBlock(x: 7, y: 5, width: 13, height: 11), PixelBlock(x: 0, y: 0, width: 40, height: 30),
        PixelBlock(x: 39, y: 29, width: 1, height: 1), PixelBlock(x: 20, y: 0, width: 20, height: 9),
    ])
    func aBlockHoldsExactlyItsPixels(block: PixelBlock) throws {
        let surface = try Self.image()
        let stored = try PNGFile(surface.pngData(of: block, options: PNGOptions(compressionLevel: 0, filter: .none)))
        #expect(stored.width == block.width && stored.height == block.height)
        #expect(try stored.decodeStoredPixels() == Self.expectedPixels(of: surface, in: block))
    }

    @Test func aBlockEncodesAsTheSameBlockCopiedIntoASurfaceOfItsOwn() throws {
        let surface = try Self.image()
        let block = PixelBlock(x: 11, y: 8, width: 17, height: 9)
        let copy = try Surface(width: block.width, height: block.height)
        try copy.draw(surface, at: CanvasPoint(x: -Double(block.x), y: -Double(block.y)))
        for options in [PNGOptions(), PNGOptions(compressionLevel: 9, usesPaletteWhenPossible: false)] {
            let data = try surface.pngData(of: block, options: options)
            #expect(data == (try copy.pngData(options: options)))
            #expect(try ImageComparison(expected: copy, actual: Surface(pngData: data)).isIdentical)
        }
    }

    @Test func aBlockOfFewColoursIsAPaletteEvenWhenTheImageIsNot() throws {
        let surface = try PixelImage.surface(width: 64, height: 32) { x, y in
            x < 32 ? [PixelImage.noise(x, y), PixelImage.noise(x, y, 1), 9, 255] : [x < 48 ? 30 : 220, 120, 60, 255]
        }
        let whole = try PNGFile(surface.pngData(options: PNGOptions(compressionLevel: 0)))
        #expect(whole.colorType == 2)
        let block = PixelBlock(x: 32, y: 0, width: 32, height: 32)
        let part = try PNGFile(surface.pngData(of: block, options: PNGOptions(compressionLevel: 0)))
        #expect(part.colorType == 3 && part.bitDepth == 1)
        #expect(try part.decodeStoredPixels() == Self.expectedPixels(of: surface, in: block))
    }

    @Test func theColourOfAUniformBlock() throws {
        let surface = try PixelImage.surface(width: 20, height: 20) { x, y in
            x >= 5 && y >= 5 ? [200, 100, 50, 255] : [0, 0, 255, 128]
        }
        #expect(try surface.uniformColor() == nil)
        let uniform = try surface.uniformColor(in: PixelBlock(x: 5, y: 5, width: 15, height: 15))
        #expect(uniform == Color(red: 200 / 255, green: 100 / 255, blue: 50 / 255, alpha: 1))
        let corner = try #require(try surface.uniformColor(in: PixelBlock(x: 0, y: 0, width: 5, height: 20)))
        #expect(abs(corner.blue - 1) < 0.01 && abs(corner.alpha - 128 / 255) < 1e-9)
        #expect(try surface.uniformColor(in: PixelBlock(x: 4, y: 4, width: 2, height: 2)) == nil)
    }

    @Test(arguments: [
        PixelBlock(x: -1, y: 0, width: 5, height: 5), PixelBlock(x: 36, y: 0, width: 5, height: 5),
        PixelBlock(x: 0, y: 26, width: 5, height: 5), PixelBlock(x: 0, y: 0, width: 0, height: 5),
    ])
    func aBlockOutsideTheImageIsRejected(block: PixelBlock) throws {
        let surface = try Self.image()
        #expect(throws: CanvasError.invalidArgument("\(block) is not inside the 40×30 image")) {
            try surface.pngData(of: block)
        }
        #expect(throws: CanvasError.self) { try surface.uniformColor(in: block) }
    }
}
