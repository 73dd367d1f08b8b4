import Geodesy
import Topology

extension SnapshotReader {
    /// A warning when the ground `--fill` gives a party lies in several countries of the base.
    ///
    /// The study area `init` makes by default is all the land inside the extent, neighbours included, so a party
    /// filled over it takes their ground too (a map then says "Held by" a government across an international
    /// border). It may be meant (a force holding ground on both sides), so it is a warning, with the way to narrow
    /// the study area. Pieces under a hundredth of the fill or 1 km² are the borders' slivers at 1:10 million and do
    /// not count.
    func spread(of party: String, over rest: TopologyGeometry, area: Double, file: String) throws -> String? {
        var shares: [(country: BaseCountry, km2: Double)] = []
        for country in countries {
            let part = try rest.intersection(country.shape)
            if try part.isEmpty { continue }
            let km2 = Geodesic.wgs84.areaInSquareKilometres(of: try part.polygonalGeoJSON())
            if km2 >= max(1, area / 100) { shares.append((country, km2)) }
        }
        guard shares.count > 1 else { return nil }
        shares.sort { $0.km2 > $1.km2 }
        let list = shares.map { "\($0.country.name) \(Self.format($0.km2)) km²" }.joined(separator: ", ")
        let codes = shares.compactMap(\.country.code).filter { $0.count == 3 && $0.allSatisfy(\.isLetter) }
        let narrowing =
            codes.count == shares.count
            ? "chronomap init --study-area with their codes among \(codes.joined(separator: ",")), or study_area in region.json"
            : "study_area in region.json"
        return
            "\(file): warning: --fill \(party) gives it \(Self.format(area)) km² in \(shares.count) countries of the base "
            + "(\(list)); if \(party) holds ground in only some of them, narrow the study area to those (\(narrowing))"
    }
}
