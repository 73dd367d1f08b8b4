import Foundation
import Localization
import Scene
import Testing
import _ChronomapTestSupport

/// The bundled data's maps say what its sources say: named places, claims and the parties' wording, read from
/// tools/data/nagorno_karabakh_facts.json and region.json. The engine's behaviour behind them is tested on the
/// fixture region in SceneTests.
@Suite struct BundledMapsTests {
    /// Hadrut, 9 October 2020: one side announced it, the other denied it (its event in
    /// tools/data/nagorno_karabakh_facts.json), and the alt text says so with the parties' `authority` wording.
    @Test func hadrutsCaptureIsAttributed() throws {
        let text = try #require(try MapFixture.layout("2020-10-09").metadata.altText)
        #expect(
            text.short.contains(
                "Azerbaijan announces capture of Hadrut (per the Azerbaijani authorities; denied by the ethnic Armenian authorities)"
            ), "\(text.short)")
        #expect(text.short.hasPrefix("Map of Nagorno-Karabakh on "))
        #expect(text.short.hasSuffix("Data: nagorno-karabakh v1.2.0, data as of 7 December 2026."))
    }

    /// 1 January 2024 and later: ethnic Armenian forces hold nothing (the facts file's control_changes: Azerbaijan in
    /// control after September–October 2023), so the alt text does not name them.
    @Test func ethnicArmenianForcesHoldNothingIn2024() throws {
        let text = try #require(try MapFixture.layout("2024-01-01").metadata.altText)
        #expect(!text.short.contains("ethnic Armenian forces"))
        #expect(text.short.contains("Azerbaijan 15,"))
        #expect(text.short.contains("(the rest of the study area)"))
    }

    /// region.json's Russian title and party names reach the Russian alt text.
    @Test func theRussianAltTextUsesTheRussianNames() throws {
        let scene = try MapFixture.layout(
            "2020-11-10", options: SceneOptions(width: 800, height: 600, catalog: Catalog(language: "ru")))
        let text = try #require(scene.metadata.altText)
        #expect(text.short.hasPrefix("Карта: Нагорный Карабах на 10 ноября 2020."))
        #expect(text.short.contains("силы карабахских армян \u{2014} "))
    }

    /// 19-20 September 2023: the mine blasts are Azerbaijan's claim, denied by Armenia's foreign ministry, and the
    /// map says both (the two mine events of tools/data/nagorno_karabakh_facts.json, with their sources); the
    /// offensive's area is drawn as under attack.
    @Test func theMineBlastsAreAClaimAndADenial() throws {
        let scene = try MapFixture.layout("2023-09-19")
        let texts = scene.items.compactMap { item -> String? in
            if case .text(let text) = item, text.layer == .furniture(.events) { text.string } else { nil }
        }
        let panel = texts.joined(separator: " ")
        #expect(panel.contains("denied by Armenia's foreign ministry"))
        #expect(panel.contains("per Azerbaijan"))
        #expect(scene.legend.contains { $0.label == "Area under attack" && $0.group == .overlays })
    }

    /// The take-over of 2023 is dated [2023-09-22..2023-10-02] (`takeover` in the facts file): on a day inside that
    /// range the map marks the ground as date-uncertain; after it, not.
    @Test func theTakeOverIsDateUncertain() throws {
        #expect(try MapFixture.layout("2023-09-25").showsUncertainDates)
        #expect(try MapFixture.layout("2023-10-15").showsUncertainDates == false)
    }

    /// Stepanakert is labelled on every key date, with both sides' names by default and each side's alone.
    @Test func stepanakertCarriesBothNames() throws {
        for date in MapFixture.keyDates {
            let scene = try MapFixture.layout(date)
            #expect(scene.placedLabels.contains { $0.featureID == "stepanakert" }, "\(date)")
        }
        let dual = try MapFixture.layout("2023-09-19")
        #expect(dual.placedLabels.contains { $0.text == "Stepanakert / Khankendi" })
        let azerbaijani = try MapFixture.layout("2023-09-19", options: SceneOptions(names: .single("az")))
        #expect(azerbaijani.placedLabels.contains { $0.text == "Xankəndi" })
        let armenian = try MapFixture.layout("2023-09-19", options: SceneOptions(names: .single("hy")))
        #expect(armenian.placedLabels.contains { $0.text.hasPrefix("Ստեփանակերտ") })
    }

    /// The bundled parties' colours (region.json) stay apart from water, background and land (the default style's
    /// file) by at least 15 in CIELAB (CIE76), and from each other, also under simulated protanopia and deuteranopia
    /// (docs/data-format.md, "Parties"). Colours are read with Foundation's parser and a hex reader written here.
    @Test func thePartiesColoursReadAsLandAndStayApart() throws {
        func object(_ path: String) throws -> [String: Any] {
            try #require(
                try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        }
        func rgb(_ hex: String) throws -> [Double] {
            let digits = try #require(UInt32(hex.dropFirst(), radix: 16))
            #expect(hex.count == 7, "\(hex)")
            return [16, 8, 0].map { Double((digits >> $0) & 0xFF) / 255 }
        }
        let parties = try #require(
            try object(TestPaths.bundledData + "/region.json")["parties"] as? [[String: Any]])
        let fills = try parties.map { try rgb(try #require($0["color"] as? String, "\($0["id"] ?? "?")")) }
        let layers = try #require(try object(MapFixture.defaultStylePath)["layers"] as? [[String: Any]])
        let others = try [("background", "background-color"), ("lakes", "fill-color"), ("countries", "fill-color")]
            .map { id, key in
                let layer = try #require(layers.first { $0["id"] as? String == id })
                return try rgb(try #require((layer["paint"] as? [String: Any])?[key] as? String))
            }
        #expect(fills.count == 3)
        for (index, fill) in fills.enumerated() {
            for matrix in [nil, ColourScience.protanopia, ColourScience.deuteranopia] {
                for other in others + fills[(index + 1)...] {
                    let distance = ColourScience.difference(fill, other, matrix)
                    #expect(distance >= 15, "ΔE \(distance) between \(fill) and \(other)")
                }
            }
        }
    }
}
