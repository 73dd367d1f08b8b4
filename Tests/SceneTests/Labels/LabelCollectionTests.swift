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

    /// A zone in two large pieces is labelled piece by piece, and each label states its own piece's area, not the
    /// whole zone's twice. Expected areas from pyproj's `Geod(ellps="WGS84").polygon_area_perimeter` on the
    /// squares: 3,077.2 km² (0.5° from 0.1° N, 0.1° E) and 492.3 km² (0.2° from 0.7° N, 0.7° E).
    @Test func eachLabelledPieceStatesItsOwnArea() throws {
        let text = TextSymbolizer(
            template: "Held {chronomap:area}", size: 12, color: .black, placement: .interior,
            requiredArea: 1000)
        let zones = SceneFixture.layer("zone-labels", .zones, .text(text))
        guard case .polygon(let large) = SceneFixture.square(0.1, 0.1, 0.5),
            case .polygon(let small) = SceneFixture.square(0.7, 0.7, 0.2)
        else { throw CancellationError() }
        let zone = SceneFixture.feature(
            "z1", .zones, .multiPolygon(MultiPolygon([large.coordinates, small.coordinates])))
        let result = try Self.collection().collect([
            LayerDrawing.LabelLayer(layer: zones, text: text, features: SceneFixture.selected(zone))
        ])
        #expect(result.requests.map(\.featureID) == ["z1", "z1#2"])
        #expect(result.requests.map(\.lines) == [["Held 3,077 km²"], ["Held 492 km²"]])
    }

    /// With only one piece large enough for a label, that label names the whole zone, small pieces included:
    /// 3,077.2 + 1.2 km² (pyproj, as above; the small square is 0.01° from 0.9° N, 0.9° E).
    @Test func aLoneLabelStatesTheWholeZone() throws {
        let text = TextSymbolizer(
            template: "Held {chronomap:area}", size: 12, color: .black, placement: .interior,
            requiredArea: 1000)
        let zones = SceneFixture.layer("zone-labels", .zones, .text(text))
        guard case .polygon(let large) = SceneFixture.square(0.1, 0.1, 0.5),
            case .polygon(let sliver) = SceneFixture.square(0.9, 0.9, 0.01)
        else { throw CancellationError() }
        let zone = SceneFixture.feature(
            "z1", .zones, .multiPolygon(MultiPolygon([large.coordinates, sliver.coordinates])))
        let result = try Self.collection().collect([
            LayerDrawing.LabelLayer(layer: zones, text: text, features: SceneFixture.selected(zone))
        ])
        #expect(result.requests.map(\.lines) == [["Held 3,078 km²"]])
    }
}
