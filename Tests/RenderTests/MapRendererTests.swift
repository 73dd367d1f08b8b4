import Canvas
import Chronology
import Foundation
import Render
import Scene
import Style
import Testing
import _ChronomapTestSupport

/// The renderer on the fixture region: bands meet without a seam, a missing font is named, output is deterministic.
@Suite struct MapRendererTests {
    /// Large images are painted in bands on every core; the bands meet without a seam, so the image equals the
    /// same scene painted whole in one piece on one surface. At a scale of 1.5 the 1,353 device rows split into
    /// bands that start at a fractional logical row (677 / 1.5); bands laid into the image at that logical row were
    /// resampled half a pixel, so every row below the seam differed.
    @Test(arguments: [1.0, 1.5]) func bandsMeetWithoutASeam(scale: Double) throws {
        let renderer = try FixtureMap.renderer.get()
        let scene = try FixtureMap.scene("2024-05-02", options: SceneOptions(width: 1300, height: 902))
        let banded = try renderer.image(of: scene, scale: scale)
        let whole = try Surface(width: 1300, height: 902, scale: scale)
        try renderer.paint(scene, on: whole)
        // A map was painted (two blank images would be identical too): Highgate's label is placed, and the ground
        // at 38.1 W, 31.35 N (the fixture's `delta` strip, 38.3-38 W, held from 5 March) has the fixture
        // region.json's colour for that party, #c4a2dc, in both images.
        #expect(scene.placedLabels.contains { $0.featureID == "highgate" })
        let (x, y) = FixtureMap.independentPixel(longitude: -38.1, latitude: 31.35, in: scene)
        let delta = try Color(hex: "#c4a2dc")
        for image in [whole, banded] {
            let pixel = try image.pixel(x: Int(x * scale), y: Int(y * scale))
            let distance = max(
                abs(pixel.red - delta.red), abs(pixel.green - delta.green), abs(pixel.blue - delta.blue))
            #expect(distance < 3 / 255, "\(pixel)")
        }
        let comparison = try ImageComparison(expected: whole, actual: banded)
        #expect(
            comparison.isIdentical,
            "\(comparison.changedPixelCount) pixels differ, by up to \(comparison.maximumChannelDifference)")
    }

    @Test func aMissingFontNamesItsRoleAndFile() throws {
        var style = try FixtureMap.style.get()
        style.fonts["bold"] = "/nonexistent/Bold.ttf"
        do {
            _ = try FontSet(style: style)
            Issue.record("loaded a missing font")
        } catch {
            #expect(error.description == "the bold font /nonexistent/Bold.ttf does not exist")
        }
    }

    @Test func sameInputsGiveTheSameBytes() throws {
        let scene = try FixtureMap.scene("2024-05-02", options: SceneOptions(width: 640, height: 480))
        let writer = PNGMapWriter(renderer: try FixtureMap.renderer.get())
        let first = try writer.pngData(of: scene), second = try writer.pngData(of: scene)
        #expect(first == second)
        #expect(first.count > 10_000)
    }
}
