import Chronology
import GeoJSON
import Topology

/// The parts of the control zones' outlines that lie inside the study area: the lines between zones, as opposed
/// to the study area's own edge, which no source drew and which maps therefore do not outline.
///
/// Computed with GEOS: a zone's boundary less a hair-thin band along the study area's boundary (1e-6°, about
/// 0.1 m), so that edges the zones share with the study area are dropped even where the two have different
/// vertices along them.
///
/// The study area's edge is made when the scene starts (whose builder does not throw there); a GEOS failure then
/// is kept and thrown by the first ``lines(of:)``, so it is never drawn as a plausible outline.
struct InnerEdges {
    private let studyEdge: Result<(engine: GeometryEngine, edge: TopologyGeometry), TopologyError>

    /// The band's half width, in degrees.
    static let tolerance = 1e-6

    init(studyArea: Geometry) {
        studyEdge = Result { () throws(TopologyError) in
            let engine = try GeometryEngine()
            let edge = try TopologyGeometry(studyArea, engine: engine).boundary().buffer(
                distance: Self.tolerance, quadrantSegments: 1)
            return (engine, edge)
        }
    }

    /// The lines of a zone's outline inside the study area.
    /// - Throws: `TopologyError` if GEOS fails on the study area or the zone.
    func lines(of geometry: Geometry) throws(TopologyError) -> [[Position]] {
        let (engine, edge) = try studyEdge.get()
        return try TopologyGeometry(geometry, engine: engine).boundary().difference(edge).lineMerged().geoJSON().lines
    }
}
