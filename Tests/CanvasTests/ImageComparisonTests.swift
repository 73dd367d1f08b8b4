import Canvas
import Testing

@Suite struct ImageComparisonTests {
    @Test func identicalImagesDoNotDiffer() throws {
        let first = try Surface(width: 200, height: 150)
        let second = try Surface(width: 200, height: 150)
        try Drawing.scene(on: first)
        try Drawing.scene(on: second)
        let comparison = try ImageComparison(expected: first, actual: second)
        #expect(comparison.isIdentical)
        #expect(comparison.maximumChannelDifference == 0)
        #expect(comparison.changedFraction == 0)
    }

    @Test func countsChangedPixelsAboveTheTolerance() throws {
        let expected = try Surface(width: 10, height: 10)
        try expected.paint(.white)
        let actual = try Surface(width: 10, height: 10)
        try actual.paint(.white)
        actual.addRect(CanvasRect(x: 3, y: 4, width: 1, height: 1))
        try actual.fill(.black)
        actual.addRect(CanvasRect(x: 6, y: 7, width: 1, height: 1))
        try actual.fill(Color(red: 250.0 / 255, green: 1, blue: 1))
        let strict = try ImageComparison(expected: expected, actual: actual)
        #expect(strict.changedPixelCount == 2)
        #expect(strict.changedFraction == 0.02)
        #expect(strict.maximumChannelDifference == 255)
        #expect(try ImageComparison(expected: expected, actual: actual, channelTolerance: 5).changedPixelCount == 1)
        #expect(try ImageComparison(expected: expected, actual: actual, channelTolerance: 255).isIdentical)
    }

    @Test func diffImageMarksChangedPixelsRedOverAFadedCopy() throws {
        let expected = try Surface(width: 10, height: 10)
        try expected.paint(.black)
        let actual = try Surface(width: 10, height: 10)
        try actual.paint(.black)
        actual.addRect(CanvasRect(x: 2, y: 3, width: 1, height: 1))
        try actual.fill(.white)
        let diff = try ImageComparison.diffImage(expected: expected, actual: actual)
        #expect(try diff.pixel(x: 2, y: 3).hexString == "#ff0000")
        // Black faded to a third over white.
        #expect(try diff.pixel(x: 5, y: 5).hexString == "#aaaaaa")
        #expect(diff.width == 10 && diff.height == 10)
    }

    @Test func comparesDevicePixelsOfScaledImages() throws {
        let expected = try Surface(width: 10, height: 10, scale: 2)
        let actual = try Surface(width: 20, height: 20)
        try expected.paint(.black)
        try actual.paint(.black)
        #expect(try ImageComparison(expected: expected, actual: actual).isIdentical)
        let diff = try ImageComparison.diffImage(expected: expected, actual: actual)
        #expect(try diff.pixel(x: 19, y: 19).hexString == "#aaaaaa")
    }

    @Test func differentSizesThrow() throws {
        let expected = try Surface(width: 10, height: 10)
        let actual = try Surface(width: 10, height: 11)
        #expect(
            throws: CanvasError.sizeMismatch(expectedWidth: 10, expectedHeight: 10, actualWidth: 10, actualHeight: 11)
        ) {
            try ImageComparison(expected: expected, actual: actual)
        }
        #expect(throws: CanvasError.self) {
            try ImageComparison(expected: expected, actual: expected, channelTolerance: 256)
        }
    }
}
