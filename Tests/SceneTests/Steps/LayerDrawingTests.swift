import Chronology
import GeoJSON
import Style
import Testing

@testable import Scene

/// The layers of a fixture style drawn over a fixture snapshot: items in layer order with the highlights right
/// after the last zone layer, markers, icons and text layers handed on, and what the legend must know.
@Suite struct LayerDrawingTests {
    static let background = SceneFixture.layer("background", nil, .background(.white))
    static let zones = SceneFixture.layer(
        "zones", .zones, .fill(FillSymbolizer(color: SceneFixture.red)), legend: (.control, "Held"))
    static let zoneLabels = SceneFixture.layer(
        "zone-labels", .zones, .text(TextSymbolizer(template: "{name}", size: 12, color: .black)))
    static let roads = SceneFixture.layer("roads", .routes, .line(LineSymbolizer(color: .black, width: 2)))
    static let towns = SceneFixture.layer("towns", .places, .circle(CircleSymbolizer(radius: 3, color: .black)))
    static let events = SceneFixture.layer("events", .events, .icon(IconSymbolizer()))
    /// A stand-in for the highlights' items, told apart by its layer id.
    static let highlight = SceneItem.rect(
        .init(rect: PixelRect(x: 0, y: 0, width: 1, height: 1), fill: .black, layer: .style("highlight")))

    static func drawing(_ layers: [BoundLayer]) throws -> LayerDrawing {
        let road = Geometry.lineString(
            LineString([Position(longitude: 0.1, latitude: 0.5), Position(longitude: 0.9, latitude: 0.5)]))
        let dataset = Dataset(
            region: SceneFixture.region, directory: "/nowhere",
            features: [
                SceneFixture.feature("t", .places, SceneFixture.point(0.5, 0.5)),
                SceneFixture.feature("r", .routes, road),
                SceneFixture.feature("z", .zones, SceneFixture.square(0.2, 0.2, 0.4), ["name": "Zone"]),
                SceneFixture.feature("e", .events, SceneFixture.point(0.3, 0.3), ["accuracy": "approximate"]),
            ])
        let snapshot = try dataset.snapshot(on: SceneFixture.day)
        let frame = SceneFixture.frame()
        return LayerDrawing(
            layers: layers, frame: frame,
            selection: FeatureSelection(snapshot: snapshot, visibleBox: frame.visibleBox, chosenLayers: nil),
            geometry: GeometryDrawing(
                frame: frame, day: SceneFixture.day,
                innerEdges: InnerEdges(studyArea: SceneFixture.region.studyAreaGeometry)))
    }

    static func layerIDs(_ items: [SceneItem]) -> [String] {
        items.map { item in
            switch item {
            case .rect, .fill, .stroke: item.layer.description
            default: "other"
            }
        }
    }

    @Test func eachLayerDrawsInOrderWithTheHighlightsAfterTheZones() throws {
        let result = try Self.drawing([
            Self.background, Self.zones, Self.zoneLabels, Self.roads, Self.towns, Self.events,
        ]).draw(highlights: [Self.highlight])
        // The zone labels are a zone layer, but text: the highlights go after the zone fill, before the roads.
        #expect(Self.layerIDs(result.items) == ["background", "zones", "highlight", "roads"])
        #expect(result.drawnLayerIDs == ["zones", "highlight", "roads"])
        #expect(result.firstFeatures.mapValues(\.id) == ["zones": "z", "roads": "r"])
        #expect(result.markers.map(\.id) == ["t"])
        #expect(result.iconRequests.map(\.event.id) == ["e"])
        #expect(result.labelLayers.map(\.layer.id) == ["zone-labels"])
        #expect(result.labelLayers.map { $0.features.map(\.feature.id) } == [["z"]])
        // The event is approximate; nothing is of uncertain date.
        #expect(result.showsApproximate && !result.showsUncertain)
    }

    @Test func withoutZoneLayersTheHighlightsGoLast() throws {
        let result = try Self.drawing([Self.background, Self.roads]).draw(highlights: [Self.highlight])
        #expect(Self.layerIDs(result.items) == ["background", "roads", "highlight"])
    }

    /// The last zone layer places the highlights even when it draws nothing at this zoom.
    @Test func anInvisibleLastZoneLayerStillPlacesTheHighlights() throws {
        let hidden = SceneFixture.layer("zones", .zones, .fill(FillSymbolizer(color: SceneFixture.red)), minZoom: 30)
        let result = try Self.drawing([Self.background, hidden, Self.roads]).draw(highlights: [Self.highlight])
        #expect(Self.layerIDs(result.items) == ["background", "highlight", "roads"])
        #expect(result.drawnLayerIDs == ["highlight", "roads"])
    }

    @Test func noHighlightsAreNotCountedAsDrawn() throws {
        let result = try Self.drawing([Self.zones, Self.roads]).draw(highlights: [])
        #expect(Self.layerIDs(result.items) == ["zones", "roads"])
        #expect(result.drawnLayerIDs == ["zones", "roads"])
    }

    /// A label keeps clear of its own marker: the radius is half the marker's box.
    @Test func markerRadiiAreHalfTheBox() throws {
        let result = try Self.drawing([Self.towns]).draw(highlights: [])
        let box = try #require(result.markers.first?.box)
        #expect(result.markerRadii == ["t": box.width / 2])
    }
}
