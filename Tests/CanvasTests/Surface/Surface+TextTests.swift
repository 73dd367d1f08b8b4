import Canvas
import Testing

@Suite struct SurfaceTextTests {
    /// The box of pixels whose alpha exceeds a quarter, in device pixels.
    static func inkBox(_ surface: Surface) throws -> CanvasRect? {
        var points: [CanvasPoint] = []
        for y in 0..<surface.height {
            for x in 0..<surface.width where try surface.pixel(x: x, y: y).alpha > 0.25 {
                points.append(CanvasPoint(x: Double(x), y: Double(y)))
                points.append(CanvasPoint(x: Double(x + 1), y: Double(y + 1)))
            }
        }
        return CanvasRect(enclosing: points)
    }

    @Test func surfaceMeasuresLikeTheFontAtEveryScale() throws {
        let font = try FontFace(contentsOfFile: FontFace.dejaVuSansPath)
        let reference = try font.textExtents("Xankəndi / Ստեփանակերտ", size: 14)
        for scale in [1.0, 2, 3] {
            let surface = try Surface(width: 10, height: 10, scale: scale)
            let measured = try surface.textExtents("Xankəndi / Ստեփանակերտ", font: font, size: 14)
            #expect(abs(measured.advanceWidth - reference.advanceWidth) < 0.001, "scale \(scale)")
            #expect(abs(measured.inkBounds.width - reference.inkBounds.width) < 0.01, "scale \(scale)")
            #expect(abs(measured.inkBounds.y - reference.inkBounds.y) < 0.01, "scale \(scale)")
        }
        let metrics = try Surface(width: 10, height: 10, scale: 2).fontMetrics(font: font, size: 14)
        #expect(abs(metrics.ascent - (try font.metrics(size: 14)).ascent) < 0.001)
    }

    @Test func extentsScaleLinearlyOnASurface() throws {
        let font = try FontFace(contentsOfFile: FontFace.dejaVuSansPath)
        let surface = try Surface(width: 10, height: 10)
        let base = try surface.textExtents("Lachin corridor", font: font, size: 9)
        for size in [11.0, 18, 36] {
            let extents = try surface.textExtents("Lachin corridor", font: font, size: size)
            #expect(abs(extents.advanceWidth / base.advanceWidth - size / 9) / (size / 9) < 0.01)
        }
    }

    @Test func doubleScaleDrawsTheSameLogicalLayout() throws {
        let font = try FontFace(contentsOfFile: FontFace.dejaVuSansPath)
        let origin = CanvasPoint(x: 10, y: 30)
        var boxes: [CanvasRect] = []
        for scale in [1.0, 2] {
            let surface = try Surface(width: 160, height: 45, scale: scale)
            try surface.drawText("Stepanakert", at: origin, font: font, size: 20, color: .black)
            let box = try #require(try SurfaceTextTests.inkBox(surface))
            boxes.append(
                CanvasRect(x: box.x / scale, y: box.y / scale, width: box.width / scale, height: box.height / scale))
        }
        for (one, two) in [
            (boxes[0].minX, boxes[1].minX), (boxes[0].maxX, boxes[1].maxX),
            (boxes[0].minY, boxes[1].minY), (boxes[0].maxY, boxes[1].maxY),
        ] {
            #expect(abs(one - two) <= 1, "\(boxes[0]) vs \(boxes[1])")
        }
        // And the measured ink box is where the pixels are.
        let extents = try font.textExtents("Stepanakert", size: 20)
        let predicted = extents.inkBounds.offsetBy(dx: origin.x, dy: origin.y)
        #expect(abs(predicted.minX - boxes[1].minX) <= 1 && abs(predicted.maxX - boxes[1].maxX) <= 1)
        #expect(abs(predicted.minY - boxes[1].minY) <= 1 && abs(predicted.maxY - boxes[1].maxY) <= 1)
    }

    @Test func haloSurroundsTheTextUnderneath() throws {
        let font = try FontFace(contentsOfFile: FontFace.dejaVuSansPath)
        let plain = try Surface(width: 120, height: 40)
        try plain.drawText("Şuşa", at: CanvasPoint(x: 10, y: 28), font: font, size: 20, color: .black)
        let haloed = try Surface(width: 120, height: 40)
        try haloed.drawText(
            "Şuşa", at: CanvasPoint(x: 10, y: 28), font: font, size: 20, color: .black,
            halo: .white, haloWidth: 3)
        let plainBox = try #require(try SurfaceTextTests.inkBox(plain))
        let haloBox = try #require(try SurfaceTextTests.inkBox(haloed))
        #expect(abs(haloBox.minX - (plainBox.minX - 3)) <= 1)
        #expect(abs(haloBox.maxX - (plainBox.maxX + 3)) <= 1)
        #expect(abs(haloBox.minY - (plainBox.minY - 3)) <= 1)
        // The text is drawn over the halo, not under it.
        var black = 0, white = 0
        for y in 0..<40 {
            for x in 0..<120 {
                let pixel = try haloed.pixel(x: x, y: y)
                if pixel == .black { black += 1 }
                if pixel == .white { white += 1 }
            }
        }
        #expect(black > 30)
        #expect(white > 100)
    }

    @Test func drawingTextLeavesNoCurrentPoint() throws {
        let font = try FontFace(contentsOfFile: FontFace.dejaVuSansPath)
        let surface = try Surface(width: 50, height: 20)
        try surface.drawText("Ağdam", at: CanvasPoint(x: 2, y: 15), font: font, size: 10, color: .black)
        #expect(surface.pathBounds == .zero)
        #expect(throws: CanvasError.self) {
            try surface.drawText("x", at: .zero, font: font, size: 10, color: .black, halo: .white, haloWidth: -1)
        }
        #expect(throws: CanvasError.self) { try surface.textExtents("x", font: font, size: -3) }
    }
}
