import Canvas
import Chronology
import Foundation
import Render
import Scene
import Style
import Testing
import _ChronomapTestSupport

/// The renderer on the bundled data: bands meet without a seam, a missing font is named, output is deterministic.
@Suite struct MapRendererTests {
    /// Large images are painted in bands on every core; the bands meet without a seam, so the image equals the
    /// same scene painted whole in one piece on one surface.
    @Test func bandsMeetWithoutASeam() throws {
        let renderer = try MapFixture.renderer.get()
        let scene = try MapFixture.scene("2023-09-19", options: SceneOptions(width: 1300, height: 900))
        let banded = try renderer.image(of: scene)
        let whole = try Surface(width: 1300, height: 900)
        try renderer.paint(scene, on: whole)
        // A map was painted (two blank images would be identical too): Stepanakert's label is placed, and the ground
        // east of the line of contact (47.35 E, 40.15 N, always Azerbaijan's: the `az-1994` piece of
        // data/nagorno-karabakh/README.md) has region.json's
        // colour for Azerbaijan, #93bea0, in both images.
        #expect(scene.placedLabels.contains { $0.featureID == "stepanakert" })
        let (x, y) = MapFixture.independentPixel(longitude: 47.35, latitude: 40.15, in: scene)
        let azerbaijan = try Color(hex: "#93bea0")
        for image in [whole, banded] {
            let pixel = try image.pixel(x: Int(x), y: Int(y))
            let distance = max(
                abs(pixel.red - azerbaijan.red), abs(pixel.green - azerbaijan.green), abs(pixel.blue - azerbaijan.blue))
            #expect(distance < 3 / 255, "\(pixel)")
        }
        let comparison = try ImageComparison(expected: whole, actual: banded)
        #expect(
            comparison.isIdentical,
            "\(comparison.changedPixelCount) pixels differ, by up to \(comparison.maximumChannelDifference)")
    }

    @Test func aMissingFontNamesItsRoleAndFile() throws {
        var style = try MapFixture.style.get()
        style.fonts["bold"] = "/nonexistent/Bold.ttf"
        do {
            _ = try FontSet(style: style)
            Issue.record("loaded a missing font")
        } catch {
            #expect(error.description == "the bold font /nonexistent/Bold.ttf does not exist")
        }
    }

    @Test func sameInputsGiveTheSameBytes() throws {
        let scene = try MapFixture.scene("2023-09-19", options: SceneOptions(width: 640, height: 480))
        let writer = PNGMapWriter(renderer: try MapFixture.renderer.get())
        let first = try writer.pngData(of: scene), second = try writer.pngData(of: scene)
        #expect(first == second)
        #expect(first.count > 10_000)
    }
}
