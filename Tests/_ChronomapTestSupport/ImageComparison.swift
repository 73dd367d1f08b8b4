import Canvas

/// How much two raster images of the same size differ: the measure render tests use against reference PNGs.
///
/// Channels are compared as Cairo stores them (premultiplied), so colour differences in almost transparent
/// pixels count as little as they show.
///
/// ```swift
/// let comparison = try ImageComparison(expected: reference, actual: rendered, channelTolerance: 2)
/// if comparison.changedFraction > 0.001 {
///     let diff = try ImageComparison.diffImage(expected: reference, actual: rendered, channelTolerance: 2)
///     // write diff.pngData() next to the actual image
/// }
/// ```
public struct ImageComparison: Sendable, Hashable {
    /// Width of both images in device pixels.
    public let width: Int
    /// Height of both images in device pixels.
    public let height: Int
    /// The largest per-channel difference (0-255) still counted as equal.
    public let channelTolerance: Int
    /// Pixels with some channel differing by more than the tolerance.
    public let changedPixelCount: Int
    /// The largest per-channel difference found anywhere, 0-255.
    public let maximumChannelDifference: Int

    /// ``changedPixelCount`` as a fraction of all pixels, `0...1`.
    public var changedFraction: Double { Double(changedPixelCount) / Double(width * height) }

    /// Whether no pixel differs by more than the tolerance.
    public var isIdentical: Bool { changedPixelCount == 0 }

    /// Compares two raster images pixel by pixel.
    /// - Parameters:
    ///   - expected: The reference image.
    ///   - actual: The image under test.
    ///   - channelTolerance: The largest per-channel difference (0-255) that does not count; a little slack
    ///     absorbs antialiasing differences between Cairo builds.
    /// - Throws: ``CanvasError/notAnImage(operation:)``; ``CanvasError/sizeMismatch(expectedWidth:expectedHeight:actualWidth:actualHeight:)``;
    ///   ``CanvasError/invalidArgument(_:)`` for a tolerance outside 0-255.
    public init(expected: Surface, actual: Surface, channelTolerance: Int = 0) throws(CanvasError) {
        try ImageComparison.checkComparable(expected, actual, channelTolerance)
        var changed = 0, maximum = 0
        try ImageComparison.forEachPixelPair(expected, actual) { first, second, _ in
            let difference = ImageComparison.channelDifference(first, second)
            maximum = max(maximum, difference)
            if difference > channelTolerance { changed += 1 }
        }
        self.width = expected.width
        self.height = expected.height
        self.channelTolerance = channelTolerance
        self.changedPixelCount = changed
        self.maximumChannelDifference = maximum
    }

    /// An image for a person to look at: the expected image faded to a third over white, with every changed
    /// pixel in opaque red.
    /// - Parameters:
    ///   - expected: The reference image.
    ///   - actual: The image under test.
    ///   - channelTolerance: As for ``init(expected:actual:channelTolerance:)``.
    /// - Returns: A new raster surface of the same pixel size, at scale 1.
    /// - Throws: As ``init(expected:actual:channelTolerance:)``; ``CanvasError/cairo(operation:message:)``.
    public static func diffImage(
        expected: Surface, actual: Surface, channelTolerance: Int = 0
    ) throws(CanvasError) -> Surface {
        try checkComparable(expected, actual, channelTolerance)
        let diff = try Surface(width: expected.width, height: expected.height)
        try diff.paint(.white)
        try diff.draw(expected, at: .zero, scale: expected.scale, opacity: 1.0 / 3)
        var changed: [Int] = []
        try forEachPixelPair(expected, actual) { first, second, index in
            if channelDifference(first, second) > channelTolerance { changed.append(index) }
        }
        // One rectangle a pixel (the diff is at scale 1): diffs are looked at when a test fails, so speed does not
        // matter here.
        diff.beginPath()
        for index in changed {
            diff.addRect(
                CanvasRect(x: Double(index % expected.width), y: Double(index / expected.width), width: 1, height: 1))
        }
        try diff.fill(Color(red: 1, green: 0, blue: 0))
        return diff
    }

    private static func checkComparable(_ expected: Surface, _ actual: Surface, _ tolerance: Int) throws(CanvasError) {
        guard expected.kind == .image, actual.kind == .image else { throw .notAnImage(operation: "ImageComparison") }
        guard expected.width == actual.width, expected.height == actual.height else {
            throw .sizeMismatch(
                expectedWidth: expected.width, expectedHeight: expected.height,
                actualWidth: actual.width, actualHeight: actual.height)
        }
        guard (0...255).contains(tolerance) else {
            throw .invalidArgument("channel tolerance \(tolerance) is not in 0...255")
        }
        try expected.finish()
        try actual.finish()
    }

    /// Calls `body` with each pair of words and the pixel's index (row-major, without stride padding).
    private static func forEachPixelPair(
        _ expected: Surface, _ actual: Surface,
        _ body: (UInt32, UInt32, Int) -> Void
    ) throws(CanvasError) {
        let first = try expected.argbWords(), second = try actual.argbWords()
        for index in 0..<first.count { body(first[index], second[index], index) }
    }

    private static func channelDifference(_ first: UInt32, _ second: UInt32) -> Int {
        var largest = 0
        for shift: UInt32 in [0, 8, 16, 24] {
            let a = Int((first >> shift) & 0xff), b = Int((second >> shift) & 0xff)
            largest = max(largest, abs(a - b))
        }
        return largest
    }
}
