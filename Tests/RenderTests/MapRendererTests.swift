import Canvas
import Chronology
import Foundation
import Render
import Scene
import Style
import Testing
import _ChronomapTestSupport

@Suite struct MapRendererTests {
    /// Large images are painted in bands on every core; the bands meet without a seam, so the image equals the
    /// same scene painted whole in one piece on one surface.
    @Test func bandsMeetWithoutASeam() throws {
        let renderer = try MapFixture.renderer.get()
        let scene = try MapFixture.scene("2023-09-19", options: SceneOptions(width: 1300, height: 900))
        let banded = try renderer.image(of: scene)
        let whole = try Surface(width: 1300, height: 900)
        try renderer.paint(scene, on: whole)
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
            #expect(error.description.hasPrefix("cannot load the bold font /nonexistent/Bold.ttf"))
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
