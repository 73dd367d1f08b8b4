import Chronology
import Foundation
import GeoJSON
import Localization
import Testing
import _ChronomapTestSupport

@testable import Scene

/// An event just beyond the frame gets an arrow at the frame's edge pointing to it, with its place's name and its
/// distance from that edge; one far beyond gets none and stays listed "(off the map)". Neither is drawn as an icon.
@Suite struct EdgePointersTests {
    /// Hilltown and its strike lie 0.2 degrees north of the one-degree fixture region.
    static let hilltown = Position(longitude: 0.5, latitude: 1.2)

    static func scene(layout: MapLayout = .landscape, width: Double = 1600, height: Double = 1200) throws -> Scene {
        let features = [
            SceneFixture.feature(
                "hilltown", .places, .point(Point(hilltown)), kind: "town", ["name:en": "Hilltown", "rank": 2]),
            SceneFixture.feature(
                "strike", .events, .point(Point(hilltown)), kind: "strike", ["title": "Strike on the hill town"],
                from: "2000-05-01", until: "2000-05-02"),
            SceneFixture.feature(
                "far", .events, SceneFixture.point(9, 9), kind: "strike", ["title": "Strike far away"],
                from: "2000-05-01", until: "2000-05-02"),
        ]
        let dataset = Dataset(region: SceneFixture.region, directory: "/nowhere", features: features)
        return try SceneBuilder(
            style: FixtureMap.style.get(), options: SceneOptions(width: width, height: height, layout: layout),
            measurer: FixedAdvanceMeasurer()
        ).build(dataset.snapshot(on: SceneFixture.day), dataset: dataset)
    }

    static func pointerTexts(_ scene: Scene) -> [SceneItem.Text] {
        scene.items.compactMap { item -> SceneItem.Text? in
            if case .text(let text) = item, text.layer == .furniture(.pointer) { text } else { nil }
        }
    }

    @Test(arguments: [MapLayout.landscape, .portrait])
    func theArrowNamesThePlaceAndItsDistanceFromTheEdge(layout: MapLayout) throws {
        let scene = try Self.scene(
            layout: layout, width: layout == .landscape ? 1600 : 1080, height: layout == .landscape ? 1200 : 1350)
        let header = try #require(scene.furnitureBoxes["header"])
        // The frame's top edge, and the distance to it along the meridian: 0.2 degrees less what the frame shows
        // above the region, at 110.574 km a degree of latitude near the equator (the WGS 84 meridian arc), not
        // with the geodesic code the pointer uses.
        let topLatitude = scene.viewport.position(atPixelX: scene.width / 2, y: header.maxY).latitude
        #expect(topLatitude >= 1 && topLatitude < 1.2)
        let kilometres = (Self.hilltown.latitude - topLatitude) * 110.574
        let texts = Self.pointerTexts(scene)
        #expect(texts.count == 1)
        let text = try #require(texts.first)
        let parts = text.string.split(separator: ",")
        #expect(parts.first == "Hilltown")
        let shown = try #require(Double(parts.last?.dropFirst().replacingOccurrences(of: " km", with: "") ?? ""))
        #expect(abs(shown - kilometres) <= 1, "\(text.string), expected \(kilometres) km")
        // The arrow's tip is its topmost point, just inside the top edge, under the hill town.
        let arrows = scene.items.compactMap { item -> [PixelPoint]? in
            if case .fill(let fill) = item, fill.layer == .furniture(.pointer) {
                fill.polygons.first?.first
            } else {
                nil
            }
        }
        let arrow = try #require(arrows.first)
        let tip = try #require(arrow.min { $0.y < $1.y })
        #expect(tip.y >= header.maxY && tip.y < header.maxY + 20)
        let town = scene.viewport.pixel(Self.hilltown)
        #expect(abs(tip.x - town.x) < 40)
        // The label stands inside the map, under the arrow.
        #expect(text.box.minY > tip.y)
        // Neither strike has an icon on the map; both are listed, the far one "(off the map)".
        #expect(!scene.items.contains { if case .icon(let icon) = $0 { icon.badge != nil } else { false } })
        let panel = scene.items.compactMap { item -> String? in
            if case .text(let text) = item, text.layer == .furniture(.events) { text.string } else { nil }
        }
        #expect(panel.contains { $0.contains("Strike far away (off the map)") })
        #expect(panel.contains { $0.contains("Strike on the hill town (off the map)") })
    }

    /// In Russian the label follows the catalog: "{place}, {distance} км".
    @Test func theLabelIsInTheMapsLanguage() throws {
        let features = [
            SceneFixture.feature(
                "strike", .events, .point(Point(Self.hilltown)), kind: "strike", ["title": "Strike"],
                from: "2000-05-01", until: "2000-05-02")
        ]
        let dataset = Dataset(region: SceneFixture.region, directory: "/nowhere", features: features)
        let scene = try SceneBuilder(
            style: FixtureMap.style.get(), options: SceneOptions(catalog: Catalog(language: "ru")),
            measurer: FixedAdvanceMeasurer()
        ).build(dataset.snapshot(on: SceneFixture.day), dataset: dataset)
        // No place within 10 km: the event's title names it.
        let texts = Self.pointerTexts(scene).map(\.string)
        #expect(texts.count == 1)
        #expect(texts.first?.hasPrefix("Strike, ") == true && texts.first?.hasSuffix(" км") == true)
    }
}
