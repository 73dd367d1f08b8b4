import Canvas
import Chronology
import Foundation
import GeoJSON
import Render
import Scene
import Style
import Testing
import _ChronomapTestSupport

/// Maps of the fixture region (`FixtureRegion`) against committed references, the map body and the furniture apart
/// (tolerance in ReferenceImage; CHRONOMAP_RECORD=1 re-records). Each reference is backed by assertions that do not
/// come from a reference: colours at coordinates whose controller the fixture's table gives, read from its
/// region.json, and labels that must show.
@Suite(.serialized) struct ReferenceImageTests {
    static var referencesFolder: URL { TestPaths.packageRoot.appendingPathComponent("Tests/RenderTests/References") }

    /// The fill colours region.json gives each party, read from the file (not from the style code).
    static func partyColour(_ id: String) throws -> Color {
        let path = try FixtureRegion.folder.get() + "/region.json"
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let region = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let parties = try #require(region["parties"] as? [[String: Any]])
        let hex = try #require(parties.first { $0["id"] as? String == id }?["color"] as? String)
        return try Color(hex: hex)
    }

    static func expectColour(
        _ image: Surface, in scene: Scene, longitude: Double, latitude: Double, _ expected: Color, _ what: String
    ) throws {
        let (x, y) = FixtureMap.independentPixel(longitude: longitude, latitude: latitude, in: scene)
        let point = PixelRect(x: x - 3, y: y - 3, width: 6, height: 6)
        #expect(!scene.placedLabels.contains { $0.box.intersects(point) }, "\(what): a label covers the probe")
        let pixel = try image.pixel(x: Int(x * image.scale), y: Int(y * image.scale))
        let distance = max(
            abs(pixel.red - expected.red), abs(pixel.green - expected.green), abs(pixel.blue - expected.blue))
        #expect(distance < 3 / 255, "\(what): \(pixel) is not \(expected)")
    }

    /// Probes clear of the fixture's places, lines, markers and the truce box, by its table (`FixtureRegion`): the
    /// far west is always the Highland Council's, 38.5 W 31.4 N always the Coast League's, 38.15 W 31 N the Delta
    /// Republic's from 5 March 2024, and 39.05 W 31.35 N the Coast League's until 5 March and the Highland
    /// Council's from 1 May 2024 (contested in between).
    static func expectControllers(_ image: Surface, in scene: Scene, on date: String) throws {
        try expectColour(image, in: scene, longitude: -39.9, latitude: 31.05, partyColour("highland"), "far west")
        try expectColour(image, in: scene, longitude: -38.5, latitude: 31.4, partyColour("coast"), "the coast's strip")
        if date >= "2024-03-05" {
            try expectColour(image, in: scene, longitude: -38.15, latitude: 31, partyColour("delta"), "the delta")
        }
        if date < "2024-03-05" || date >= "2024-05-01" {
            let holder = date < "2024-03-05" ? "coast" : "highland"
            try expectColour(
                image, in: scene, longitude: -39.05, latitude: 31.35, partyColour(holder), "39.05 W held by \(holder)")
        }
    }

    /// The opening line, the contested weeks (at two scales) and the day after ground changed hands, with the
    /// capital's name and a disputed town's two English names (places.geojson: `name:en` and `alt_name:en`).
    @Test(arguments: [("2024-02-01", 1.0), ("2024-03-06", 1.0), ("2024-03-06", 2.0), ("2024-05-02", 1.0)])
    func theMapBodyMatchesItsReference(date: String, scale: Double) throws {
        let scene = try FixtureMap.scene(date, options: SceneOptions(width: 800, height: 600, drawsFurniture: false))
        let image = try FixtureMap.renderer.get().image(of: scene, scale: scale)
        #expect(image.width == Int(800 * scale) && image.height == Int(600 * scale))
        try ReferenceImage.check(
            image, named: "body-\(date)-800x600@\(Int(scale))x", referencesFolder: Self.referencesFolder)
        try Self.expectControllers(image, in: scene, on: date)
        let highgate = try #require(scene.placedLabels.first { $0.featureID == "highgate" })
        #expect(highgate.text == "Highgate")
        let saltmere = try #require(scene.placedLabels.first { $0.featureID == "saltmere" })
        #expect(saltmere.text == "Saltmere / Salzmoor")
    }

    /// The furniture alone (title, legend, events, scale bar, inset, footer), painted over white. The title is
    /// region.json's `title` and the day written out by hand.
    @Test(arguments: [
        ("2024-03-06", "Marrowdale \u{2014} 6 March 2024"), ("2024-05-02", "Marrowdale \u{2014} 2 May 2024"),
    ])
    func theFurnitureMatchesItsReference(date: String, expectedTitle: String) throws {
        let scene = try FixtureMap.scene(date, options: SceneOptions(width: 800, height: 600))
        var furniture = scene
        furniture.items = scene.items.filter(\.isFurniture)
        furniture.background = .white
        #expect(!furniture.items.isEmpty)
        let image = try FixtureMap.renderer.get().image(of: furniture)
        try ReferenceImage.check(image, named: "furniture-\(date)-800x600@1x", referencesFolder: Self.referencesFolder)
        let title = try #require(
            scene.items.compactMap { item -> SceneItem.Text? in
                if case .text(let text) = item, text.layer == .furniture(.title) { text } else { nil }
            }.first)
        #expect(title.string == expectedTitle)
        // The title's ink is there: dark pixels inside its box.
        var dark = 0
        for y in stride(from: Int(title.box.minY), to: Int(title.box.maxY), by: 1) {
            for x in stride(from: Int(title.box.minX), to: Int(title.box.maxX), by: 2)
            where try image.pixel(x: x, y: y).red < 0.3 { dark += 1 }
        }
        #expect(dark > 100)
    }

    @Test func onlyTheZonesLayer() throws {
        let scene = try FixtureMap.scene(
            "2024-05-02", options: SceneOptions(width: 800, height: 600, layers: [.zones], drawsFurniture: false))
        #expect(!scene.drawnLayerIDs.isEmpty)
        #expect(
            scene.drawnLayerIDs.allSatisfy {
                $0 == "background" || $0.hasPrefix("control") || $0.hasPrefix("overlays") || $0 == "labels-zones"
            })
        // And the zones themselves are drawn: a fill for each party of region.json holding ground on 2 May 2024
        // (the fixture's table: the Highland Council, the Coast League and the Delta Republic), and their labels.
        for party in ["highland", "coast", "delta"] {
            #expect(scene.drawnLayerIDs.contains("control:" + party), "\(scene.drawnLayerIDs)")
        }
        #expect(scene.drawnLayerIDs.contains("labels-zones"))
        let image = try FixtureMap.renderer.get().image(of: scene)
        try ReferenceImage.check(
            image, named: "body-2024-05-02-zones-800x600@1x", referencesFolder: Self.referencesFolder)
        try Self.expectControllers(image, in: scene, on: "2024-05-02")
    }
}
