import GeoJSON
import Testing

/// The one winding rule, used by the GeoJSON writer and by Topology when it reads GEOS rings back.
@Suite struct WindingTests {
    /// A square of `side` degrees at a corner, traversed as given: counter-clockwise is east, north, west.
    static func square(longitude: Double, latitude: Double, side: Double, counterClockwise: Bool) -> LinearRing {
        let ring: LinearRing = [
            .init(longitude: longitude, latitude: latitude), .init(longitude: longitude + side, latitude: latitude),
            .init(longitude: longitude + side, latitude: latitude + side),
            .init(longitude: longitude, latitude: latitude + side), .init(longitude: longitude, latitude: latitude),
        ]
        return counterClockwise ? ring : ring.reversed()
    }

    /// A 1e-7° square (about a centimetre) near the antimeridian: the shoelace sum over absolute coordinates
    /// rounds to exactly 0 there (products near 10⁴ have a spacing of about 2·10⁻¹², the area is 2·10⁻¹⁴), so the
    /// writer's old rule left a clockwise exterior as it was while Topology's rule rewound it.
    @Test func aTinyRingFarFromTheOriginKeepsItsSign() {
        let clockwise = Self.square(longitude: 179.5, latitude: 60.25, side: 1e-7, counterClockwise: false)
        #expect(Winding.signedDoubleArea(clockwise) < 0)
        #expect(!Winding.isCounterClockwise(clockwise))
        #expect(Winding.rightHanded([clockwise]) == [clockwise.reversed()])
        #expect(Winding.oriented(clockwise, counterClockwise: false) == clockwise)
    }

    /// Fewer than 4 positions enclose nothing: such a ring is left as it is, whichever way it runs.
    @Test func ringsOfFewerThanFourPositionsHaveNoWinding() {
        let three: LinearRing = [
            .init(longitude: 0, latitude: 0), .init(longitude: 0, latitude: 1), .init(longitude: 1, latitude: 1),
        ]
        #expect(Winding.signedDoubleArea(three) == 0)
        #expect(Winding.rightHanded([three]) == [three])
    }

    /// A 10° square: 2 × 100 square degrees, by hand.
    @Test func theShoelaceSumOfASquare() {
        let square = Self.square(longitude: 20, latitude: 40, side: 10, counterClockwise: true)
        #expect(Winding.signedDoubleArea(square) == 200)
        #expect(Winding.signedDoubleArea(square.reversed()) == -200)
    }
}
