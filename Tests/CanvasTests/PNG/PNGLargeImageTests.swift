import Canvas
import Foundation
import Testing

/// Images large enough to be compressed in bands on several threads and joined into one zlib stream
/// (png_deflate.c: one band per 2 MiB of filtered rows). Decoded by Cairo's reader, whose zlib knows nothing of the
/// joins; validated by pngcheck where it is installed.
@Suite struct PNGLargeImageTests {
    /// A 2000x1500 map-like render (about 9 MB of RGB rows: four bands) with thousands of antialiased colours.
    static func largeScene() throws -> Surface {
        let surface = try Surface(width: 200, height: 150, scale: 10)
        try Drawing.scene(on: surface)
        return surface
    }

    @Test(arguments: [0, 1, 2, 6, 9])
    func bandsJoinIntoOneValidStream(level: Int) throws {
        let surface = try Self.largeScene()
        let data = try surface.pngData(options: PNGOptions(compressionLevel: level))
        #expect(data[25] == 2)
        #expect(try ImageComparison(expected: surface, actual: Surface(pngData: data)).isIdentical, "level \(level)")
        if PNGCheck.isInstalled {
            let verdict = try PNGCheck.check(data)
            #expect(verdict.isValid, "level \(level): \(verdict.output)")
        }
    }

    @Test func translucentLargeImageJoinsToo() throws {
        // RGBA rows of 12 MB (five bands): overlapping translucent discs on a clear background.
        let surface = try Surface(width: 200, height: 150, scale: 10)
        for index in 0..<12 {
            surface.addCircle(center: CanvasPoint(x: Double(15 + index * 15), y: Double(20 + index * 10)), radius: 30)
            try surface.fill(Color(red: Double(index) / 12, green: 0.5, blue: 1 - Double(index) / 12, alpha: 0.35))
        }
        let data = try surface.pngData()
        #expect(data[25] == 6)
        #expect(try ImageComparison(expected: surface, actual: Surface(pngData: data)).isIdentical)
        if PNGCheck.isInstalled {
            let verdict = try PNGCheck.check(data)
            #expect(verdict.isValid, "\(verdict.output)")
        }
    }

    @Test func largePaletteImageJoinsToo() throws {
        // 3000x2000 one-byte indices (6 MB, two bands): 100 flat colours in pixel-aligned squares.
        let surface = try Surface(width: 3000, height: 2000)
        for row in 0..<10 {
            for column in 0..<10 {
                surface.addRect(CanvasRect(x: Double(column * 300), y: Double(row * 200), width: 300, height: 200))
                try surface.fill(Color(red: Double(row) / 9, green: Double(column) / 9, blue: 0.5))
            }
        }
        let data = try surface.pngData()
        #expect(data[25] == 3)
        #expect(try ImageComparison(expected: surface, actual: Surface(pngData: data)).isIdentical)
        if PNGCheck.isInstalled {
            let verdict = try PNGCheck.check(data)
            #expect(verdict.isValid, "\(verdict.output)")
        }
    }

    @Test func sameImageGivesSameBytesWhateverTheThreads() throws {
        let surface = try Self.largeScene()
        let first = try surface.pngData()
        for _ in 0..<3 {
            #expect(try surface.pngData() == first)
        }
    }
}
