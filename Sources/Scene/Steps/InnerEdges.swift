import Chronology
import GeoJSON
import Topology

/// The parts of the control zones' outlines that lie inside the study area: the lines between zones, as opposed
/// to the study area's own edge, which no source drew and which maps therefore do not outline.
///
/// Computed with GEOS: a zone's boundary less a hair-thin band along the study area's boundary (1e-6°, about
/// 0.1 m), so that edges the zones share with the study area are dropped even where the two have different
/// vertices along them.
struct InnerEdges {
    private let studyEdge: TopologyGeometry?
    private let engine: GeometryEngine?

    /// The band's half width, in degrees.
    static let tolerance = 1e-6

    init(studyArea: Geometry) {
        let engine = try? GeometryEngine()
        self.engine = engine
        studyEdge = engine.flatMap { engine in
            try? TopologyGeometry(studyArea, engine: engine).boundary().buffer(
                distance: Self.tolerance, quadrantSegments: 1)
        }
    }

    /// The lines of a zone's outline inside the study area (its whole outline if GEOS cannot tell).
    func lines(of geometry: Geometry) -> [[Position]] {
        guard let engine, let studyEdge,
            let inner = try? TopologyGeometry(geometry, engine: engine).boundary().difference(studyEdge).lineMerged()
                .geoJSON()
        else {
            return geometry.polygons.flatMap { $0 }
        }
        return inner.lines
    }
}
