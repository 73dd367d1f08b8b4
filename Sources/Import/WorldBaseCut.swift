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

    /// The study area cut from the base's countries (see ``StudyAreaCut``), with its warning.
    /// - Parameter baseCountries: the countries of ``baseFeatures()``, already joined over ``baseBox``, which
    ///   holds the extent.
    func studyArea(
        _ choice: StudyAreaChoice, baseCountries: [WorldBasePiece], dataDirectory: String
    ) throws(ImportError) -> (area: Geometry?, warning: String?) {
        var countries: [BaseCountry] = []
        do {
            for piece in baseCountries {
                guard let geometry = piece.feature.geometry else { continue }
                let code = piece.feature.string("iso_a3")
                countries.append(
                    BaseCountry(
                        name: piece.feature.string("name") ?? code ?? "", code: code,
                        shape: try TopologyGeometry(geometry, engine: engine)))
            }
        } catch {
            throw ImportError(.failure, "cannot read the countries of the world base: \(error)")
        }
        return try StudyAreaCut(
            dataDirectory: dataDirectory, extent: extent, worldBase: worldBase, engine: engine
        ).studyArea(
            choice, countries: countries)
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
