import Chronology
import GeoJSON
import Localization
import Testing
import _ChronomapTestSupport

@testable import Scene

/// The legend, footer and alt text say "Names: English / other side's name" only on a map that draws a dual name:
/// a region whose places carry one name each gets no such line.
@Suite struct NamesLineTests {
    /// The catalog's sentence, written out here rather than taken from `NameRule.legendText`.
    static let namesLine = "Names: English / other side's name"

    static func scene(otherName: String?) throws -> Scene {
        var properties: JSONObject = ["name:en": "Northtown", "rank": 2]
        if let otherName { properties["alt_name:en"] = .string(otherName) }
        let town = SceneFixture.feature("town", .places, SceneFixture.point(0.5, 0.5), kind: "town", properties)
        let dataset = Dataset(region: SceneFixture.region, directory: "/nowhere", features: [town])
        return try SceneBuilder(
            style: FixtureMap.style.get(), options: SceneOptions(names: .dual()), measurer: FixedAdvanceMeasurer()
        ).build(dataset.snapshot(on: SceneFixture.day), dataset: dataset)
    }

    static func texts(_ scene: Scene) -> [String] {
        scene.items.compactMap { item -> String? in
            if case .text(let text) = item { text.string } else { nil }
        }
    }

    @Test func aDualNameDrawnBringsTheNamesLine() throws {
        let scene = try Self.scene(otherName: "Nordstadt")
        #expect(scene.placedLabels.contains { $0.text == "Northtown / Nordstadt" })
        #expect(scene.showsDualNames)
        let texts = Self.texts(scene)
        #expect(texts.contains(Self.namesLine))
        #expect(texts.contains { $0.hasSuffix("\u{00B7} " + Self.namesLine) })
        #expect(try #require(scene.metadata.altText).long.contains(Self.namesLine))
    }

    @Test func placesWithOneNameEachGetNoNamesLine() throws {
        let scene = try Self.scene(otherName: nil)
        #expect(scene.placedLabels.contains { $0.text == "Northtown" })
        #expect(!scene.showsDualNames)
        let texts = Self.texts(scene)
        #expect(!texts.isEmpty)
        #expect(!texts.contains { $0.contains("Names:") })
        #expect(try #require(scene.metadata.altText).long.contains("Names:") == false)
    }
}
