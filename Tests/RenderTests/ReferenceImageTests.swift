import Canvas
import Render
import Scene
import Testing
import _ChronomapTestSupport

/// Whole maps against committed references (tolerance in ReferenceImage; CHRONOMAP_RECORD=1 re-records).
@Suite(.serialized) struct ReferenceImageTests {
    @Test(arguments: [("2023-09-19", 1.0), ("2023-09-19", 2.0), ("1994-05-12", 1.0), ("2020-11-10", 1.0)])
    func matchesTheReference(date: String, scale: Double) throws {
        let scene = try RenderFixture.scene(date, options: SceneOptions(width: 800, height: 600))
        let image = try RenderFixture.renderer.get().image(of: scene, scale: scale)
        #expect(image.width == Int(800 * scale) && image.height == Int(600 * scale))
        try ReferenceImage.check(image, named: "\(date)-800x600@\(Int(scale))x", referencesFolder: RenderFixture.referencesFolder)
    }

    @Test func onlyTheZonesLayer() throws {
        let scene = try RenderFixture.scene("2020-11-10", options: SceneOptions(width: 800, height: 600, layers: [.zones]))
        #expect(scene.drawnLayerIDs.allSatisfy { ["zones-azerbaijan", "zones-artsakh", "zones-contested", "zones-outline", "corridor", "peacekeeping", "labels-zones"].contains($0) || $0 == "background" })
        try ReferenceImage.check(try RenderFixture.renderer.get().image(of: scene), named: "2020-11-10-zones-800x600@1x", referencesFolder: RenderFixture.referencesFolder)
    }

    @Test func sameInputsGiveTheSameBytes() throws {
        let scene = try RenderFixture.scene("2023-09-19", options: SceneOptions(width: 640, height: 480))
        let renderer = try RenderFixture.renderer.get()
        #expect(try renderer.pngData(of: scene) == renderer.pngData(of: scene))
    }
}
