import Canvas
import Chronology
import Foundation
import Render
import Scene
import Testing
import _ChronomapTestSupport

/// The legend is checked against the pixels drawn, not against the list that built it: a party's fill colour
/// (from region.json) is in the legend exactly when it appears in the map outside the furniture.
@Suite struct LegendPixelTests {
    static func partyColours() throws -> [(name: String, color: Color)] {
        let data = try Data(contentsOf: URL(fileURLWithPath: TestPaths.bundledData + "/region.json"))
        let region = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let parties = try #require(region["parties"] as? [[String: Any]])
        #expect(parties.count >= 2)
        return try parties.map { ($0["name"] as? String ?? "", try Color(hex: $0["color"] as? String ?? "")) }
    }

    /// The parties holding ground on each key date (the control periods of the places, and the control_changes, of
    /// tools/data/nagorno_karabakh_facts.json): the corridor
    /// is the Russian peacekeepers' from the statement of 10 November 2020 until the take-over of September 2023.
    static let partiesHoldingGround: [String: Set<String>] = [
        "1994-05-12": ["ethnic Armenian forces", "Azerbaijan"],
        "2020-10-20": ["ethnic Armenian forces", "Azerbaijan"],
        "2020-11-10": ["ethnic Armenian forces", "Azerbaijan", "Russian peacekeepers (2020 statement)"],
        "2023-09-19": ["ethnic Armenian forces", "Azerbaijan", "Russian peacekeepers (2020 statement)"],
        "2023-10-15": ["Azerbaijan"],
    ]

    /// Kinds of point events on each key date or in the three days before it (events.geojson) that the map body
    /// shows: the 1994 ceasefire; Zangilan taken on 20 Oct 2020 (Ganja, struck on 17 Oct, lies at 40.68 N, north
    /// of the region's extent, so its strike is listed off the map, not drawn); Shusha and Dashalty taken on 8 and
    /// 9 Nov and the statement of 10 Nov 2020; the mine blasts and the offensive of 19 Sept 2023; the flag raised
    /// in Stepanakert on 15 Oct 2023.
    static let eventKindsShown: [String: Set<String>] = [
        "1994-05-12": ["ceasefire"],
        "2020-10-20": ["capture"],
        "2020-11-10": ["capture", "ceasefire"],
        "2023-09-19": ["mine", "offensive"],
        "2023-10-15": ["flag"],
    ]

    @Test(arguments: MapFixture.keyDates)
    func legendMatchesWhatWasDrawn(date: String) throws {
        let renderer = try MapFixture.renderer.get()
        let scene = try MapFixture.scene(date)
        let image = try renderer.image(of: scene)
        let labels = Set(scene.legend.map(\.label))
        var drawnAndListed: Set<String> = []
        for party in try Self.partyColours() {
            var found = 0
            for y in stride(from: 0, to: image.height, by: 3) {
                for x in stride(from: 0, to: image.width, by: 3) {
                    let probe = PixelRect(x: Double(x), y: Double(y), width: 1, height: 1)
                    if scene.furnitureBoxes.values.contains(where: { $0.outset(by: 2).intersects(probe) }) { continue }
                    let pixel = try image.pixel(x: x, y: y)
                    if abs(pixel.red - party.color.red) < 0.01, abs(pixel.green - party.color.green) < 0.01,
                        abs(pixel.blue - party.color.blue) < 0.01
                    {
                        found += 1
                    }
                }
            }
            #expect(
                (found > 20) == labels.contains(party.name),
                "\(date): \(party.name) legend=\(labels.contains(party.name)) pixels=\(found)")
            if found > 20 && labels.contains(party.name) { drawnAndListed.insert(party.name) }
        }
        // Not vacuous (an empty legend over a blank map would agree with itself): the parties the facts give.
        #expect(drawnAndListed == Self.partiesHoldingGround[date], "\(date)")
        // Event kinds in the legend are exactly those with icons on the map.
        let iconKinds = Set(
            scene.items.compactMap { item -> String? in
                if case .icon(let icon) = item, !icon.layerID.hasPrefix("furniture") { return icon.symbol.kind }
                return nil
            })
        let legendKinds = Set(
            scene.legend.compactMap { line -> String? in
                if case .icon(let symbol) = line.swatch { symbol.kind } else { nil }
            })
        #expect(iconKinds == legendKinds, "\(date)")
        // Not vacuous either: the events of the day and the three before it that events.geojson places as points
        // (the kinds of the sourced events listed in EventsAndProvenanceTests) have their icons.
        let expectedKinds = Self.eventKindsShown[date] ?? []
        #expect(!expectedKinds.isEmpty && iconKinds.isSuperset(of: expectedKinds), "\(date): \(iconKinds)")
    }
}
