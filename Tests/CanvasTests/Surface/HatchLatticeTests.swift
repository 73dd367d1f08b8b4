import Testing

@testable import Canvas

/// How a hatch's spacing and angle are fitted to whole-pixel periods; expected values worked out by hand.
@Suite struct HatchLatticeTests {
    @Test func fortyFiveDegreesFitsASquareTile() {
        // 7·√2 = 9.90 → 10 px each way; the lines are then 10/√2 = 7.07 apart.
        let lattice = HatchLattice(spacing: 7, angleDegrees: 45)
        #expect(lattice == HatchLattice(width: 10, height: 10, orientation: .rising))
        #expect(abs(lattice.spacing - 7.0711) < 1e-4)
        #expect(abs(lattice.direction.x - 0.70711) < 1e-5 && abs(lattice.direction.y + 0.70711) < 1e-5)
    }

    @Test func steepAndFallingLines() {
        // 60°: 5 / sin 60° = 5.77 → 6 across, 5 / cos 60° = 10 down; spacing 6·10/√136 = 5.145.
        let steep = HatchLattice(spacing: 5, angleDegrees: 60)
        #expect(steep == HatchLattice(width: 6, height: 10, orientation: .rising))
        #expect(abs(steep.spacing - 5.1450) < 1e-4)
        // −45° and 135° are the same falling lines: 11·√2 = 15.56 → 16.
        #expect(
            HatchLattice(spacing: 11, angleDegrees: -45) == HatchLattice(width: 16, height: 16, orientation: .falling))
        #expect(
            HatchLattice(spacing: 11, angleDegrees: 135) == HatchLattice(width: 16, height: 16, orientation: .falling))
        #expect(HatchLattice(spacing: 11, angleDegrees: -45).direction.y > 0)
    }

    @Test func levelAndUprightLines() {
        #expect(
            HatchLattice(spacing: 6.4, angleDegrees: 0) == HatchLattice(width: 1, height: 6, orientation: .horizontal))
        #expect(
            HatchLattice(spacing: 6.4, angleDegrees: 180) == HatchLattice(width: 1, height: 6, orientation: .horizontal)
        )
        #expect(HatchLattice(spacing: 8, angleDegrees: 90) == HatchLattice(width: 8, height: 1, orientation: .vertical))
        #expect(
            HatchLattice(spacing: 8, angleDegrees: -90) == HatchLattice(width: 8, height: 1, orientation: .vertical))
        // Spacing below a pixel still gives a one-pixel period.
        #expect(HatchLattice(spacing: 0.2, angleDegrees: 45) == HatchLattice(width: 1, height: 1, orientation: .rising))
    }
}
