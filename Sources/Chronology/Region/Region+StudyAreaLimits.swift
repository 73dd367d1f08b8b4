import GeoJSON

extension Region {
    /// How close to the extent's edge a vertex of the study area lies on it, in degrees: well under the 1e-6° grid
    /// the study area is written on, well over the error of reading six decimals.
    static let limitTolerance = 1e-7

    /// The stretches of the study area's edge that run along the extent's edge: where the data stops because the
    /// extent cut it (`init` cuts the land to the extent), not at a coast or a border. A map wider than the extent
    /// shows land beyond them that no zone covers, so it draws them as the limit of the data. With no `study_area`
    /// the study area is the extent's box, and all of its edge is such a limit.
    ///
    /// A stretch is a run of consecutive segments of a ring, each with both ends on the same side of the extent.
    public var studyAreaLimits: [[Position]] {
        let west = extent.southWest.longitude, east = extent.northEast.longitude
        let south = extent.southWest.latitude, north = extent.northEast.latitude
        func onSameSide(_ a: Position, _ b: Position) -> Bool {
            func on(_ value: Double, _ side: Double) -> Bool { abs(value - side) <= Self.limitTolerance }
            return (on(a.longitude, west) && on(b.longitude, west)) || (on(a.longitude, east) && on(b.longitude, east))
                || (on(a.latitude, south) && on(b.latitude, south)) || (on(a.latitude, north) && on(b.latitude, north))
        }
        var limits: [[Position]] = []
        for ring in studyAreaGeometry.polygons.joined() where ring.count >= 4 {
            // Segments i (ring[i] to ring[i + 1]); a run that reaches the ring's last segment goes on with its first.
            let count = ring.count - 1
            let isLimit = (0..<count).map { onSameSide(ring[$0], ring[$0 + 1]) }
            guard let start = isLimit.firstIndex(of: false) else {
                limits.append(ring)
                continue
            }
            var run: [Position] = []
            for step in 1...count {
                let segment = (start + step) % count
                if isLimit[segment] {
                    if run.isEmpty { run.append(ring[segment]) }
                    run.append(ring[segment + 1])
                } else if !run.isEmpty {
                    limits.append(run)
                    run = []
                }
            }
            if !run.isEmpty { limits.append(run) }
        }
        return limits
    }
}
