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
        let shares = try CountryShare.of(rest, in: countries)
        guard shares.count > 1 else { return nil }
        let codes = CountryShare.codes(shares)
        let narrowing =
            codes.count == shares.count
            ? "chronomap study-area with their codes among \(codes.joined(separator: ",")) --data \(request.dataDirectory), then import again"
            : "chronomap study-area with a file of its polygons --data \(request.dataDirectory), then import again"
        return
            "\(file): warning: --fill \(party) gives it \(Self.format(area)) km² in \(shares.count) countries of the base "
            + "(\(CountryShare.list(shares))); if \(party) holds ground in only some of them, narrow the study area to "
            + "those (\(narrowing))"
    }
}
