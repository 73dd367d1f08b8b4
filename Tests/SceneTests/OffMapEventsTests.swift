import Chronology
import GeoJSON
import Localization
import Testing
import _ChronomapTestSupport

@testable import Scene

/// An event whose place lies beyond the map's visible box gets no icon squeezed against the frame's edge, and one
/// whose sources give no place (`geometry: null`) gets none at all: the events panel lists both, unnumbered, with
/// "(off the map)" and "(no place given)".
@Suite struct OffMapEventsTests {
    static func scene(catalog: Catalog = .english) throws -> Scene {
        let inside = SceneFixture.feature(
            "inside", .events, SceneFixture.point(0.5, 0.5), kind: "mine",
            ["title": "Blast in the middle", "time": "10:00"],
            from: "2000-05-01", until: "2000-05-02")
        // Five degrees east of a one-degree region: beyond any frame fitted to it.
        let outside = SceneFixture.feature(
            "outside", .events, SceneFixture.point(5.5, 0.5), kind: "mine",
            ["title": "Blast far east", "time": "11:00"],
            from: "2000-05-01", until: "2000-05-02")
        var unplaced = SceneFixture.feature(
            "unplaced", .events, SceneFixture.point(0.5, 0.5), kind: "declaration",
            ["title": "Statement with no place", "time": "12:00"],
            from: "2000-05-01", until: "2000-05-02")
        unplaced.feature.geometry = nil
        let dataset = Dataset(
            region: SceneFixture.region, directory: "/nowhere", features: [inside, outside, unplaced])
        return try SceneBuilder(
            style: FixtureMap.style.get(), options: SceneOptions(catalog: catalog), measurer: FixedAdvanceMeasurer()
        ).build(dataset.snapshot(on: SceneFixture.day), dataset: dataset)
    }

    static func panel(_ scene: Scene) -> [String] {
        scene.items.compactMap { item -> String? in
            if case .text(let text) = item, text.layer == .furniture(.events) { text.string } else { nil }
        }
    }

    @Test func anEventBeyondTheFrameIsListedNotDrawn() throws {
        let scene = try Self.scene()
        // The map's icons carry their number; the panel's rows repeat the symbol without one.
        let icons = scene.items.compactMap { item -> SceneItem.Icon? in
            if case .icon(let icon) = item, icon.badge != nil { icon } else { nil }
        }
        #expect(icons.map(\.badge) == ["1"])
        let panel = Self.panel(scene)
        #expect(panel.contains { $0.contains("Blast in the middle") })
        #expect(panel.contains { $0.contains("Blast far east (off the map)") })
        #expect(!panel.contains { $0.contains("Blast in the middle (off the map)") })
        #expect(panel.contains { $0.contains("Statement with no place (no place given)") })
        let russian = Self.panel(try Self.scene(catalog: Catalog(language: "ru")))
        #expect(russian.contains { $0.contains("Blast far east (за пределами карты)") })
        #expect(russian.contains { $0.contains("Statement with no place (место не указано)") })
    }
}
