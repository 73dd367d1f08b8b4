import Chronology
import Geodesy
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

/// A country's part of some ground: what the study-area warnings of `init` and `import snapshots --fill` list.
struct CountryShare {
    let country: BaseCountry
    let km2: Double

    /// `ground` in each country, the pieces that count, largest first.
    static func of(_ ground: TopologyGeometry, in countries: [BaseCountry]) throws -> [CountryShare] {
        var shares: [CountryShare] = []
        for country in countries {
            let part = try ground.intersection(country.shape)
            if try part.isEmpty { continue }
            shares.append(try CountryShare(country: country, measuring: part))
        }
        return significant(shares)
    }

    /// A country's whole shape measured.
    init(country: BaseCountry, measuring shape: TopologyGeometry? = nil) throws {
        self.country = country
        km2 = Geodesic.wgs84.areaInSquareKilometres(of: try (shape ?? country.shape).polygonalGeoJSON())
    }

    /// The shares that count, largest first: pieces under 1 km² or a hundredth of the whole are the borders'
    /// slivers at 1:10 million.
    static func significant(_ shares: [CountryShare]) -> [CountryShare] {
        let total = shares.reduce(0) { $0 + $1.km2 }
        return shares.filter { $0.km2 >= max(1, total / 100) }.sorted { $0.km2 > $1.km2 }
    }

    /// "Westland 1,108 km², Eastland 477 km²".
    static func list(_ shares: [CountryShare]) -> String {
        shares.map { "\($0.country.name) \(AreaText.squareKilometres($0.km2))" }.joined(separator: ", ")
    }

    /// The codes `--study-area` takes, sorted: a unit Natural Earth gives no ISO code (-99) cannot be named.
    static func codes(_ shares: [CountryShare]) -> [String] {
        shares.compactMap(\.country.code).filter { $0.count == 3 && $0.allSatisfy(\.isLetter) }.sorted()
    }
}
