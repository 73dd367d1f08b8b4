import Canvas
import Foundation
import Testing

/// pngcheck (an independent validator: chunk order, CRCs, IHDR fields, palette sizes, text keywords and the
/// inflated image data) accepts every kind of file the writer produces.
@Suite(.enabled(if: PNGCheck.isInstalled, "pngcheck is not installed (Debian package pngcheck)"))
struct PNGValidityTests {
    @Test func everyColourTypeAndChunkIsValid() throws {
        var images: [(String, Surface)] = try PNGFilterTests.images()
        images.append(
            (
                "scene",
                try { () throws -> Surface in
                    let surface = try Surface(width: 120, height: 90)
                    try Drawing.scene(on: surface)
                    return surface
                }()
            ))
        images.append(
            (
                "translucent-palette",
                try PixelImage.surface(width: 9, height: 7) { x, _ in
                    [[200, 10, 10, 255], [10, 10, 200, 128], [0, 0, 0, 0]][x % 3]
                }
            ))
        images.append(("one-pixel", try PixelImage.surface(width: 1, height: 1) { _, _ in [1, 2, 3, 4] }))
        var options = PNGOptions(textChunks: [
            PNGOptions.TextChunk(key: "Title", value: "Karabakh 2023-09-19"),
            PNGOptions.TextChunk(key: "Description", value: "Şuşa / Շուշի"),
        ])
        options.dotsPerInch = 144
        for (name, surface) in images {
            for level in [0, 1, 6, 12] {
                for filter in [PNGOptions.Filter.automatic, .paeth, .adaptive] {
                    options.compressionLevel = level
                    options.filter = filter
                    let verdict = try PNGCheck.check(surface.pngData(options: options))
                    #expect(verdict.isValid, "\(name), level \(level), \(filter): \(verdict.output)")
                }
            }
        }
    }
}
