import Canvas
import Foundation
import Testing

/// Loading DejaVu with FreeType, the errors for missing and non-font files, and text measures and coverage.
@Suite struct FontFaceTests {
    @Test func loadsDejaVu() throws {
        let regular = try FontFace(contentsOfFile: FontFace.dejaVuSansPath)
        let bold = try FontFace(contentsOfFile: FontFace.dejaVuSansBoldPath)
        #expect(regular.familyName == "DejaVu Sans")
        #expect(regular.styleName == "Book")
        #expect(bold.styleName == "Bold")
        #expect(regular.path == FontFace.dejaVuSansPath)
    }

    @Test func missingFileThrowsFontNotFound() {
        let path = "/nonexistent/chronomap/NoSuchFont.ttf"
        #expect(throws: CanvasError.fontNotFound(path)) { try FontFace(contentsOfFile: path) }
    }

    @Test func nonFontFileThrowsFontUnreadable() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "chronomap-not-a-font-\(UUID().uuidString).ttf")
        try Data("this is not a font".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let error = #expect(throws: CanvasError.self) { try FontFace(contentsOfFile: url.path) }
        guard case .fontUnreadable(let path, let reason)? = error else {
            Issue.record("expected fontUnreadable, got \(String(describing: error))")
            return
        }
        #expect(path == url.path)
        #expect(reason == "not a font file FreeType knows")
        #expect(error?.description.hasPrefix(url.path + ": ") == true)
    }

    @Test func folderThrowsFontUnreadable() {
        let error = #expect(throws: CanvasError.self) { try FontFace(contentsOfFile: "/usr/share/fonts") }
        #expect(error == .fontUnreadable(path: "/usr/share/fonts", reason: "is a folder"))
    }

    @Test func extentsScaleLinearlyWithSize() throws {
        let font = try FontFace(contentsOfFile: FontFace.dejaVuSansPath)
        let small = try font.textExtents("Stepanakert Khankendi", size: 10)
        for size in [13.0, 20, 40, 97] {
            let large = try font.textExtents("Stepanakert Khankendi", size: size)
            let factor = size / 10
            #expect(abs(large.advanceWidth / (small.advanceWidth * factor) - 1) < 0.01)
            #expect(abs(large.inkBounds.width / (small.inkBounds.width * factor) - 1) < 0.01)
            #expect(abs(large.inkBounds.height / (small.inkBounds.height * factor) - 1) < 0.01)
        }
        // Ink rises above the baseline: negative y.
        #expect(small.inkBounds.y < 0)
        #expect(small.advance.y == 0)
    }

    @Test func metricsAreProportional() throws {
        let font = try FontFace(contentsOfFile: FontFace.dejaVuSansPath)
        let metrics = try font.metrics(size: 20)
        #expect(metrics.ascent > 10 && metrics.ascent < 25)
        #expect(metrics.descent > 0 && metrics.descent < 10)
        #expect(metrics.lineHeight >= metrics.ascent + metrics.descent - 0.01)
        let doubled = try font.metrics(size: 40)
        #expect(abs(doubled.ascent / metrics.ascent - 2) < 0.01)
    }

    @Test func coversAzerbaijaniAndArmenianButNotHan() throws {
        let font = try FontFace(contentsOfFile: FontFace.dejaVuSansPath)
        #expect(try font.missingCharacters(in: "Şuşa Xankəndi Ağdam Շուշի Ստեփանակերտ\n").isEmpty)
        #expect(try font.missingCharacters(in: "Shusha 漢字漢") == ["漢", "字"])
    }

    @Test func rejectsSizesThatAreNotPositive() throws {
        let font = try FontFace(contentsOfFile: FontFace.dejaVuSansPath)
        #expect(throws: CanvasError.self) { try font.textExtents("x", size: 0) }
        #expect(throws: CanvasError.self) { try font.metrics(size: .nan) }
    }

    @Test func faceOutlivesItsSwiftObjectWhileASurfaceUsesIt() throws {
        let surface = try Surface(width: 60, height: 20)
        do {
            let font = try FontFace(contentsOfFile: FontFace.dejaVuSansPath)
            try surface.drawText("Ağdam", at: CanvasPoint(x: 2, y: 15), font: font, size: 12, color: .black)
        }
        // The context still refers to the Cairo face; drawing with it again must not touch freed FreeType memory.
        surface.addRect(CanvasRect(x: 0, y: 0, width: 1, height: 1))
        try surface.fill(.black)
        let again = try FontFace(contentsOfFile: FontFace.dejaVuSansPath)
        try surface.drawText("Ağdam", at: CanvasPoint(x: 2, y: 15), font: again, size: 12, color: .black)
        // The word is drawn (a crash or a silently failed draw would leave only the one-pixel square).
        var inked = 0
        for y in 0..<surface.height {
            for x in 2..<surface.width where try surface.pixel(x: x, y: y).alpha > 0.5 { inked += 1 }
        }
        #expect(inked > 30, "\(inked) pixels of text")
    }
}
