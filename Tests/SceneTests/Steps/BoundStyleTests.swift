import Chronology
import Foundation
import Localization
import Scene
import Style
import Testing
import _ChronomapTestSupport

/// The style bound to a region: control fills repeated for region.json's parties, the palette for parties without
/// a colour, and fills that stay apart from each other and from water and land.
@Suite struct BoundStyleTests {
    static func bound(_ region: Region) throws -> BoundStyle {
        BoundStyle(try FixtureMap.style.get(), region: region, language: "en")
    }

    /// A top-level member of a JSON file, read with Foundation's parser (not the code under test).
    static func json(_ path: String, _ key: String) throws -> Any? {
        try json(Data(contentsOf: URL(fileURLWithPath: path)), key)
    }

    static func json(_ data: Data, _ key: String) throws -> Any? {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])[key]
    }

    /// One control fill per party, in region.json's order, with its name.
    @Test func repeatedLayersAreMadeForEachParty() throws {
        let region = try FixtureRegion.dataset.get().region
        let file = Data(try #require(FixtureRegion.files["region.json"]).utf8)
        let parties = try #require(try Self.json(file, "parties") as? [[String: Any]])
        let ids = parties.compactMap { $0["id"] as? String }, names = parties.compactMap { $0["name"] as? String }
        #expect(ids.count == 3 && names.count == 3)
        let control = try Self.bound(region).layers.filter { $0.styleLayerID == "control" }
        #expect(control.map(\.id) == ids.map { "control:\($0)" })
        #expect(control.map(\.legendLabel) == names)
        #expect(control.map(\.match?.value) == ids)
    }

    /// A party without a colour takes the style's palette colour of its position (`chronomap-palette` in the
    /// style file).
    @Test func partiesWithoutAColourTakeThePalette() throws {
        var region = try FixtureRegion.dataset.get().region
        for index in region.parties.indices { region.parties[index].color = nil }
        let palette = try #require(
            try Self.json(FixtureMap.defaultStylePath, "chronomap-palette") as? [String: Any])
        let partyColours = try #require(palette["parties"] as? [String])
        let colours = try Self.bound(region).partyFillColors(region: region)
        #expect(region.parties.count == 3 && colours.count == 3)
        for (index, party) in region.parties.enumerated() {
            #expect(colours[party.id] == StyleColor(css: partyColours[index]), "\(party.id)")
        }
    }

    /// Every party fill, the fixture region's and the palette's, stays apart from water, background and land by
    /// at least 15 in CIELAB (CIE76), and from the other party fills, also under simulated protanopia and
    /// deuteranopia (docs/data-format.md, "Parties"). Water, background and land colours are read from the style file.
    @Test func partyFillsReadAsLandAndStayApart() throws {
        let style = try FixtureMap.style.get()
        let region = try FixtureRegion.dataset.get().region
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: FixtureMap.defaultStylePath)))
                as? [String: Any])
        let layers = try #require(json["layers"] as? [[String: Any]])
        func paint(_ id: String, _ key: String) throws -> StyleColor {
            let layer = try #require(layers.first { $0["id"] as? String == id })
            let text = try #require((layer["paint"] as? [String: Any])?[key] as? String)
            return try #require(StyleColor(css: text))
        }
        let others = [
            try paint("background", "background-color"), try paint("lakes", "fill-color"),
            try paint("countries", "fill-color"),
        ]
        let fixture = try Self.bound(region).partyFillColors(region: region).values
        for fills in [Array(fixture), style.palette.parties] {
            #expect(fills.count >= 3)
            for (index, fill) in fills.enumerated() {
                for matrix in [nil, ColourScience.protanopia, ColourScience.deuteranopia] {
                    for other in others {
                        let distance = ColourScience.difference(
                            [fill.red, fill.green, fill.blue], [other.red, other.green, other.blue], matrix)
                        #expect(distance >= 15, "ΔE \(distance) between \(fill) and water/land \(other)")
                    }
                    for second in fills[(index + 1)...] {
                        let distance = ColourScience.difference(
                            [fill.red, fill.green, fill.blue], [second.red, second.green, second.blue], matrix)
                        #expect(distance >= 15, "ΔE \(distance) between party fills \(fill) and \(second)")
                    }
                }
            }
        }
    }
}
