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
            style: FixtureMap.style.get(), options: SceneOptions(), measurer: FixedAdvanceMeasurer()
        )
        .build(try dataset.snapshot(on: Day(iso: date)), dataset: dataset)
    }

    @Test func theWindowIsHatchedInTheEarlierHoldersColour() throws {
        let dataset = try Dataset.load(from: ChangingHandsFixture.folder())
        let colors = BoundStyle(try FixtureMap.style.get(), region: dataset.region, language: "en")
            .partyFillColors(region: dataset.region)
        let west = try #require(colors["west"]), east = try #require(colors["east"])
        let scene = try Self.scene("2024-03-06")
        let line = try #require(scene.legend.first { $0.label.hasPrefix("Changing hands") })
        #expect(
            line.label
                == "Changing hands: Western side \u{2192} Eastern side (5\u{00A0}Mar \u{2013} 8\u{00A0}Mar\u{00A0}2024)"
        )
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

    /// The line is long (two parties and a window); it wraps inside a narrow panel instead of widening the legend
    /// over the map. With the fixed measurer each character is 0.6 of the type size, so the whole line would need
    /// 62 characters; the panel's texts stay within a quarter of the map's width (or 230 px, whichever is more).
    @Test func theLongLineWrapsInsteadOfWideningTheLegend() throws {
        let scene = try Self.scene("2024-03-06")
        let texts = scene.items.compactMap { item -> SceneItem.Text? in
            if case .text(let text) = item, text.layer == .furniture(.legend) { return text } else { return nil }
        }
        let pieces = texts.filter {
            "Changing hands: Western side \u{2192} Eastern side (5\u{00A0}Mar \u{2013} 8\u{00A0}Mar\u{00A0}2024)"
                .contains($0.string)
        }
        #expect(pieces.count >= 2, "\(pieces.map(\.string))")
        let widest = texts.map { Double($0.string.count) * 0.6 * $0.size }.max() ?? .infinity
        #expect(!texts.isEmpty && widest <= max(1600 * 0.24, 230))
    }

    @Test func afterTheWindowThereIsNoSuchLine() throws {
        let scene = try Self.scene("2024-03-09")
        #expect(!scene.legend.isEmpty)
        #expect(!scene.legend.contains { $0.label.hasPrefix("Changing hands") })
    }
}
