import Scene
import Testing
import _ChronomapTestSupport

/// The band under a portrait or square map lists fewer events on a busy day, but never cuts a title: its claim and
/// the denial are part of it. On 1 May 2024 the fixture's capture is claimed by the Highland Council and denied by
/// the Coast League (FixtureRegion's events.geojson), which at phone size takes more than one line.
@Suite struct PanelBandTests {
    @Test(arguments: [(1080.0, 1080.0, MapLayout.square), (1080.0, 1350.0, MapLayout.portrait)])
    func aListedTitleKeepsItsDenial(width: Double, height: Double, layout: MapLayout) throws {
        let scene = try FixtureMap.layout(
            "2024-05-01", options: SceneOptions(width: width, height: height, layout: layout))
        let texts = scene.items.compactMap { item -> String? in
            if case .text(let text) = item, text.layer == .furniture(.events) {
                return text.string
            } else {
                return nil
            }
        }
        #expect(!texts.isEmpty)
        #expect(!texts.contains { $0.hasSuffix("\u{2026}") }, "\(texts)")
        let joined = texts.joined(separator: " ")
        #expect(joined.contains("Highland Council says it has taken Saltmere"))
        #expect(joined.contains("denied by"), "\(joined)")
    }
}
