/// Ring orientation under the right-hand rule of
/// [RFC 7946 §3.1.6](https://www.rfc-editor.org/rfc/rfc7946#section-3.1.6).
public enum Winding {
    /// Twice the signed planar area of a ring in degrees (shoelace formula): positive when counter-clockwise.
    /// Only the sign is used; areas that matter are geodesic and come from the Geodesy module.
    public static func signedDoubleArea(_ ring: LinearRing) -> Double {
        guard ring.count >= 3 else { return 0 }
        var sum = 0.0
        for index in 0..<(ring.count - 1) {
            let a = ring[index]
            let b = ring[index + 1]
            sum += a.longitude * b.latitude - b.longitude * a.latitude
        }
        return sum
    }

    /// Whether the ring runs counter-clockwise.
    public static func isCounterClockwise(_ ring: LinearRing) -> Bool { signedDoubleArea(ring) > 0 }

    /// The polygon's rings rewound: the exterior counter-clockwise, holes clockwise.
    public static func rightHanded(_ rings: [LinearRing]) -> [LinearRing] {
        rings.enumerated().map { index, ring in
            let wantsCounterClockwise = index == 0
            let area = signedDoubleArea(ring)
            if area == 0 || (area > 0) == wantsCounterClockwise { return ring }
            return ring.reversed()
        }
    }
}
