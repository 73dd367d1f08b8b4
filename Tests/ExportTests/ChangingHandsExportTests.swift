import Chronology
import Export
import GeoJSON
import Testing
import _ChronomapTestSupport

/// A zone changing hands is exported with `controller` (the party after) and the derived `transition_from` (the
/// party before) on the days of its window, and as an ordinary zone after it (``ChangingHandsFixture``).
@Suite struct ChangingHandsExportTests {
    static func zone(on date: String) throws -> Feature {
        let dataset = try Dataset.load(from: ChangingHandsFixture.folder())
        let collection = SnapshotExporter().featureCollection(for: try dataset.snapshot(on: Day(iso: date)))
        return try #require(collection.features.first { $0.id == "zone-hands" })
    }

    @Test func theWindowNamesBothParties() throws {
        let zone = try Self.zone(on: "2024-03-06")
        #expect(zone.properties?["controller"] == "east")
        #expect(zone.properties?["transition_from"] == "west")
        #expect(zone.properties?["start_date:edtf"] == "[2024-03-05..2024-03-08]")
    }

    @Test func afterTheWindowTheZoneIsOrdinary() throws {
        let zone = try Self.zone(on: "2024-03-09")
        #expect(zone.properties?["controller"] == "east")
        #expect(zone.properties?["transition_from"] == nil)
    }
}
