import Canvas
import Foundation
import Testing

/// Every row filter on every colour type, undone by `PNGFile` (written from the specification's formulas, sharing
/// no code with the writer) from stored blocks, and by Cairo's reader (libpng) from compressed data.
@Suite struct PNGFilterTests {
    /// Images of each colour type (RGB and RGBA with more than 256 colours), with widths that leave partial bytes.
    static func images() throws -> [(name: String, surface: Surface)] {
        [
            (
                "rgb",
                try PixelImage.surface(width: 23, height: 13) { x, y in
                    [PixelImage.noise(x, y), UInt8(x * 11), UInt8(y * 20), 255]
                }
            ),
            (
                "rgba",
                try PixelImage.surface(width: 19, height: 16) { x, y in
                    [UInt8(x * 13), PixelImage.noise(x, y), 77, UInt8(30 + x * 5 + y)]
                }
            ),
            (
                "grey",
                try PixelImage.surface(width: 21, height: 13) { x, y in
                    let level = UInt8((x * 12 + y * 5) % 256)
                    return [level, level, level, 255]
                }
            ),
            (
                "palette-4bit",
                try PixelImage.surface(width: 11, height: 7) { x, y in
                    [UInt8((x + y) % 9 * 20), 0, 0, 255]
                }
            ),
            (
                "palette-8bit",
                try PixelImage.surface(width: 15, height: 12) { x, y in
                    [UInt8((x * 3 + y) % 40 * 6), 0, 99, 255]
                }
            ),
        ]
    }

    @Test(arguments: PNGOptions.Filter.allCases)
    func filterRoundTripsOnEveryColourType(filter: PNGOptions.Filter) throws {
        for (name, surface) in try Self.images() {
            let stored = try PNGFile(surface.pngData(options: PNGOptions(compressionLevel: 0, filter: filter)))
            #expect(try stored.decodeStoredPixels() == PixelImage.expectedPixels(of: surface), "\(name), \(filter)")
            let compressed = try surface.pngData(options: PNGOptions(compressionLevel: 6, filter: filter))
            #expect(
                try ImageComparison(expected: surface, actual: Surface(pngData: compressed)).isIdentical,
                "\(name), \(filter)")
        }
    }

    @Test func singleFiltersAreUsedOnEveryRow() throws {
        let surface = try Self.images()[0].surface
        let expected: [PNGOptions.Filter: UInt8] = [.none: 0, .sub: 1, .up: 2, .average: 3, .paeth: 4]
        for (filter, type) in expected {
            let file = try PNGFile(surface.pngData(options: PNGOptions(compressionLevel: 0, filter: filter)))
            // One filter byte per row of the image, each the filter asked for.
            #expect(try file.storedFilterTypes() == Array(repeating: type, count: surface.height), "\(filter)")
        }
    }

    @Test func adaptiveFilterPicksPerRow() throws {
        // Even rows are horizontal ramps far from the row above (Up predicts them badly); odd rows copy the row
        // above, which Up turns into zeros: the first filter tried that reaches the smallest possible sum.
        let surface = try PixelImage.surface(width: 64, height: 8) { x, y in
            let value = UInt8(truncatingIfNeeded: x * 3 + (y - y % 2) * 50)
            return [value, value &+ 1, 9, 255]
        }
        let options = PNGOptions(compressionLevel: 0, filter: .adaptive, usesPaletteWhenPossible: false)
        let file = try PNGFile(surface.pngData(options: options))
        let types = try file.storedFilterTypes()
        try #require(types.count == 8, "\(types)")
        #expect(stride(from: 1, to: 8, by: 2).allSatisfy { types[$0] == 2 }, "\(types)")
        #expect(stride(from: 2, to: 8, by: 2).allSatisfy { types[$0] != 2 && types[$0] != 0 }, "\(types)")
        #expect(try file.decodeStoredPixels() == PixelImage.expectedPixels(of: surface))
    }

    @Test func automaticFilterIsNone() throws {
        // Unfiltered rows deflate smallest on map renders at every level (scripts/png/README.md).
        for (name, surface) in try Self.images() {
            let file = try PNGFile(surface.pngData(options: PNGOptions(compressionLevel: 0)))
            #expect(try file.storedFilterTypes() == Array(repeating: 0, count: surface.height), "\(name)")
        }
    }
}
