import Canvas
import Chronology
import GeoJSON
import Render
import Scene
import Testing
import _ChronomapTestSupport

/// The limit of the data: where the extent cut the study area, the map draws the cut as a line and the legend says
/// what it is. The fixture has no study_area, so its study area is the extent's box (40-38 W by 30-31.5 N) and its
/// whole edge is the limit.
@Suite struct StudyAreaLimitTests {
    static let limitLayer = "study-area-limit"

    /// The east side at 38 W, found by the Web Mercator formulas of the tests: the default style's dash of 8, 3, 2
    /// and 3 pixels inks 10 of every 16 pixels down the column (62%), in the style's grey (#474747); the antialiased
    /// ends of each dash and dot add up to a row each, so between 55% and 85%, and never the solid line's 100%.
    @Test func theCutIsDrawnAndInTheLegend() throws {
        let scene = try FixtureMap.scene("2024-02-01", options: SceneOptions(width: 800, height: 600))
        #expect(scene.drawnLayerIDs.contains(Self.limitLayer))
        #expect(scene.legend.contains { $0.label == "Limit of the data" })
        let body = try FixtureMap.scene(
            "2024-02-01", options: SceneOptions(width: 800, height: 600, drawsFurniture: false))
        let image = try FixtureMap.renderer.get().image(of: body)
        let x = Int(FixtureMap.independentPixel(longitude: -38, latitude: 31, in: body).x.rounded(.down))
        var inked = 0, rows = 0
        for y in 100..<500 {
            rows += 1
            // The darkest of the two columns the 1.4-pixel line may straddle.
            let darkest = try [x - 1, x, x + 1].map { try image.pixel(x: $0, y: y) }.min { $0.red < $1.red }!
            if darkest.red < 0.45 && abs(darkest.red - darkest.green) < 0.05 { inked += 1 }
        }
        let share = Double(inked) / Double(rows)
        #expect(share > 0.55 && share < 0.85, "\(inked) of \(rows) rows inked at x \(x)")
    }

    /// A study area clear of the extent's sides (a box inside it) has no cut: no line, and no legend line.
    @Test func aStudyAreaInsideTheExtentHasNoLimit() throws {
        var dataset = try FixtureRegion.dataset.get()
        let ring = [(-39.8, 30.2), (-38.2, 30.2), (-38.2, 31.3), (-39.8, 31.3), (-39.8, 30.2)].map {
            Position(longitude: $0.0, latitude: $0.1)
        }
        dataset.region.studyArea = .polygon(Polygon([ring]))
        let scene = try MapFixture.scene(
            of: dataset, on: "2024-02-01", options: SceneOptions(width: 800, height: 600), eventsWindowDays: 3)
        #expect(!scene.drawnLayerIDs.isEmpty)
        #expect(!scene.drawnLayerIDs.contains(Self.limitLayer))
        #expect(!scene.legend.isEmpty)
        #expect(!scene.legend.contains { $0.label == "Limit of the data" })
    }
}
