import Chronology
import Foundation
import GeoJSON
import Localization
import Scene
import Testing
import _ChronomapTestSupport

/// Whole scenes of the fixture region, laid out with a fixed-advance measurer (no fonts, no Cairo). Expected
/// wording is region.json's (`FixtureRegion`) and the catalogs', written out here.
@Suite struct SceneBuilderTests {
    @Test func theTitleHasTheNeutralTitleAndTheFullDate() throws {
        #expect(try FixtureMap.layout("2024-03-06").title == "Marrowdale \u{2014} 6 March 2024")
        let custom = try FixtureMap.layout("2024-03-06", options: SceneOptions(title: "Marrow", subtitle: "A test"))
        #expect(custom.title == "Marrow \u{2014} 6 March 2024" && custom.subtitle == "A test")
        let russian = try FixtureMap.layout("2024-02-15", options: SceneOptions(catalog: Catalog(language: "ru")))
        #expect(russian.title == "Марроудейл \u{2014} 15 февраля 2024")
    }

    /// The wording comes from region.json: the engine names no party. Zone labels use a party's `short` name.
    @Test func legendAndZoneLabelsUseTheDataSetsWording() throws {
        let scene = try FixtureMap.layout("2024-06-01")
        let labels = scene.legend.filter { $0.group == .control }.map(\.label)
        #expect(labels == ["Highland Council forces", "Coast League", "Delta Republic"])
        #expect(
            scene.placedLabels.contains { $0.text.hasPrefix("Held by Highland Council\n") },
            "\(scene.placedLabels.map(\.text))")
        // The Delta Republic is `"labelled": false` in region.json: its zone gets no area label.
        #expect(!scene.placedLabels.contains { $0.text.hasPrefix("Held by Delta Republic") })
        let russian = try FixtureMap.layout("2024-06-01", options: SceneOptions(catalog: Catalog(language: "ru")))
        #expect(russian.legend.contains { $0.label == "силы Горного совета" && $0.groupTitle == "Контроль" })
        #expect(russian.placedLabels.contains { $0.text.hasPrefix("Под контролем: Горный совет\n") })
    }

    /// 1 May 2024: the capture of Saltmere is the Highland Council's claim, denied by the Coast League (the
    /// fixture's `event-capture`), and the map says both.
    @Test func claimsAndDenialsAreShown() throws {
        let scene = try FixtureMap.layout("2024-05-01")
        let texts = scene.items.compactMap { item -> String? in
            if case .text(let text) = item, text.layer == .furniture(.events) { text.string } else { nil }
        }
        let panel = texts.joined(separator: " ")
        #expect(panel.contains("denied by the Coast League's command"), "\(panel)")
        #expect(panel.contains("per the Highland Council"), "\(panel)")
    }

    /// The middle strip passes to the Highland Council on a date known only as [2024-05-01..2024-05-04]: on a day
    /// inside that range the ground is drawn as date-uncertain and the legend says so; after it, not.
    @Test func uncertainDatesAreMarked() throws {
        let inside = try FixtureMap.layout("2024-05-02")
        #expect(inside.showsUncertainDates)
        #expect(inside.legend.contains { $0.label.hasSuffix("date uncertain") })
        let after = try FixtureMap.layout("2024-06-01")
        #expect(after.showsUncertainDates == false)
        #expect(!after.legend.contains { $0.label.hasSuffix("date uncertain") })
    }

    /// The offensive of 5 March is `"accuracy":"approximate"`: its marker is flagged and the legend says so.
    @Test func approximateFeaturesAreMarked() throws {
        let scene = try FixtureMap.layout("2024-03-06")
        #expect(scene.showsApproximateFeatures)
        #expect(scene.legend.contains { $0.label.contains("approximate") })
    }

    @Test func tilesHaveNoFurnitureButTheirLegend() throws {
        let scene = try FixtureMap.layout(
            "2024-03-06", options: SceneOptions(width: 512, height: 512, drawsFurniture: false))
        #expect(scene.furnitureBoxes.isEmpty && scene.scaleBar == nil)
        #expect(scene.items.filter(\.isFurniture).isEmpty)
        #expect(scene.legend.contains { $0.group == .control })
    }

    @Test func theMetadataSaysWhatAndWhence() throws {
        let scene = try FixtureMap.layout("2024-03-06")
        #expect(scene.metadata.date == "2024-03-06")
        #expect(scene.metadata.dataVersion == "marrowdale 0.1.0, data as of 2024-12-31")
        #expect(scene.metadata.source.contains("Marrowdale test data, made by hand"), "\(scene.metadata.source)")
    }
}
