import Foundation
import GeoJSON
import Support
import Topology
import WorldBase

/// A new region's share of the world base: its base layer (countries, borders, lakes, rivers, sea names), its
/// study area (the land inside the extent, or the chosen countries' land) and its towns, with names in the data
/// set's languages where the world base has them.
struct WorldBaseCut {
    let worldBase: WorldBase
    let extent: BoundingBox
    let languages: [String]
    let engine: GeometryEngine

    /// How far beyond the extent the base reaches, so that a map of another shape than the extent still has land
    /// and borders to its edges: three quarters of the extent's larger side, at least one degree.
    var baseBox: BoundingBox {
        let width = extent.northEast.longitude - extent.southWest.longitude
        let height = extent.northEast.latitude - extent.southWest.latitude
        let margin = max(1, 0.75 * max(width, height))
        return BoundingBox(
            southWest: Position(
                longitude: max(-180, extent.southWest.longitude - margin),
                latitude: max(-85, extent.southWest.latitude - margin)),
            northEast: Position(
                longitude: min(180, extent.northEast.longitude + margin),
                latitude: min(85, extent.northEast.latitude + margin)))
    }

    /// The base features: countries, borders, lakes, rivers and seas joined and cut to ``baseBox``; and the
    /// countries among them as the world base gives them, which the study area is cut from without joining their
    /// pieces again.
    func baseFeatures() throws(ImportError) -> (features: [Feature], countries: [WorldBasePiece]) {
        var features: [Feature] = []
        var countries: [WorldBasePiece] = []
        var ids = Set<String>()
        // Seas as the part of their water in the base's box, so that a map names the sea it shows.
        let layers: [WorldBaseLayer] = [.country, .lake, .river, .border, .seaArea]
        for layer in layers {
            let pieces: [WorldBasePiece]
            do { pieces = try worldBase.features(layer, in: baseBox, engine: engine) } catch {
                throw ImportError(.failure, error.description)
            }
            if layer == .country { countries = pieces }
            for (index, piece) in pieces.enumerated() {
                var feature = piece.feature
                var properties = namesAndCredit(piece.feature.properties ?? [:])
                properties["kind"] = piece.feature.properties?["kind"] ?? .string(layer.rawValue)
                if let rank = piece.feature.properties?["scalerank"] { properties["scalerank"] = rank }
                if let width = piece.feature.properties?["extent_km"] { properties["extent_km"] = width }
                if let code = piece.feature.string("iso_a3") { properties["iso_a3"] = .string(code) }
                feature.properties = properties
                let name = feature.string("name") ?? "\(layer.rawValue) \(index + 1)"
                var id = "\(feature.string("kind") ?? layer.rawValue)-" + DataSetInitializer.slug(name)
                if id.hasSuffix("-") { id += "\(index + 1)" }
                while !ids.insert(id).inserted { id += "-\(index + 1)" }
                feature.id = .string(id)
                features.append(feature)
            }
        }
        return (features, countries)
    }

    /// The study area: the land of the world base (or of the countries named) inside the extent. With no land
    /// there, the extent's box, and a warning.
    /// - Parameter baseCountries: the countries of ``baseFeatures()``, already joined over ``baseBox``, which
    ///   holds the extent.
    func studyArea(
        _ choice: StudyAreaChoice, baseCountries: [WorldBasePiece]
    ) throws(ImportError) -> (area: Geometry?, warning: String?) {
        let codes: Set<String>?
        switch choice {
        case .land: codes = nil
        case .countries(let list): codes = Set(list.map { $0.uppercased() })
        case .file: return (nil, nil)
        }
        // Each country cut to the extent: what the world base would give for the extent itself.
        var countries: [BaseCountry] = []
        do {
            for piece in baseCountries {
                guard let geometry = piece.feature.geometry else { continue }
                let cut = try TopologyGeometry(geometry, engine: engine).clipped(to: extent)
                if try !cut.isEmpty, try !cut.polygonalGeoJSON().polygons.isEmpty {
                    let code = piece.feature.string("iso_a3")
                    countries.append(
                        BaseCountry(name: piece.feature.string("name") ?? code ?? "", code: code, shape: cut))
                }
            }
        } catch {
            throw ImportError(.failure, "cannot cut the countries to the extent: \(error)")
        }
        let chosen = countries.filter { country in codes.map { $0.contains(country.code ?? "") } ?? true }
        if let codes {
            let found = Set(countries.compactMap(\.code).filter { !$0.isEmpty })
            let missing = codes.subtracting(found).sorted()
            if !missing.isEmpty {
                throw ImportError(
                    .usage,
                    "--study-area: no land of \(missing.joined(separator: ", ")) inside the extent (countries there: \(found.sorted().joined(separator: ", ")))"
                )
            }
        }
        guard !chosen.isEmpty else {
            return (nil, "the extent holds no land in the world base; the study area is the extent's box")
        }
        let area: Geometry
        do { area = try DataSetInitializer.studyArea(joining: chosen.map(\.shape), engine: engine) } catch {
            throw ImportError(.failure, "cannot join the study area's land: \(error)")
        }
        return (area, codes == nil ? try severalCountries(chosen) : try beyondExtent(codes))
    }

