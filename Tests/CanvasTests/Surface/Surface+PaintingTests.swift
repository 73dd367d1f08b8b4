import Canvas
import Testing

/// Fills, strokes, dashes, hatches and groups, checked pixel by pixel.
@Suite struct SurfacePaintingTests {
    @Test func evenOddFillLeavesHoles() throws {
        let surface = try Surface(width: 30, height: 30)
        let square = { (low: Double, high: Double) in
            [
                CanvasPoint(x: low, y: low), CanvasPoint(x: high, y: low), CanvasPoint(x: high, y: high),
                CanvasPoint(x: low, y: high),
            ]
        }
        // The hole has the same winding as the exterior: only the even-odd rule cuts it out.
        surface.addPolygon(rings: [square(0, 30), square(10, 20)])
        try surface.fill(.black)
        #expect(try surface.pixel(x: 15, y: 15) == .clear)
        #expect(try surface.pixel(x: 5, y: 15) == .black)
        surface.addPolygon(rings: [square(0, 30), square(10, 20)])
        try surface.fill(.black, evenOdd: false)
        #expect(try surface.pixel(x: 15, y: 15) == .black)
    }

    @Test func strokeCoversItsWidthAndDashesLeaveGaps() throws {
        let surface = try Surface(width: 40, height: 20)
        surface.addPolyline([CanvasPoint(x: 0, y: 5), CanvasPoint(x: 40, y: 5)])
        try surface.stroke(.black, width: 2, cap: .butt)
        #expect(try surface.pixel(x: 20, y: 4) == .black)
        #expect(try surface.pixel(x: 20, y: 5) == .black)
        #expect(try surface.pixel(x: 20, y: 6) == .clear)
        #expect(try surface.pixel(x: 20, y: 3) == .clear)

        surface.addPolyline([CanvasPoint(x: 0, y: 15), CanvasPoint(x: 40, y: 15)])
        try surface.stroke(.black, width: 2, dash: [4, 4], cap: .butt)
        #expect(try surface.pixel(x: 1, y: 15) == .black)
        #expect(try surface.pixel(x: 5, y: 15) == .clear)
        #expect(try surface.pixel(x: 9, y: 15) == .black)
    }

    @Test func invalidStrokeArgumentsThrow() throws {
        let surface = try Surface(width: 10, height: 10)
        surface.addPolyline([CanvasPoint(x: 0, y: 5), CanvasPoint(x: 10, y: 5)])
        #expect(throws: CanvasError.self) { try surface.stroke(.black, width: -1) }
        #expect(throws: CanvasError.self) { try surface.stroke(.black, width: 1, dash: [0, 0]) }
        #expect(throws: CanvasError.self) { try surface.stroke(.black, width: 1, dash: [-1, 2]) }
    }

    @Test func hatchPutsColourOnlyInsideThePath() throws {
        let surface = try Surface(width: 40, height: 40)
        try surface.paint(.white)
        let area = CanvasRect(x: 10, y: 10, width: 20, height: 20)
        surface.addRect(area)
        try surface.fillHatched(.black, spacing: 4, angleDegrees: 45, lineWidth: 1)
        var inked = 0, blank = 0
        for y in 0..<40 {
            for x in 0..<40 {
                let pixel = try surface.pixel(x: x, y: y)
                if area.contains(CanvasPoint(x: Double(x), y: Double(y))) {
                    if pixel.red < 0.5 { inked += 1 } else if pixel == .white { blank += 1 }
                } else {
                    #expect(pixel == .white, "pixel (\(x), \(y)) outside the hatched area changed")
                }
            }
        }
        // One-pixel lines every four pixels: about a quarter of the area is ink, and most of the rest is untouched.
        #expect(inked > 40 && inked < 200)
        #expect(blank > 150)
    }

