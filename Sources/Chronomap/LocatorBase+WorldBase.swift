import GeoJSON
import Scene
import Topology
import WorldBase

extension LocatorBase {
    /// The locator inset of a map of `extent`, from the world base: its box around the extent, the countries in it,
    /// and the country under the extent's centre (shaded, so that the inset says where the map is).
    /// - Throws: `WorldBaseError` if the file cannot be read; `TopologyError` if GEOS fails on a country.
    public init(worldBase: WorldBase, around extent: BoundingBox, engine: GeometryEngine) throws {
        let (box, countries) = try worldBase.locatorCountries(around: extent, engine: engine)
        let centre = Position(
            longitude: (extent.southWest.longitude + extent.northEast.longitude) / 2,
            latitude: (extent.southWest.latitude + extent.northEast.latitude) / 2)
        self.init(
            box: box,
            countries: countries.map {
                LocatorBase.Country(polygons: $0.feature.geometry?.polygons ?? [], code: $0.feature.string("iso_a3"))
            },
            centreCountry: try worldBase.country(at: centre, engine: engine))
    }
}
