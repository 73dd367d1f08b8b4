import Chronology
import GeoJSON
import Style
import Testing

@testable import Scene

/// Text layers become label requests: the template filled from the feature's properties, "~" before an
/// approximate place, the anchor beside the feature's marker, and the requests of all text layers in layer order.
@Suite struct LabelCollectionTests {
    static func collection(markerRadii: [String: Double] = [:]) -> LabelCollection {
        LabelCollection(
            frame: SceneFixture.frame(), names: .dual(), catalog: .english, region: SceneFixture.region,
            markerRadii: markerRadii)
    }

    static func textLayer(_ id: String, _ template: String) -> (BoundLayer, TextSymbolizer) {
        let text = TextSymbolizer(template: template, size: 12, color: .black)
        return (SceneFixture.layer(id, .places, .text(text)), text)
    }

    @Test func everyTextLayerInOrderWithApproximatePlacesMarked() throws {
        let (towns, townText) = Self.textLayer("town-labels", "Town {code}")
        let (villages, villageText) = Self.textLayer("village-labels", "Village {code}")
        let result = try Self.collection().collect([
            LayerDrawing.LabelLayer(
                layer: towns, text: townText,
                features: SceneFixture.selected(
                    SceneFixture.feature("t1", .places, SceneFixture.point(0.4, 0.4), ["code": "A"]),
                    SceneFixture.feature(
                        "t2", .places, SceneFixture.point(0.6, 0.6), ["code": "B", "accuracy": "approximate"]))),
            LayerDrawing.LabelLayer(
                layer: villages, text: villageText,
                features: SceneFixture.selected(
                    SceneFixture.feature("v1", .places, SceneFixture.point(0.5, 0.5), ["code": "C"]))),
        ])
        #expect(result.requests.map(\.featureID) == ["t1", "t2", "v1"])
        #expect(result.requests.map(\.lines) == [["Town A"], ["~Town B"], ["Village C"]])
        #expect(result.requests.map(\.layerID) == ["town-labels", "town-labels", "village-labels"])
        #expect(result.showsApproximate)
    }

    @Test func noApproximatePlaceNoNote() throws {
        let (towns, townText) = Self.textLayer("town-labels", "Town")
        let result = try Self.collection().collect([
            LayerDrawing.LabelLayer(
                layer: towns, text: townText,
                features: SceneFixture.selected(SceneFixture.feature("t1", .places, SceneFixture.point(0.4, 0.4))))
        ])
        #expect(result.requests.map(\.lines) == [["Town"]])
        #expect(!result.showsApproximate)
    }

    /// A point label keeps clear of its own marker's radius, or of 2 px without a marker.
    @Test func pointLabelsKeepClearOfTheirMarker() throws {
        let (towns, townText) = Self.textLayer("town-labels", "Town")
        let features = SceneFixture.selected(
            SceneFixture.feature("t1", .places, SceneFixture.point(0.4, 0.4)),
            SceneFixture.feature("t2", .places, SceneFixture.point(0.6, 0.6)))
        let result = try Self.collection(markerRadii: ["t1": 5]).collect([
            LayerDrawing.LabelLayer(layer: towns, text: townText, features: features)
        ])
        let radii = result.requests.map { request -> Double? in
            if case .point(_, let radius) = request.anchor { radius } else { nil }
        }
        #expect(radii == [5, 2])
    }
}