    @Test func hatchLinesRiseAtFortyFiveDegrees() throws {
        let surface = try Surface(width: 40, height: 40)
        surface.addRect(CanvasRect(x: 0, y: 0, width: 40, height: 40))
        try surface.fillHatched(.black, spacing: 8, angleDegrees: 45, lineWidth: 2)
        // Rising to the right: the coverage at (x, y) repeats at (x + 3, y - 3), along a line, but not at
        // (x + 4, y + 4), 5.7 px across the lines (spacing 8). A uniform grey or lines falling to the right fail.
        var coverage = 0.0, alongDiffers = 0, acrossDiffers = 0, pixels = 0
        for y in 3..<36 {
            for x in 0..<36 {
                let here = try surface.pixel(x: x, y: y).alpha
                coverage += here
                pixels += 1
                if abs(here - (try surface.pixel(x: x + 3, y: y - 3).alpha)) > 8.0 / 255 { alongDiffers += 1 }
                if abs(here - (try surface.pixel(x: x + 4, y: y + 4).alpha)) > 8.0 / 255 { acrossDiffers += 1 }
            }
        }
        // Lines 2 wide every 8: a quarter of the area is ink.
        #expect(abs(coverage / Double(pixels) - 0.25) < 0.03, "coverage \(coverage / Double(pixels))")
        #expect(alongDiffers == 0, "\(alongDiffers) pixels differ along the lines")
        #expect(acrossDiffers > pixels / 2, "only \(acrossDiffers) of \(pixels) pixels differ across the lines")
    }

    @Test func hatchBackgroundFillsBetweenTheLinesAndPatternIsContinuous() throws {
        let whole = try Surface(width: 40, height: 20)
        whole.addRect(CanvasRect(x: 0, y: 0, width: 40, height: 20))
        try whole.fillHatched(.black, spacing: 5, angleDegrees: 30, lineWidth: 1.5, background: Color(hex: "#fde0dd"))
        #expect(try (0..<20).contains { x in try whole.pixel(x: x, y: 10).hexString == "#fde0dd" })
        // and the lines are drawn over it: a row crosses several of them (spacing 5, 40 px wide).
        #expect(try (0..<40).filter { x in try whole.pixel(x: x, y: 10).red < 0.3 }.count >= 4)

        let halves = try Surface(width: 40, height: 20)
        for left in [0.0, 20.0] {
            halves.addRect(CanvasRect(x: left, y: 0, width: 20, height: 20))
            try halves.fillHatched(
                .black, spacing: 5, angleDegrees: 30, lineWidth: 1.5, background: Color(hex: "#fde0dd"))
        }
        // Two halves hatched separately continue each other's lines exactly: both are painted from one tile
        // repeated from the origin.
        let comparison = try ImageComparison(expected: whole, actual: halves)
        #expect(comparison.isIdentical, "\(comparison)")
    }

    @Test(arguments: [1.0, 2.0])
    func aHatchedWindowIsExactlyThatPartOfTheWholeHatch(scale: Double) throws {
        // A tile painted alone (the tile server) and the same place in a metatile must be the same pixels. The
        // window is shifted by whole pixels; the shape reaches beyond it.
        func paint(_ surface: Surface) throws {
            surface.addPolygon(rings: [
                [
                    CanvasPoint(x: 5, y: 3), CanvasPoint(x: 97, y: 20), CanvasPoint(x: 80, y: 96),
                    CanvasPoint(x: 2, y: 70),
                ]
            ])
            try surface.fillHatched(
                Color(hex: "#d55e00"), spacing: 7, angleDegrees: 45, lineWidth: 1.6, background: Color(hex: "#f6eda6"))
            surface.addRect(CanvasRect(x: 0, y: 0, width: 100, height: 100))
            try surface.fillHatched(Color(red: 0, green: 0, blue: 0, alpha: 0.6), spacing: 11, angleDegrees: -45)
        }
        let whole = try Surface(width: 100, height: 100, scale: scale)
        try paint(whole)
        let window = try Surface(width: 40, height: 30, scale: scale)
        window.translate(x: -37, y: -51)
        try paint(window)
        let cut = try Surface(width: 40, height: 30, scale: scale)
        try cut.draw(whole, at: CanvasPoint(x: -37, y: -51))
        let comparison = try ImageComparison(expected: cut, actual: window)
        #expect(comparison.isIdentical, "\(comparison)")
        // Not a blank window: both hatch colours and the background are in it.
        #expect(try window.uniformColor() == nil)
    }

