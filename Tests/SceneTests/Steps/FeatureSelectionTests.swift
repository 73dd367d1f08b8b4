import Chronology
import GeoJSON
import Style
import Testing

@testable import Scene

/// A layer draws the features of its data layer valid on the day and inside the visible box, those of its party
/// for a repeated layer, and, for events, those of the days before too (marked recent).
@Suite struct FeatureSelectionTests {
    static func selection(chosenLayers: Set<Layer>? = nil) throws -> FeatureSelection {
        let dataset = Dataset(
            region: SceneFixture.region, directory: "/nowhere",
            features: [
                SceneFixture.feature("north-zone", .zones, SceneFixture.square(0.1, 0.1, 0.3), ["controller": "north"]),
                SceneFixture.feature("south-zone", .zones, SceneFixture.square(0.5, 0.5, 0.3), ["controller": "south"]),
                // Fifty degrees east: nowhere near the visible box.
                SceneFixture.feature("far-zone", .zones, SceneFixture.square(50, 0, 0.3), ["controller": "north"]),
                // Over by 1 May.
                SceneFixture.feature(
                    "old-zone", .zones, SceneFixture.square(0.1, 0.1, 0.3), ["controller": "north"],
                    until: "2000-04-01"),
                SceneFixture.feature(
                    "today", .events, SceneFixture.point(0.5, 0.5), from: "2000-05-01", until: "2000-05-02"),
                // 29 April: two days before, inside the three-day window.
                SceneFixture.feature(
                    "before", .events, SceneFixture.point(0.5, 0.5), from: "2000-04-29", until: "2000-04-30"),
                // 20 April: outside the window.
                SceneFixture.feature(
                    "long-ago", .events, SceneFixture.point(0.5, 0.5), from: "2000-04-20", until: "2000-04-21"),
            ])
        let frame = SceneFixture.frame()
        return FeatureSelection(
            snapshot: try dataset.snapshot(on: SceneFixture.day), visibleBox: frame.visibleBox,
            chosenLayers: chosenLayers)
    }

    static let fill = Symbolizer.fill(FillSymbolizer(color: SceneFixture.red))

    @Test func validVisibleFeaturesOfTheLayer() throws {
        let selected = try Self.selection().features(for: SceneFixture.layer("zones", .zones, Self.fill))
        #expect(selected.map(\.feature.id) == ["north-zone", "south-zone"])
        #expect(selected.map(\.isRecent) == [false, false])
    }

    @Test func aRepeatedLayerTakesOnlyItsParty() throws {
        var layer = SceneFixture.layer("zones:north", .zones, Self.fill)
        layer.match = BoundLayer.Match(property: "controller", value: "north")
        #expect(try Self.selection().features(for: layer).map(\.feature.id) == ["north-zone"])
    }

    @Test func eventLayersAddTheDaysBeforeAsRecent() throws {
        let selected = try Self.selection().features(
            for: SceneFixture.layer("events", .events, .icon(IconSymbolizer())))
        #expect(selected.map(\.feature.id) == ["today", "before"])
        #expect(selected.map(\.isRecent) == [false, true])
    }

    @Test func layersTheUserLeftOutSelectNothing() throws {
        let selection = try Self.selection(chosenLayers: [.events])
        #expect(selection.features(for: SceneFixture.layer("zones", .zones, Self.fill)).isEmpty)
        #expect(selection.features(for: SceneFixture.layer("events", .events, .icon(IconSymbolizer()))).count == 2)
        #expect(selection.features(for: SceneFixture.layer("background", nil, .background(.white))).isEmpty)
    }
}
