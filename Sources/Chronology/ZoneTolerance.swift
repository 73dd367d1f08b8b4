import GeoJSON
import Geodesy
import Topology

/// How far control zones may miss each other and the study area before it counts: about a metre.
///
/// Coordinates written with six decimals move a vertex by up to 0.1 m, and cutting a user's polygons to the study
/// area adds vertices of its own; the thin slivers of gap or overlap this leaves along shared edges are noise, not
/// data. A residue counts only where some part of it is wider than twice the tolerance, so a real gap of any area
/// is still found, however thin the noise around it (`docs/data-format.md`, "Tolerances").
public enum ZoneTolerance {
    /// The tolerance in degrees (about 1.1 m of latitude; less of longitude away from the equator).
    public static let degrees = 1e-5
    /// The tolerance in metres, as documented.
    public static let metres = 1.0

    /// What of a gap or an overlap is more than noise, with its geodesic area and a point inside it to name where;
    /// nil when all of it is thinner than twice the tolerance.
    /// - Throws: `TopologyError` when GEOS fails (never read as "no residue").
    public static func significant(_ residue: TopologyGeometry) throws(TopologyError) -> Residue? {
        if try residue.isEmpty { return nil }
        let core = try residue.buffer(distance: -degrees, quadrantSegments: 2)
        if try core.isEmpty { return nil }
        // The core grown back by the tolerance, cut to the residue: the residue's wide parts, without the noise.
        let wide = try core.buffer(distance: degrees, quadrantSegments: 2).intersection(residue)
        let geometry = try wide.polygonalGeoJSON()
        return Residue(
            areaKm2: Geodesic.wgs84.areaInSquareKilometres(of: geometry), location: try core.pointOnSurface(),
            geometry: wide)
    }

    /// A gap or overlap wider than the tolerance.
    public struct Residue {
        /// Its geodesic area, in km².
        public var areaKm2: Double
        /// A point inside it.
        public var location: Position
        /// The residue's wide parts.
        public var geometry: TopologyGeometry

        /// "near 33.1234 E, 35.1234 N", for messages.
        public var whereText: String {
            let lon = JSONNumberFormatter.format(abs(location.longitude), decimals: 4)
            let lat = JSONNumberFormatter.format(abs(location.latitude), decimals: 4)
            return "near \(lon) \(location.longitude < 0 ? "W" : "E"), \(lat) \(location.latitude < 0 ? "S" : "N")"
        }
    }
}
