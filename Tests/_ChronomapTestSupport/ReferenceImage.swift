import Canvas
import Foundation
import Testing

/// Compares a rendered image with a committed reference PNG, within a stated tolerance.
///
/// On failure the actual image and a diff image (changed pixels red over a faded copy) are written
/// under `.build/reference-failures/`, and the test says where. ``expectMatch(_:expected:named:sourceLocation:)``
/// applies the same tolerance to two renders that must agree. `CHRONOMAP_RECORD=1` re-records the
/// reference instead of comparing (like Mapnik's `--overwrite`).
public enum ReferenceImage {
    /// The tolerance of every image test: a pixel counts as changed when a channel differs by more than 8 of 255
    /// (rounding of anti-aliasing between Cairo and pixman builds), and at most 0.02% of pixels may change: 96
    /// pixels of an 800x600 image, fewer than the ink of the shortest label on the maps (a 4-letter village name
    /// at 10.5 px covers about 150), so a label cannot vanish unnoticed.
    public static let channelTolerance = 8
    public static let maximumChangedFraction = 0.0002

    /// Checks `actual` against `References/<name>.png` of the calling test target.
    /// - Parameters:
    ///   - referencesFolder: the folder holding the reference PNGs (in the source tree, so that recording writes there).
    public static func check(
        _ actual: Surface, named name: String, referencesFolder: URL, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let referencePath = referencesFolder.appendingPathComponent(name + ".png")
        let recording = ProcessInfo.processInfo.environment["CHRONOMAP_RECORD"] == "1"
        if recording || !FileManager.default.fileExists(atPath: referencePath.path) {
            try FileManager.default.createDirectory(at: referencesFolder, withIntermediateDirectories: true)
            try actual.pngData().write(to: referencePath)
            if !recording {
                Issue.record(
                    "no reference image \(name).png: recorded one at \(referencePath.path); check it and commit it",
                    sourceLocation: sourceLocation)
            }
            return
        }
        let expected = try Surface(contentsOfPNGFile: referencePath.path, scale: actual.scale)
        try compare(
            actual, expected: expected, named: name, writingExpected: false,
            advice: "Re-record with CHRONOMAP_RECORD=1 if the change is intended.", sourceLocation: sourceLocation)
    }

    /// Checks that two renders which must agree do, within the same tolerance as the references: a tile cut from a
    /// metatile against the tile rendered alone, say. On failure both images and a diff image are written under
    /// `.build/reference-failures/` (`<name>-expected.png`, `-actual.png`, `-diff.png`).
    /// - Returns: The comparison, for tests that report more.
    @discardableResult
    public static func expectMatch(
        _ actual: Surface, expected: Surface, named name: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> ImageComparison {
        try compare(
            actual, expected: expected, named: name, writingExpected: true, advice: "", sourceLocation: sourceLocation)
    }

    @discardableResult
    private static func compare(
        _ actual: Surface, expected: Surface, named name: String, writingExpected: Bool, advice: String,
        sourceLocation: SourceLocation
    ) throws -> ImageComparison {
        let comparison = try ImageComparison(expected: expected, actual: actual, channelTolerance: channelTolerance)
        if comparison.changedFraction > maximumChangedFraction {
            let failures = TestPaths.packageRoot.appendingPathComponent(".build/reference-failures")
            try FileManager.default.createDirectory(at: failures, withIntermediateDirectories: true)
            if writingExpected {
                try expected.pngData().write(to: failures.appendingPathComponent(name + "-expected.png"))
            }
            try actual.pngData().write(to: failures.appendingPathComponent(name + "-actual.png"))
            let diff = try ImageComparison.diffImage(
                expected: expected, actual: actual, channelTolerance: channelTolerance)
            try diff.pngData().write(to: failures.appendingPathComponent(name + "-diff.png"))
            Issue.record(
                """
                \(name): \(comparison.changedPixelCount) pixels (\(String(format: "%.3f", comparison.changedFraction * 100))%) differ from the expected image \
                by more than \(channelTolerance)/255, by up to \(comparison.maximumChannelDifference)/255 \
                (allowed: \(maximumChangedFraction * 100)%); images and diff in \(failures.path). \(advice)
                """, sourceLocation: sourceLocation)
        }
        return comparison
    }
}
