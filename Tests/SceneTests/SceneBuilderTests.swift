import Chronology
import Foundation
import GeoJSON
import Localization
import Scene
import Testing
import _ChronomapTestSupport

/// Whole scenes of the bundled data, laid out with a fixed-advance measurer (no fonts, no Cairo).
@Suite struct SceneBuilderTests {
    @Test func theTitleHasTheNeutralTitleAndTheFullDate() throws {
        #expect(try MapFixture.layout("2023-09-19").title == "Nagorno-Karabakh \u{2014} 19 September 2023")
        let custom = try MapFixture.layout("2023-09-19", options: SceneOptions(title: "Karabakh", subtitle: "A test"))
        #expect(custom.title == "Karabakh \u{2014} 19 September 2023" && custom.subtitle == "A test")
        let russian = try MapFixture.layout("2024-02-15", options: SceneOptions(catalog: Catalog(language: "ru")))
        #expect(russian.title == "Нагорный Карабах \u{2014} 15 февраля 2024")
    }

    /// The wording comes from region.json: the engine names no party.
    @Test func legendAndZoneLabelsUseTheDataSetsWording() throws {
        let scene = try MapFixture.layout("2020-11-10")
        let labels = scene.legend.filter { $0.group == .control }.map(\.label)
        #expect(labels == ["ethnic Armenian forces", "Azerbaijan", "Russian peacekeepers (2020 statement)"])
        #expect(scene.placedLabels.contains { $0.text.hasPrefix("Held by ethnic Armenian forces\n") })
        // Azerbaijan's zone is the rest of a study area no source drew: region.json gives it no area label.
        #expect(!scene.placedLabels.contains { $0.text.hasPrefix("Held by Azerbaijan") })
        let russian = try MapFixture.layout("2020-11-10", options: SceneOptions(catalog: Catalog(language: "ru")))
        #expect(russian.legend.contains { $0.label == "силы карабахских армян" && $0.groupTitle == "Контроль" })
        #expect(russian.placedLabels.contains { $0.text.hasPrefix("Под контролем: силы карабахских армян\n") })
    }

    /// 19-20 September 2023: the mine blasts are Azerbaijan's claim, denied by Armenia's foreign ministry, and the
    /// map says both (the two mine events of tools/data/nagorno_karabakh_facts.json, with their sources).
    @Test func claimsAndDenialsAreShown() throws {
        let scene = try MapFixture.layout("2023-09-19")
        let texts = scene.items.compactMap { item -> String? in
            if case .text(let text) = item, text.layerID == "furniture:events" { text.string } else { nil }
        }
        let panel = texts.joined(separator: " ")
        #expect(panel.contains("denied by Armenia's foreign ministry"))
        #expect(panel.contains("per Azerbaijan"))
        #expect(scene.legend.contains { $0.label == "Area under attack" && $0.group == .overlays })
    }

    /// The take-over of 2023 is dated [2023-09-22..2023-10-02] (`takeover` in tools/data/nagorno_karabakh_facts.json):
    /// on a day inside that range the ground taken over is drawn as date-uncertain and the legend says so; after it,
    /// not.
    @Test func uncertainDatesAreMarked() throws {
        let inside = try MapFixture.layout("2023-09-25")
        #expect(inside.showsUncertainDates)
        #expect(inside.legend.contains { $0.label.hasSuffix("date uncertain") })
        let after = try MapFixture.layout("2023-10-15")
        #expect(after.showsUncertainDates == false)
        #expect(!after.legend.contains { $0.label.hasSuffix("date uncertain") })
    }

    @Test func approximateFeaturesAreMarked() throws {
        let scene = try MapFixture.layout("2023-09-19")
        #expect(scene.showsApproximateFeatures)
        #expect(scene.legend.contains { $0.label.contains("approximate") })
        #expect(scene.placedLabels.contains { $0.text.hasPrefix("~") })
    }

    @Test func tilesHaveNoFurnitureButTheirLegend() throws {
        let scene = try MapFixture.layout(
            "2023-09-19", options: SceneOptions(width: 512, height: 512, drawsFurniture: false))
        #expect(scene.furnitureBoxes.isEmpty && scene.scaleBar == nil)
        #expect(scene.items.filter(\.isFurniture).isEmpty)
        #expect(scene.legend.contains { $0.group == .control })
    }

    @Test func theMetadataSaysWhatAndWhence() throws {
        let scene = try MapFixture.layout("2023-09-19")
        #expect(scene.metadata.date == "2023-09-19")
        #expect(scene.metadata.dataVersion.hasPrefix("nagorno-karabakh 1.2.0, data as of"))
        #expect(scene.metadata.source.contains("Natural Earth"))
    }
}
