import Chronology
import Scene
import Testing
import _ChronomapTestSupport

/// A landscape map whose legend would hide zones moves left, its extent still whole in view, when the map allows it
/// (`render`); a map that must keep its placement (a pair, a series, tiles) does not. On the fixture, at 1400x600,
/// the extent (40-38 W) is fitted by its height with room on both sides, and its zones run to its east edge at 38 W.
@Suite struct ClearOfLegendTests {
    static func scene(moving: Bool) throws -> Scene {
        var options = SceneOptions(width: 900, height: 600)
        options.movesClearOfLegend = moving
        return try FixtureMap.layout("2024-03-06", options: options)
    }

    /// Where 38 W and 40 W fall, by the Web Mercator formulas of the tests, not the projection under test.
    static func edges(_ scene: Scene) -> (west: Double, east: Double) {
        (
            FixtureMap.independentPixel(longitude: -40, latitude: 31, in: scene).x,
            FixtureMap.independentPixel(longitude: -38, latitude: 31, in: scene).x
        )
    }

    @Test func theMapMovesClearOfTheLegend() throws {
        let still = try Self.scene(moving: false), moved = try Self.scene(moving: true)
        let stillLegend = try #require(still.furnitureBoxes["legend"])
        let movedLegend = try #require(moved.furnitureBoxes["legend"])
        // Without moving, the legend stands over the zones' east edge; moved, it stands right of it, and the
        // extent's west edge is still in view.
        #expect(stillLegend.minX < Self.edges(still).east)
        #expect(
            movedLegend.minX >= Self.edges(moved).east,
            "legend at \(movedLegend.minX), 38 W at \(Self.edges(moved).east)")
        #expect(Self.edges(moved).west > 0)
        // Only sideways: the same scale, the same rows.
        #expect(
            abs((Self.edges(moved).east - Self.edges(moved).west) - (Self.edges(still).east - Self.edges(still).west))
                < 1e-6)
        #expect(moved.viewport.box.maxY == still.viewport.box.maxY)
    }
}
