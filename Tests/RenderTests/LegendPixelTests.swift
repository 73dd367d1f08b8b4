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
        let data = try Data(contentsOf: URL(fileURLWithPath: FixtureRegion.folder.get() + "/region.json"))
        let region = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let parties = try #require(region["parties"] as? [[String: Any]])
        #expect(parties.count >= 2)
        return try parties.map { ($0["name"] as? String ?? "", try Color(hex: $0["color"] as? String ?? "")) }
    }

    /// The parties holding ground on each of the fixture's key dates (its zones, in `FixtureRegion`'s table): the
    /// Delta Republic holds its strip only from 5 March 2024.
    static let partiesHoldingGround: [String: Set<String>] = [
        "2024-02-01": ["Highland Council forces", "Coast League"],
        "2024-03-06": ["Highland Council forces", "Coast League", "Delta Republic"],
        "2024-05-02": ["Highland Council forces", "Coast League", "Delta Republic"],
        "2024-06-01": ["Highland Council forces", "Coast League", "Delta Republic"],
    ]

    /// Kinds of point events on each key date or in the three days before it (the fixture's events file) that the
    /// map body shows: the decree of 1 February; the offensive of 5 March (the strike of 6 March lies beyond the
    /// extent, so it is listed off the map, not drawn); the capture of 1 May; the withdrawal of 1 June.
    static let eventKindsShown: [String: Set<String>] = [
        "2024-02-01": ["decree"],
        "2024-03-06": ["offensive"],
        "2024-05-02": ["capture"],
        "2024-06-01": ["withdrawal"],
    ]

    @Test(arguments: FixtureMap.keyDates)
    func legendMatchesWhatWasDrawn(date: String) throws {
        let renderer = try FixtureMap.renderer.get()
        let scene = try FixtureMap.scene(date)
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
        // Not vacuous (an empty legend over a blank map would agree with itself): the parties the zones give.
        #expect(drawnAndListed == Self.partiesHoldingGround[date], "\(date)")
        // Event kinds in the legend are exactly those with icons on the map.
        let iconKinds = Set(
            scene.items.compactMap { item -> String? in
                if case .icon(let icon) = item, !icon.layer.isFurniture { return icon.symbol.kind }
                return nil
            })
        let legendKinds = Set(
            scene.legend.compactMap { line -> String? in
                if case .icon(let symbol) = line.swatch { symbol.kind } else { nil }
            })
        #expect(iconKinds == legendKinds, "\(date)")
        // Not vacuous either: the events of the day and the three before it that the fixture places as points have
        // their icons.
        let expectedKinds = Self.eventKindsShown[date] ?? []
        #expect(!expectedKinds.isEmpty && iconKinds.isSuperset(of: expectedKinds), "\(date): \(iconKinds)")
    }
}
