import Chronomap
import Testing
import _ChronomapTestSupport

/// The measure of steady labels (`SteadyLabelMeasure`) on the bundled data's war of autumn 2020, a frame a day
/// from 27 September to 10 November.
@Suite struct SteadyWarLabelsTests {
    static func moves(steady: Bool) throws -> SteadyLabelMeasure.Moves {
        let first = try Day(iso: "2020-09-27")
        return try SteadyLabelMeasure.moves(
            of: BundledData.dataset.get(), renderer: MapFixture.renderer.get(),
            days: (0...44).map { first.adding(days: $0) }, steady: steady)
    }

    @Test func noLabelMovesUnlessItsSpotIsTaken() throws {
        let moves = try Self.moves(steady: true)
        print(
            "steady labels, 2020 war: \(moves.compared) label pairs compared, \(moves.forced) forced, "
                + "\(moves.unforced.count) unforced")
        #expect(moves.compared > 500)
        #expect(moves.unforced.isEmpty, "\(moves.unforced)")
        // Each frame placed on its own, as before: the count the series brings down.
        let alone = try Self.moves(steady: false)
        print(
            "each frame on its own: \(alone.compared) compared, \(alone.forced) forced, \(alone.unforced.count) unforced"
        )
    }
}
