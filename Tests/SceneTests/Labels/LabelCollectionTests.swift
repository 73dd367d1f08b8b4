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

    /// The area labels of one zone made of squares (west, south, side in degrees), each piece labelled apart from
    /// 1,000 square pixels.
    static func areaLabels(ofSquares squares: [(Double, Double, Double)]) throws -> [LabelRequest] {
        let text = TextSymbolizer(
            template: "Held {chronomap:area}", size: 12, color: .black, placement: .interior,
            requiredArea: 1000)
        let rings = squares.compactMap { square -> [LinearRing]? in
            if case .polygon(let polygon) = SceneFixture.square(square.0, square.1, square.2) {
                polygon.coordinates
            } else {
                nil
            }
        }
        let zone = SceneFixture.feature("z1", .zones, .multiPolygon(MultiPolygon(rings)))
        return try Self.collection().collect([
            LayerDrawing.LabelLayer(
                layer: SceneFixture.layer("zone-labels", .zones, .text(text)), text: text,
                features: SceneFixture.selected(zone))
        ]).requests
    }

    /// A zone in two large pieces is labelled piece by piece, and each label states its own piece's area, not the
    /// whole zone's twice. Expected areas from pyproj's `Geod(ellps="WGS84").polygon_area_perimeter` on the
    /// squares: 3,077.2 km² (0.5° from 0.1° N, 0.1° E) and 492.3 km² (0.2° from 0.7° N, 0.7° E).
    @Test func eachLabelledPieceStatesItsOwnArea() throws {
        let requests = try Self.areaLabels(ofSquares: [(0.1, 0.1, 0.5), (0.7, 0.7, 0.2)])
        #expect(requests.map(\.featureID) == ["z1", "z1#2"])
        #expect(requests.map(\.lines) == [["Held 3,077 km²"], ["Held 492 km²"]])
    }

    /// With only one piece large enough for a label, that label names the whole zone, small pieces included:
    /// 3,077.2 + 1.2 km² (pyproj, as above; the small square is 0.01° from 0.9° N, 0.9° E).
    @Test func aLoneLabelStatesTheWholeZone() throws {
        let requests = try Self.areaLabels(ofSquares: [(0.1, 0.1, 0.5), (0.9, 0.9, 0.01)])
        #expect(requests.map(\.lines) == [["Held 3,078 km²"]])
    }
}
