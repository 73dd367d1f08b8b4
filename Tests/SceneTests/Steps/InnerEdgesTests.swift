import Chronology
import GeoJSON
import Testing

@testable import Scene

/// Zones tiling a 1° box, split at 46.25 E: the line between them is outlined, the box's own edge is not.
@Suite struct InnerEdgesTests {
    static func ring(_ west: Double, _ east: Double) -> Geometry {
        .polygon(
            Polygon([
                [
                    Position(longitude: west, latitude: 39), Position(longitude: east, latitude: 39),
                    Position(longitude: east, latitude: 40),
                    Position(longitude: west, latitude: 40), Position(longitude: west, latitude: 39),
                ]
            ]))
    }

    @Test func onlyTheLineBetweenZonesIsKept() throws {
        let edges = InnerEdges(studyArea: Self.ring(46, 47))
        let lines = try edges.lines(of: Self.ring(46, 46.25))
        #expect(lines.count == 1)
        let points = lines.flatMap { $0 }
        #expect(!points.isEmpty)
        #expect(points.allSatisfy { abs($0.longitude - 46.25) < 1e-9 })
        // From edge to edge of the box, less the hair-thin band along the study area's edge.
        let latitudes = points.map(\.latitude)
        #expect(abs((latitudes.min() ?? 0) - 39) < 1e-5 && abs((latitudes.max() ?? 0) - 40) < 1e-5)
    }

    /// The study area's edge may carry vertices the zone's does not (and the reverse): edges are compared by
    /// geometry, not by vertex.
    @Test func extraVerticesOnTheEdgeDoNotMatter() throws {
        let study = Geometry.polygon(
            Polygon([
                [
                    Position(longitude: 46, latitude: 39), Position(longitude: 46.6, latitude: 39),
                    Position(longitude: 47, latitude: 39),
                    Position(longitude: 47, latitude: 40), Position(longitude: 46, latitude: 40),
                    Position(longitude: 46, latitude: 39),
                ]
            ]))
        let lines = try InnerEdges(studyArea: study).lines(of: Self.ring(46.25, 47))
        // One line, 46.25 E from 39 N to 40 N (the zone's west side): none of the box's own edge.
        #expect(lines.count == 1)
        let points = lines.flatMap { $0 }
        #expect(!points.isEmpty)
        #expect(points.allSatisfy { abs($0.longitude - 46.25) < 1e-9 })
        let latitudes = points.map(\.latitude)
        #expect(abs((latitudes.min() ?? 0) - 39) < 1e-5 && abs((latitudes.max() ?? 0) - 40) < 1e-5)
    }
}
