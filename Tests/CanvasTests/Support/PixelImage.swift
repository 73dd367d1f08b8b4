import Foundation

@testable import Canvas

/// Images made pixel by pixel, for encoder tests that need exact colour counts, alpha levels and sizes.
enum PixelImage {
    /// A surface whose pixel at (x, y) is `colour(x, y)`, given as straight RGBA bytes and stored as Cairo does
    /// (premultiplied, rounded to nearest).
    static func surface(width: Int, height: Int, colour: (Int, Int) -> [UInt8]) throws -> Surface {
        let surface = try Surface(width: width, height: height)
        try surface.withMutablePixelWords { words, wordsPerRow in
            for y in 0..<height {
                for x in 0..<width {
                    let rgba = colour(x, y).map(UInt32.init)
                    let alpha = rgba[3]
                    func premultiplied(_ component: UInt32) -> UInt32 { (component * alpha + 127) / 255 }
                    words[y * wordsPerRow + x] =
                        alpha << 24 | premultiplied(rgba[0]) << 16
                        | premultiplied(rgba[1]) << 8 | premultiplied(rgba[2])
                }
            }
        }
        return surface
    }

    /// The straight RGBA bytes a lossless PNG of `surface` must hold, computed here from Cairo's words with the
    /// rounding of PNG writers (libpng's `png_set_unpremultiply`-style): (c·255 + a/2) / a, and 0 when a = 0.
    static func expectedPixels(of surface: Surface) throws -> [[UInt8]] {
        try surface.withPixelWords { words, wordsPerRow in
            var pixels: [[UInt8]] = []
            for y in 0..<surface.height {
                for x in 0..<surface.width {
                    let word = words[y * wordsPerRow + x]
                    let alpha = word >> 24
                    guard alpha > 0 else {
                        pixels.append([0, 0, 0, 0])
                        continue
                    }
                    let components = [word >> 16 & 0xff, word >> 8 & 0xff, word & 0xff]
                    pixels.append(components.map { UInt8(min(($0 * 255 + alpha / 2) / alpha, 255)) } + [UInt8(alpha)])
                }
            }
            return pixels
        }
    }

    /// A pseudo-random byte from a position and a seed: varied content that is the same on every run.
    static func noise(_ x: Int, _ y: Int, _ seed: Int = 0) -> UInt8 {
        var value = UInt32(truncatingIfNeeded: x &* 73_856_093 ^ y &* 19_349_663 ^ seed &* 83_492_791)
        value ^= value >> 13
        value = value &* 0x5bd1_e995
        value ^= value >> 15
        return UInt8(truncatingIfNeeded: value)
    }
}
