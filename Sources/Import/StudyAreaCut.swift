import Foundation
import GeoJSON
import Topology
import WorldBase

/// A data set's study area cut from its base's countries: the land inside the extent, or the land of the countries
/// named, or a file's polygons; with the warning the choice calls for. `init` cuts it from the world base's
/// countries, `study-area` from those of the data set's own base, so both give the same ground.
struct StudyAreaCut {
    /// The data set's folder, for the command a warning gives.
    let dataDirectory: String
    /// Whether `init` cuts it (its warnings then speak of its options), rather than `study-area` on a data set
    /// whose extent is already set.
    var isInit = true
    let extent: BoundingBox
    /// The world base, for the whole extent of the countries named; nil leaves that warning out.
    let worldBase: WorldBase?
    let engine: GeometryEngine

    /// The study area: the land of the countries (or of the countries named) inside the extent. With no land there,
    /// nil (the extent's box) and a warning; a file's polygons are read by the caller.
    /// - Parameter countries: whole countries, or countries cut to a box that holds the extent.
    func studyArea(
        _ choice: StudyAreaChoice, countries baseCountries: [BaseCountry]
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
            for country in baseCountries {
                let cut = try country.shape.clipped(to: extent)
                if try !cut.isEmpty, try !cut.polygonalGeoJSON().polygons.isEmpty {
                    countries.append(BaseCountry(name: country.name, code: country.code, shape: cut))
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
            return (nil, "the extent holds no land in the base; the study area is the extent's box")
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
            + "zones are of only some of these countries, narrow it to them: chronomap study-area with their codes "
            + "among \(CountryShare.codes(shares).joined(separator: ",")) --data \(dataDirectory)"
    }

    /// A warning when the countries chosen reach beyond the extent: the study area, and so every zone, would stop
    /// in a straight line at its edge, which the user may not want; it gives the extent that holds all of them.
    func beyondExtent(_ codes: Set<String>?) throws(ImportError) -> String? {
        guard let codes, !codes.isEmpty, let worldBase else { return nil }
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
        let named = codes.sorted().joined(separator: ",")
        let start = isInit ? "--study-area \(named)" : named
        let end =
            isInit
            ? "--extent \(holding) holds all of it"
            : "maps draw that edge as the limit of the data; the extent \(holding) would hold all of it (init sets "
                + "the extent, in a new folder)"
        return "\(start): the land reaches beyond the extent, so the study area (and every zone) stops in a straight "
            + "line at the extent's edge; \(end)"
    }
}
