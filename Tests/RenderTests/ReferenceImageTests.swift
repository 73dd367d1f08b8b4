import Canvas
import Chronology
import Foundation
import GeoJSON
import Render
import Scene
import Style
import Testing
import _ChronomapTestSupport

/// Maps against committed references, the map body and the furniture apart (tolerance in ReferenceImage;
/// CHRONOMAP_RECORD=1 re-records). Each reference is backed by assertions that do not come from a reference:
/// colours at coordinates whose controller the sourced facts give, read from region.json, and labels that must
/// show.
@Suite(.serialized) struct ReferenceImageTests {
    static var referencesFolder: URL { TestPaths.packageRoot.appendingPathComponent("Tests/RenderTests/References") }

    /// The fill colours region.json gives each party, read from the file (not from the style code).
    static func partyColour(_ id: String) throws -> Color {
        let data = try Data(contentsOf: URL(fileURLWithPath: TestPaths.bundledData + "/region.json"))
        let region = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let parties = try #require(region["parties"] as? [[String: Any]])
        let hex = try #require(parties.first { $0["id"] as? String == id }?["color"] as? String)
        return try Color(hex: hex)
    }

    static func expectColour(
        _ image: Surface, in scene: Scene, longitude: Double, latitude: Double, _ expected: Color, _ what: String
    ) throws {
        let (x, y) = MapFixture.independentPixel(longitude: longitude, latitude: latitude, in: scene)
        let point = PixelRect(x: x - 3, y: y - 3, width: 6, height: 6)
        #expect(!scene.placedLabels.contains { $0.box.intersects(point) }, "\(what): a label covers the probe")
        let pixel = try image.pixel(x: Int(x * image.scale), y: Int(y * image.scale))
        let distance = max(
            abs(pixel.red - expected.red), abs(pixel.green - expected.green), abs(pixel.blue - expected.blue))
        #expect(distance < 3 / 255, "\(what): \(pixel) is not \(expected)")
    }

    /// Kalbajar district (a probe at 46.12 E, 40.05 N, 8 km south-east of Kalbajar town) was held by ethnic
    /// Armenian forces from 1994 until its handover on 25 November 2020, and the country east of the line of contact
    /// (47.35 E, 40.15 N, between Barda and the Kura) always by Azerbaijan (the `kalbajar` and `az-1994` pieces in
    /// data/nagorno-karabakh/README.md and tools/data/nagorno_karabakh_facts.json).
    @Test(arguments: [("2020-11-10", 1.0), ("2023-09-19", 1.0), ("2023-09-19", 2.0), ("1994-05-12", 1.0)])
    func theMapBodyMatchesItsReference(date: String, scale: Double) throws {
        let scene = try MapFixture.scene(date, options: SceneOptions(width: 800, height: 600, drawsFurniture: false))
        let image = try MapFixture.renderer.get().image(of: scene, scale: scale)
        #expect(image.width == Int(800 * scale) && image.height == Int(600 * scale))
        try ReferenceImage.check(
            image, named: "body-\(date)-800x600@\(Int(scale))x", referencesFolder: Self.referencesFolder)
        if date < "2020-11-25" {
            try Self.expectColour(
                image, in: scene, longitude: 46.12, latitude: 40.05, Self.partyColour("artsakh"), "Kalbajar district")
        }
        try Self.expectColour(
            image, in: scene, longitude: 47.35, latitude: 40.15, Self.partyColour("azerbaijan"), "east of the line")
        let stepanakert = try #require(scene.placedLabels.first { $0.featureID == "stepanakert" })
        #expect(stepanakert.text == "Stepanakert / Khankendi")
    }

    /// The furniture alone (title, legend, events, scale bar, inset, footer), painted over white.
    @Test(arguments: ["2023-09-19", "2020-11-10"])
    func theFurnitureMatchesItsReference(date: String) throws {
        let scene = try MapFixture.scene(date, options: SceneOptions(width: 800, height: 600))
        var furniture = scene
        furniture.items = scene.items.filter(\.isFurniture)
        furniture.background = .white
        #expect(!furniture.items.isEmpty)
        let image = try MapFixture.renderer.get().image(of: furniture)
        try ReferenceImage.check(image, named: "furniture-\(date)-800x600@1x", referencesFolder: Self.referencesFolder)
        let day = try Day(iso: date)
        let title = try #require(
            scene.items.compactMap { item -> SceneItem.Text? in
                if case .text(let text) = item, text.layer == .furniture(.title) { text } else { nil }
            }.first)
        #expect(title.string == "Nagorno-Karabakh \u{2014} \(day.longDescription)")
        // The title's ink is there: dark pixels inside its box.
        var dark = 0
        for y in stride(from: Int(title.box.minY), to: Int(title.box.maxY), by: 1) {
            for x in stride(from: Int(title.box.minX), to: Int(title.box.maxX), by: 2)
            where try image.pixel(x: x, y: y).red < 0.3 { dark += 1 }
        }
        #expect(dark > 100)
    }

    @Test func onlyTheZonesLayer() throws {
        let scene = try MapFixture.scene(
            "2020-11-10", options: SceneOptions(width: 800, height: 600, layers: [.zones], drawsFurniture: false))
        #expect(!scene.drawnLayerIDs.isEmpty)
        #expect(
            scene.drawnLayerIDs.allSatisfy {
                $0 == "background" || $0.hasPrefix("control") || $0.hasPrefix("overlays") || $0 == "labels-zones"
            })
        // And the zones themselves are drawn: a fill for each party of region.json holding ground on 10 November
        // 2020 (the corridor became the peacekeepers' that day: the facts file's control_changes), and their labels.
        for party in ["artsakh", "azerbaijan", "peacekeepers"] {
            #expect(scene.drawnLayerIDs.contains("control:" + party), "\(scene.drawnLayerIDs)")
        }
        #expect(scene.drawnLayerIDs.contains("labels-zones"))
        let image = try MapFixture.renderer.get().image(of: scene)
        try ReferenceImage.check(
            image, named: "body-2020-11-10-zones-800x600@1x", referencesFolder: Self.referencesFolder)
        try Self.expectColour(
            image, in: scene, longitude: 46.12, latitude: 40.05, Self.partyColour("artsakh"), "Kalbajar district")
    }
}
