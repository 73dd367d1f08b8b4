import Chronology
import Testing

@testable import Scene

/// The metadata names the map, its day, credits and data version; a map with furniture also gets alt text,
/// whose short form becomes its description; a tile keeps the subtitle and gets none.
@Suite struct MetadataAssemblyTests {
    static func metadata(drawsFurniture: Bool) throws -> SceneMetadata {
        let dataset = Dataset(region: SceneFixture.region, directory: "/nowhere", features: [])
        return try MetadataAssembly(
            options: SceneOptions(drawsFurniture: drawsFurniture), region: SceneFixture.region
        ).metadata(
            title: "Fixture land, 1 May 2000", subtitle: "Nothing happened",
            snapshot: dataset.snapshot(on: SceneFixture.day),
            dataset: dataset, legend: [], extent: SceneFixture.region.extent, showsNamesLine: true)
    }

    @Test func aTileSaysWhatAndWhenceWithoutAltText() throws {
        let metadata = try Self.metadata(drawsFurniture: false)
        #expect(metadata.title == "Fixture land, 1 May 2000")
        #expect(metadata.description == "Nothing happened")
        #expect(metadata.source == "Fixture sources")
        #expect(metadata.date == "2000-05-01")
        #expect(metadata.dataVersion == "fixture 1, data as of 2001-01-01")
        #expect(metadata.altText == nil)
    }

    @Test func aMapWithFurnitureGetsAltText() throws {
        let metadata = try Self.metadata(drawsFurniture: true)
        let altText = try #require(metadata.altText)
        #expect(!altText.short.isEmpty)
        #expect(metadata.description == altText.short)
        #expect(altText.long.contains("Fixture sources"))
        #expect(metadata.dataVersion == "fixture 1, data as of 2001-01-01")
    }
}
