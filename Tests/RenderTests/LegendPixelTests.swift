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

    @Test(arguments: MapFixture.keyDates)
    func legendMatchesWhatWasDrawn(date: String) throws {
        let renderer = try MapFixture.renderer.get()
        let scene = try MapFixture.scene(date)
        let image = try renderer.image(of: scene)
        let labels = Set(scene.legend.map(\.label))
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
        }
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
    }
}
