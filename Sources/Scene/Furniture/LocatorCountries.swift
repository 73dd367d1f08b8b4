import Chronology
import GeoJSON
import Topology

/// Which countries the locator inset draws, and which it shades: from the world base when the command has it,
/// else from the data set's base countries.
///
/// Shaded are the countries the data set's base gives a `party`, and the country under the centre of the region's
/// extent, so that a new region's inset says where it is without anyone marking it.
struct LocatorCountries {
    let region: Region
    let base: [DatedFeature]

    func countries(
        _ locator: LocatorBase?
    ) throws(TopologyError) -> (countries: [(polygons: [[LinearRing]], isHighlighted: Bool)], box: BoundingBox?) {
        let partyCountries = base.filter {
            $0.kind == "country" && $0.string("party").flatMap { region.party($0) } != nil
        }
        guard let locator else {
            let countries = base.filter { $0.kind == "country" }.compactMap {
                country -> (polygons: [[LinearRing]], isHighlighted: Bool)? in
                guard let polygons = country.geometry?.polygons, !polygons.isEmpty else { return nil }
                return (polygons, country.string("party").flatMap { region.party($0) } != nil)
            }
            return (countries, nil)
        }
        let codes = Set(partyCountries.compactMap { $0.string("iso_a3") })
        let extent = region.extent
        let centre = Position(
            longitude: (extent.southWest.longitude + extent.northEast.longitude) / 2,
            latitude: (extent.southWest.latitude + extent.northEast.latitude) / 2)
        let engine = try GeometryEngine()
        var countries: [(polygons: [[LinearRing]], isHighlighted: Bool)] = []
        for country in locator.countries where !country.polygons.isEmpty {
            var highlighted = country.code.map(codes.contains) ?? false
            if !highlighted {
                let shape = try TopologyGeometry(.multiPolygon(.init(country.polygons)), engine: engine)
                highlighted = try shape.covers(centre)
            }
            countries.append((country.polygons, highlighted))
        }
        return (countries, locator.box)
    }
}