    @Test func aHatchOfVeryLongPeriodIsStillDrawn() throws {
        // Spacing 200 at 4°: a period of 200 / sin 4° = 2,867 px across, 22,936 device pixels at scale 8, past the
        // largest hatch tile, so the lines are stroked. One line crosses the surface, nearly level: its two ends,
        // 40 px apart, differ in height by about 40 · tan 4° = 2.8 px.
        // The lines are anchored at the user-space origin: moved to the middle of the left edge, the line through
        // it crosses the surface.
        let surface = try Surface(width: 40, height: 40, scale: 8)
        surface.translate(x: 0, y: 20)
        surface.addRect(CanvasRect(x: 0, y: -20, width: 40, height: 40))
        try surface.fillHatched(.black, spacing: 200, angleDegrees: 4, lineWidth: 2)
        func inkedRows(atColumn x: Int) throws -> [Int] {
            try (0..<surface.height).filter { y in try surface.pixel(x: x, y: y).alpha > 0.5 }
        }
        let left = try inkedRows(atColumn: 0), right = try inkedRows(atColumn: surface.width - 1)
        #expect(!left.isEmpty && !right.isEmpty, "no line crosses the surface")
        if let leftMiddle = left.first, let rightMiddle = right.first {
            // Rising to the right: the right end is higher (smaller y), by 2.8 px, 22 device pixels, give or take 2.
            #expect(abs(Double(leftMiddle - rightMiddle) - 2.8 * 8) <= 2, "left \(leftMiddle), right \(rightMiddle)")
        }
    }

    @Test func hatchCanPreserveThePath() throws {
        let surface = try Surface(width: 20, height: 20)
        surface.addRect(CanvasRect(x: 2, y: 3, width: 10, height: 12))
        try surface.fillHatched(.black, spacing: 3, preserve: true)
        #expect(surface.pathBounds == CanvasRect(x: 2, y: 3, width: 10, height: 12))
        try surface.stroke(.black, width: 1)
        #expect(surface.pathBounds == .zero)
        #expect(throws: CanvasError.self) { try surface.fillHatched(.black, spacing: 0) }
    }

    @Test func groupFadesOverlappingShapesAsOne() throws {
        let surface = try Surface(width: 30, height: 10)
        try surface.withGroup(opacity: 0.5) { () throws(CanvasError) in
            surface.addRect(CanvasRect(x: 0, y: 0, width: 20, height: 10))
            try surface.fill(Color(hex: "#ff0000"))
            surface.addRect(CanvasRect(x: 10, y: 0, width: 20, height: 10))
            try surface.fill(Color(hex: "#ff0000"))
        }
        #expect(try surface.pixel(x: 5, y: 5).hexString == "#ff000080")
        #expect(try surface.pixel(x: 15, y: 5).hexString == "#ff000080")
        #expect(try surface.pixel(x: 25, y: 5).hexString == "#ff000080")
    }

    @Test func groupDiscardsItsLayerWhenTheBodyThrows() throws {
        struct Stop: Error {}
        let surface = try Surface(width: 10, height: 10)
        #expect(throws: Stop.self) {
            try surface.withGroup(opacity: 1) { () throws(Stop) in
                surface.addRect(CanvasRect(x: 0, y: 0, width: 10, height: 10))
                try? surface.fill(.black)
                throw Stop()
            }
        }
        #expect(try surface.pixel(x: 5, y: 5) == .clear)
        surface.addRect(CanvasRect(x: 0, y: 0, width: 10, height: 10))
        try surface.fill(.white)
        #expect(try surface.pixel(x: 5, y: 5) == .white)
    }
}
