import Style
import Testing

@testable import Scene

/// A marker under a panel is not drawn, so it leaves the legend, and the furniture is laid out again.
@Suite struct FurnitureFitTests {
    static var kit: FurnitureKit { FurnitureKit(measurer: FixedAdvanceMeasurer(), style: .standard, scale: 1) }

    static func marker(_ id: String, layerID: String, _ x: Double, _ y: Double) -> Marker {
        let box = PixelRect(x: x, y: y, width: 10, height: 10)
        return Marker(
            box: box, rank: 1, id: id, layerID: layerID,
            item: .rect(.init(rect: box, fill: .black, layer: .style(layerID))))
    }

    /// One line per marker layer, labelled with the layer id.
    static func legend(_ markers: [Marker]) -> [LegendLine] {
        markers.map { LegendLine(group: .places, groupTitle: "Places", label: $0.layerID, swatch: .none) }
    }

    /// "under" sits at y 2..12, in the title band (taller than 12 px at scale 1); "free" sits mid-map.
    static let markers = [marker("under", layerID: "airports", 100, 2), marker("free", layerID: "towns", 800, 600)]

    @Test func coveredMarkersLeaveTheMapAndTheLegend() {
        var asked: [[String]] = []
        let result = FurnitureFit(kit: Self.kit, catalog: .english).fit(
            FurnitureLayoutTests.input(), markers: Self.markers,
            legend: { markers in
                asked.append(markers.map(\.id))
                return Self.legend(markers)
            })
        #expect(result.markers.map(\.id) == ["free"])
        #expect(result.legend.map(\.label) == ["towns"])
        // Laid out with both markers' legend, then again with the one left.
        #expect(asked == [["under", "free"], ["free"]])
        #expect(result.furniture.boxes["legend"] != nil)
    }

    @Test func takenBoxesAreTheFurnitureByNameThenTheMarkers() {
        let result = FurnitureFit(kit: Self.kit, catalog: .english).fit(
            FurnitureLayoutTests.input(), markers: Self.markers, legend: Self.legend)
        let index = result.takenBoxes(bounds: PixelRect(x: 0, y: 0, width: 1600, height: 1200))
        #expect(
            index.entries.map(\.occupant) == [
                .furniture("footer"), .furniture("header"), .furniture("legend"), .furniture("scale"), .marker("free"),
            ])
    }

    @Test func withoutFurnitureEveryMarkerStays() {
        let result = FurnitureFit.none(markers: Self.markers, legend: Self.legend)
        #expect(result.markers.map(\.id) == ["under", "free"])
        #expect(result.legend.map(\.label) == ["airports", "towns"])
        #expect(result.furniture.boxes.isEmpty && result.furniture.items.isEmpty)
    }
}
