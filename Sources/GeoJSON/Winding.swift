/// Ring orientation under the right-hand rule of
/// [RFC 7946 §3.1.6](https://www.rfc-editor.org/rfc/rfc7946#section-3.1.6).
public enum Winding {
    /// Twice the signed planar area of a ring in degrees (shoelace formula): positive when counter-clockwise,
    /// zero for a ring of fewer than 4 positions (a closed ring needs 4 to enclose anything).
    /// Coordinates are taken relative to the first position so that large longitudes do not swamp the small
    /// differences that decide the sign. Only the sign is used; areas that matter are geodesic and come from the
    /// Geodesy module.
    public static func signedDoubleArea(_ ring: LinearRing) -> Double {
        guard let origin = ring.first, ring.count >= 4 else { return 0 }
        var sum = 0.0
        for index in 0..<(ring.count - 1) {
            let x1 = ring[index].longitude - origin.longitude, y1 = ring[index].latitude - origin.latitude
            let x2 = ring[index + 1].longitude - origin.longitude, y2 = ring[index + 1].latitude - origin.latitude
            sum += x1 * y2 - x2 * y1
        }
        return sum
    }

    /// Whether the ring runs counter-clockwise.
    public static func isCounterClockwise(_ ring: LinearRing) -> Bool { signedDoubleArea(ring) > 0 }

    /// The polygon's rings rewound: the exterior counter-clockwise, holes clockwise.
    public static func rightHanded(_ rings: [LinearRing]) -> [LinearRing] {
        rings.enumerated().map { index, ring in oriented(ring, counterClockwise: index == 0) }
    }

    /// The ring turned to run the asked way; rings without area (degenerate) are left as they are.
    public static func oriented(_ ring: LinearRing, counterClockwise: Bool) -> LinearRing {
        let area = signedDoubleArea(ring)
        if area == 0 || (area > 0) == counterClockwise { return ring }
        return ring.reversed()
    }
}
