import Changes
import Chronology
import GeoJSON
import Localization
import Testing
import _ChronomapTestSupport

/// What changed hands between two days of the fixture region, against its zones' table and pyproj's strip areas
/// (`FixtureRegion`). The bundled data's handovers against their published figures are data-set tests
/// (Tests/DataSetTests/BundledChangesTests.swift).
@Suite struct ChangeSetTests {
    static func naming() throws -> ControllerNaming {
        ControllerNaming(region: try FixtureRegion.dataset.get().region, catalog: .english)
    }

    static func changes(_ before: String, _ after: String) throws -> ChangeSet {
        let dataset = try FixtureRegion.dataset.get()
        return try ChangeSet.between(
            dataset.snapshot(on: Day(iso: before)), dataset.snapshot(on: Day(iso: after)),
            places: dataset.features(in: .places))
    }

    static func isStrip(_ area: Double) -> Bool {
        abs(area - FixtureRegion.narrowStripKm2) < 0.01 * FixtureRegion.narrowStripKm2
    }

    /// From 30 April to 6 May 2024 the contested strip (39.2-38.9 W) and the Coast League's strip 38.9-38.6 W pass
    /// to the Highland Council, and the handover has settled (its window ended on 4 May): two 0.3-degree strips,
    /// with Brackwater and Saltmere on them; Highgate, Reedby and Eastport stay where they were.
    @Test func theHandoverOfMay() throws {
        let changes = try Self.changes("2024-04-30", "2024-05-06")
        #expect(changes.areas.count == 2)
        #expect(Set(changes.areas.map { "\($0.from)→\($0.to)" }) == ["contested→highland", "coast→highland"])
        for area in changes.areas {
            #expect(Self.isStrip(area.areaKm2), "\(area.from): \(area.areaKm2)")
            #expect(!area.isChangingHands)
        }
        let to = Dictionary(
            changes.places.map { ($0.place.id, $0.to?.id ?? "outside") }, uniquingKeysWith: { first, _ in first })
        #expect(to["saltmere"] == "highland" && to["brackwater"] == "highland")
        let moved = Set(changes.places.map(\.place.id))
        #expect(moved.isDisjoint(with: ["highgate", "reedby", "eastport"]))
        // Tollbar, a checkpoint set up on 1 May on the contested strip, did not stand on 30 April: it changed no
        // hands, although the ground under it did.
        #expect(!moved.contains("tollbar"))
    }

    /// On 2 May the Coast League's strip is still changing hands (`[2024-05-01..2024-05-04]`): the change says so,
    /// for the ground and for Saltmere on it; the contested strip, settled on 1 May, does not.
    @Test func groundStillChangingHandsIsMarked() throws {
        let changes = try Self.changes("2024-04-30", "2024-05-02")
        let hands = try #require(changes.areas.first { $0.from == "coast" })
        #expect(hands.to == "highland" && hands.isChangingHands && Self.isStrip(hands.areaKm2))
        let contested = try #require(changes.areas.first { $0.from == "contested" })
        #expect(!contested.isChangingHands)
        let saltmere = try #require(changes.places.first { $0.place.id == "saltmere" })
        #expect(saltmere.isChangingHands && saltmere.to?.id == "highland")
    }

    /// From 1 February to 6 March the Coast League loses its western strip to fighting and its eastern one to the
    /// Delta Republic, which holds ground from 5 March.
    @Test func aNewPartyAndContestedGround() throws {
        let changes = try Self.changes("2024-02-01", "2024-03-06")
        #expect(Set(changes.areas.map { "\($0.from)→\($0.to)" }) == ["coast→contested", "coast→delta"])
        #expect(changes.areas.count == 2 && changes.areas.allSatisfy { Self.isStrip($0.areaKm2) })
        #expect(abs(changes.totalKm2 - 2 * FixtureRegion.narrowStripKm2) < 0.01 * FixtureRegion.narrowStripKm2)
    }

    @Test func sameDayChangesNothing() throws {
        let changes = try Self.changes("2024-04-30", "2024-04-30")
        #expect(changes.isEmpty)
        #expect(changes.totalKm2 == 0)
        #expect(try changes.featureCollection(naming: Self.naming()).features.isEmpty)
    }

    @Test func areasAddUpToTheTotalInTheGeoJSON() throws {
        let collection = try Self.changes("2024-04-30", "2024-05-06").featureCollection(naming: Self.naming())
        let areas = collection.features.compactMap { $0.properties?["area_km2"]?.numberValue }
        let total = try #require(collection.foreignMembers["total_km2"]?.numberValue)
        #expect(abs(areas.reduce(0, +) - total) < 0.05)
        #expect(!collection.features.isEmpty)
        #expect(collection.features.allSatisfy { $0.properties?["from"] != nil && $0.properties?["to"] != nil })
        // Ids stay party ids; the wording is the data set's.
        let coast = try #require(
            collection.features.first { $0.properties?["kind"] == "area-change" && $0.properties?["from"] == "coast" })
        #expect(coast.properties?["from_name"] == "Coast League")
        #expect(coast.properties?["to"] == "highland" && coast.properties?["to_name"] == "Highland Council forces")
    }
}
