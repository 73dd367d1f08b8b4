import Chronology
import GeoJSON

/// Which countries the locator inset draws, and which it shades: from the world base when the command has it,
/// else from the data set's base countries.
///
/// Shaded are the countries the data set's base gives a `party`, and the country under the centre of the map's
/// extent (found once, when the command reads the world base), so that a new region's inset says where it is
/// without anyone marking it.
struct LocatorCountries {
    let region: Region
    let base: [DatedFeature]

    func countries(
        _ locator: LocatorBase?
    ) -> (countries: [(polygons: [[LinearRing]], isHighlighted: Bool)], box: BoundingBox?) {
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
        let codes = Set(partyCountries.compactMap { $0.string("iso_a3") }).union(
            [locator.centreCountry].compactMap { $0 })
        let countries = locator.countries.filter { !$0.polygons.isEmpty }.map { country in
            (polygons: country.polygons, isHighlighted: country.code.map(codes.contains) ?? false)
        }
        return (countries, locator.box)
    }
}
