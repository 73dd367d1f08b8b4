import Chronology
import Topology

/// A country of a data set's base as a GEOS geometry: where the ground a snapshot import fills lies.
struct BaseCountry {
    let name: String
    /// Its ISO 3166 alpha-3 code, when the base gives one (`iso_a3`).
    let code: String?
    let shape: TopologyGeometry

    /// The base's countries; an invalid outline (a base file of the user's own) is repaired, as snapshots are.
    static func all(in dataset: Dataset, engine: GeometryEngine) throws(TopologyError) -> [BaseCountry] {
        var countries: [BaseCountry] = []
        for feature in dataset.features(in: .base) where feature.kind == "country" {
            guard let geometry = feature.geometry, !geometry.polygons.isEmpty else { continue }
            var shape = try TopologyGeometry(geometry, engine: engine)
            if !(try shape.isValid) { shape = try shape.makeValid() }
            countries.append(
                BaseCountry(name: feature.string("name") ?? feature.id, code: feature.string("iso_a3"), shape: shape))
        }
        return countries
    }
}