    /// A warning when the land inside the extent belongs to several countries: the control zones must then cover all
    /// of them, and `import snapshots --fill` gives a party whatever they leave, a neighbour's ground included.
    func severalCountries(_ countries: [BaseCountry]) throws(ImportError) -> String? {
        let shares: [CountryShare]
        do { shares = CountryShare.significant(try countries.map { try CountryShare(country: $0) }) } catch {
            throw ImportError(.failure, "cannot measure the countries' land: \(error)")
        }
        guard shares.count > 1 else { return nil }
        return
            "the study area is the land of \(shares.count) countries inside the extent (\(CountryShare.list(shares))): "
            + "control zones must cover all of it, and import snapshots --fill gives a party what they leave; if the "
            + "zones are of only some of these countries, give --study-area with their codes "
            + "(\(CountryShare.codes(shares).joined(separator: ",")))"
    }

    /// A warning when the countries chosen reach beyond the extent: the study area, and so every zone, would stop
    /// in a straight line at its edge, which the user may not want; it gives the extent that holds all of them.
    func beyondExtent(_ codes: Set<String>?) throws(ImportError) -> String? {
        guard let codes, !codes.isEmpty else { return nil }
        var whole: BoundingBox?
        for code in codes.sorted() {
            let box: BoundingBox?
            do { box = try worldBase.extent(ofCountry: code) } catch { throw ImportError(.failure, error.description) }
            guard let box else { continue }
            whole = whole.map { $0.union(box) } ?? box
        }
        // The index stores boxes in single precision: a hundredth of a degree absorbs its rounding.
        let slack = 0.01
        guard let whole,
            whole.southWest.longitude < extent.southWest.longitude - slack
                || whole.southWest.latitude < extent.southWest.latitude - slack
                || whole.northEast.longitude > extent.northEast.longitude + slack
                || whole.northEast.latitude > extent.northEast.latitude + slack
        else { return nil }
        // Rounded outward to hundredths, after forgiving the single precision (1e-5°) so that -0.2 stays -0.20.
        func down(_ value: Double) -> String { String(format: "%.2f", (value * 100 + 1e-3).rounded(.down) / 100) }
        func up(_ value: Double) -> String { String(format: "%.2f", (value * 100 - 1e-3).rounded(.up) / 100) }
        let both = whole.union(extent)
        let holding = [
            down(both.southWest.longitude), down(both.southWest.latitude), up(both.northEast.longitude),
            up(both.northEast.latitude),
        ].joined(separator: ",")
        return "--study-area \(codes.sorted().joined(separator: ",")): the land reaches beyond the extent, so the "
            + "study area (and every zone) stops in a straight line at the extent's edge; --extent \(holding) "
            + "holds all of it"
    }

    /// The world base's towns inside the extent, as places of the data set: capitals rank 1, then by population
    /// (2: 100,000 or more, 3: 20,000, 4: 5,000, 5: fewer), the ranks the default style labels from the widest zoom
    /// down. Their points are Natural Earth's (good to about a kilometre, the scale it is made for).
    func places() throws(ImportError) -> [Feature] {
        let pieces: [WorldBasePiece]
        do { pieces = try worldBase.features(.place, in: extent, engine: engine) } catch {
            throw ImportError(.failure, error.description)
        }
        var ids = Set<String>()
        var places: [(rank: Int, population: Double, feature: Feature)] = []
        for piece in pieces {
            let source = piece.feature.properties ?? [:]
            var properties = namesAndCredit(source)
            let population = source["population"]?.numberValue ?? 0
            let isCapital = source["kind"]?.stringValue == "capital"
            let rank = isCapital ? 1 : Self.rank(population: population)
            properties["kind"] = isCapital ? "capital" : "town"
            properties["rank"] = .number(Double(rank))
            if population > 0 { properties["population"] = .number(population) }
            properties["accuracy"] = "exact"
            properties["note"] = .string(
                "Natural Earth populated place: the town's point at about 1:10 million, good to about a kilometre.")
            var feature = piece.feature
            feature.properties = properties
            var id = DataSetInitializer.slug(feature.string("name") ?? "place")
            if id.isEmpty { id = "place" }
            while !ids.insert(id).inserted { id += "-2" }
            feature.id = .string(id)
            places.append((rank, population, feature))
        }
        return places.sorted { ($0.rank, -$0.population) < ($1.rank, -$1.population) }.map(\.feature)
    }

    /// A town's rank from its population.
    static func rank(population: Double) -> Int {
        switch population {
        case 100_000...: 2
        case 20_000..<100_000: 3
        case 5_000..<20_000: 4
        default: 5
        }
    }

    /// The English name as `name` (else Natural Earth's own), `name:<lang>` for the data set's languages the world
    /// base has, and the world base's source and accuracy.
    private func namesAndCredit(_ source: JSONObject) -> JSONObject {
        var properties: JSONObject = [:]
        if let name = source["name:en"]?.stringValue ?? source["name"]?.stringValue {
            properties["name"] = .string(name)
        }
        for language in languages {
            if let name = source["name:\(language)"]?.stringValue { properties["name:\(language)"] = .string(name) }
        }
        properties["source"] = source["source"] ?? .string(worldBase.source)
        properties["accuracy"] = source["accuracy"] ?? "approximate"
        if let note = source["note"] { properties["note"] = note }
        return properties
    }
}
