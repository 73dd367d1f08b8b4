import Chronology
import Style
import Testing
import _ChronomapTestSupport

@testable import Scene

/// Ground changing hands is drawn in both parties' colours (the new controller's fill under hatch lines in the earlier
/// holder's colour) with a legend line naming both and the window (``ChangingHandsFixture``).
@Suite struct ChangingHandsDrawingTests {
    static func scene(_ date: String) throws -> Scene {
        let dataset = try Dataset.load(from: ChangingHandsFixture.folder())
        return try SceneBuilder(
            style: MapFixture.style.get(), options: SceneOptions(), measurer: FixedAdvanceMeasurer()
        )
        .build(try dataset.snapshot(on: Day(iso: date)), dataset: dataset)
    }

    @Test func theWindowIsHatchedInTheEarlierHoldersColour() throws {
        let dataset = try Dataset.load(from: ChangingHandsFixture.folder())
        let colors = BoundStyle(try MapFixture.style.get(), region: dataset.region, language: "en")
            .partyFillColors(region: dataset.region)
        let west = try #require(colors["west"]), east = try #require(colors["east"])
        let scene = try Self.scene("2024-03-06")
        let line = try #require(scene.legend.first { $0.label.hasPrefix("Changing hands") })
        #expect(line.label == "Changing hands: Western side \u{2192} Eastern side (5 March 2024 \u{2013} 8 March 2024)")
        guard case .fill(let fill, let hatch, _, _) = line.swatch else {
            Issue.record("the legend line has no fill swatch")
            return
        }
        #expect(fill == east)
        #expect(hatch?.color == west.withAlpha(1))
        let hatches = scene.items.compactMap { item -> Hatch? in
            if case .fill(let fill) = item { return fill.hatch } else { return nil }
        }
        #expect(hatches.contains { $0.color == west.withAlpha(1) })
    }

    @Test func afterTheWindowThereIsNoSuchLine() throws {
        let scene = try Self.scene("2024-03-09")
        #expect(!scene.legend.isEmpty)
        #expect(!scene.legend.contains { $0.label.hasPrefix("Changing hands") })
    }
}
