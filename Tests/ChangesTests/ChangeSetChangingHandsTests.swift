import Changes
import Chronology
import GeoJSON
import Localization
import Testing
import _ChronomapTestSupport

/// `compare` over ground changing hands keeps party ids in `from`/`to` and marks the change
/// `"state": "changing-hands"` while the window lasts (``ChangingHandsFixture``; areas from pyproj).
@Suite struct ChangeSetChangingHandsTests {
    static func changes(_ before: String, _ after: String) throws -> (ChangeSet, ControllerNaming) {
        let dataset = try Dataset.load(from: ChangingHandsFixture.folder())
        let changes = try ChangeSet.between(
            dataset.snapshot(on: Day(iso: before)), dataset.snapshot(on: Day(iso: after)),
            places: dataset.features(in: .places))
        return (changes, ControllerNaming(region: dataset.region, catalog: .english))
    }

    @Test func duringTheWindowTheChangeIsMarked() throws {
        let (changes, naming) = try Self.changes("2024-03-04", "2024-03-06")
        let change = try #require(changes.areas.first)
        #expect(changes.areas.count == 1)
        #expect(change.from == "west" && change.to == "east")
        #expect(change.isChangingHands)
        #expect(abs(change.areaKm2 - ChangingHandsFixture.handsKm2) < 0.5)
        let json = changes.summaryJSON(naming: naming)
        let entry = try #require(json.objectValue?["changes"]?.arrayValue?.first?.objectValue)
        #expect(entry["from"] == "west")
        #expect(entry["to"] == "east")
        #expect(entry["state"] == "changing-hands")
        // The place in the strip (46.2 E) is changing hands too.
        let place = try #require(changes.places.first)
        #expect(place.place.id == "ford" && place.from == "west" && place.to == "east" && place.isChangingHands)
        let placeEntry = try #require(json.objectValue?["places"]?.arrayValue?.first?.objectValue)
        #expect(placeEntry["state"] == "changing-hands")
    }

    @Test func afterTheWindowTheChangeIsPlain() throws {
        let (changes, naming) = try Self.changes("2024-03-04", "2024-03-09")
        let change = try #require(changes.areas.first)
        #expect(changes.areas.count == 1)
        #expect(change.from == "west" && change.to == "east" && !change.isChangingHands)
        let entry = try #require(changes.summaryJSON(naming: naming).objectValue?["changes"]?.arrayValue?.first)
        #expect(entry.objectValue?["state"] == nil)
    }
}
