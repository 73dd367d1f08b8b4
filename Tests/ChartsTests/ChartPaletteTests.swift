import Charts
import Chronology
import Foundation
import Testing
import _ChronomapTestSupport

/// The chart's colours are the map's: read here from region.json and styles/default.json as plain JSON.
@Suite struct ChartPaletteTests {
    @Test func partiesAndContestedGroundHaveTheirMapColours() throws {
        let dataset = try FixtureRegion.dataset.get()
        let palette = ChartPalette(style: try FixtureMap.style.get(), region: dataset.region, language: "en")
        let region = try AreaChartTests.regionJSON()
        let parties = try #require(region["parties"] as? [[String: Any]])
        #expect(!parties.isEmpty)
        for party in parties {
            let id = try #require(party["id"] as? String), color = try #require(party["color"] as? String)
            #expect(palette.swatch(Controller(id)).fill.description == color.lowercased(), "\(id)")
        }
        let styleData = try Data(contentsOf: URL(fileURLWithPath: FixtureMap.defaultStylePath))
        let style = try #require(try JSONSerialization.jsonObject(with: styleData) as? [String: Any])
        let layers = try #require(style["layers"] as? [[String: Any]])
        let contested = try #require(layers.first { $0["id"] as? String == "control-contested" })
        let paint = try #require(contested["paint"] as? [String: Any])
        let swatch = palette.swatch(.contested)
        #expect(swatch.fill.description == (paint["fill-color"] as? String)?.lowercased())
        #expect(swatch.hatch?.color.description == (paint["chronomap-hatch-color"] as? String)?.lowercased())
    }
}
