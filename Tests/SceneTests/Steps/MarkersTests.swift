import GeoJSON
import Style
import Testing

@testable import Scene

/// Markers are kept in rank order; one sitting on a kept marker is left out, one reaching outside the frame is
/// dropped. Boxes are given in pixels, so the expected outcome follows from the boxes alone.
@Suite struct MarkersTests {
    static func marker(_ id: String, rank: Int, _ x: Double, _ y: Double, size: Double = 20) -> Marker {
        let box = PixelRect(x: x, y: y, width: size, height: size)
        return Marker(
            box: box, rank: rank, id: id, layerID: "places",
            item: .rect(.init(rect: box, fill: .black, layer: .style("p"))))
    }

    @Test func aMarkerOnAMoreImportantOneIsLeftOut() {
        let frame = SceneFixture.frame()
        let markers = [
            Self.marker("c-town", rank: 3, 100, 100),
            // Overlaps the capital's box (10..30) from 25 on: left out, and says which marker covered it.
            Self.marker("b-airport", rank: 2, 25, 25),
            Self.marker("a-capital", rank: 1, 10, 10),
            // Rank 0 but reaching past the right edge (1595 + 20 > 1600): never kept, so it blocks nothing.
            Self.marker("edge", rank: 0, 1595, 15),
        ]
        let result = MarkerDeclutter(frame: frame).kept(markers)
        #expect(result.kept.map(\.id) == ["a-capital", "c-town"])
        #expect(result.leftOut.map(\.marker.id) == ["b-airport"])
        #expect(result.leftOut.map(\.coveredBy) == ["a-capital"])
    }

    /// Equal ranks go by id, so the outcome does not depend on the order the layers gave.
    @Test func equalRanksGoByID() {
        let frame = SceneFixture.frame()
        let forward = [Self.marker("b", rank: 1, 10, 10), Self.marker("a", rank: 1, 15, 15)]
        for markers in [forward, forward.reversed()] {
            let result = MarkerDeclutter(frame: frame).kept(markers)
            #expect(result.kept.map(\.id) == ["a"])
            #expect(result.leftOut.map(\.marker.id) == ["b"])
        }
    }

    /// Markers sit where the frame projects the point, with the circle's radius scaled by the symbol scale.
    @Test func circleLayersBecomeMarkersWithTheirRank() throws {
        let frame = SceneFixture.frame(width: 800, height: 600)
        let layer = SceneFixture.layer("towns", .places, .circle(CircleSymbolizer(radius: 4, color: .black)))
        let features = SceneFixture.selected(
            SceneFixture.feature("t1", .places, SceneFixture.point(0.5, 0.5), ["rank": 2]),
            SceneFixture.feature("line", .places, .lineString(LineString([])), ["rank": 1]))
        let markers = MarkerCollection(frame: frame).collect(
            layer, circle: CircleSymbolizer(radius: 4, color: .black), features: features)
        #expect(markers.map(\.id) == ["t1"])
        #expect(markers.map(\.rank) == [2])
        // 800 x 600: min(800/1600, 600/1200) = 0.5, raised to the 0.7 floor of symbols: radius 4 * 0.7 = 2.8. The
        // box spans the reach of the square a marker may be drawn as (half side 0.9 r, times the diagonal's root 2).
        let box = try #require(markers.first?.box)
        #expect(abs(box.width - 2 * 2.8 * 0.9 * 2.squareRoot()) < 1e-9)
        #expect(abs(box.width - box.height) < 1e-9)
    }
}
