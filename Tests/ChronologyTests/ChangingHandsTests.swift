import Chronology
import GeoJSON
import Testing
import _ChronomapTestSupport

/// Ground changing hands on the fixture region (``ChangingHandsFixture``): the earlier holder derived from the zones
/// of the day before the window, the areas counted under `transition` during it, the day after it a change date, and
/// a zone over ground of two earlier holders reported. Expected areas from pyproj (see the fixture).
@Suite struct ChangingHandsTests {
    static func day(_ text: String) -> Day { try! Day(iso: text) }

    @Test func theEarlierHolderIsDerivedFromTheDayBefore() throws {
        let dataset = try Dataset.load(from: ChangingHandsFixture.folder())
        let zone = try #require(dataset.feature(id: "zone-hands"))
        #expect(zone.changingHandsWindow == Self.day("2024-03-05")...Self.day("2024-03-08"))
        #expect(zone.transitionFrom == Controller("west"))
        #expect(zone.controller == Controller("east"))
        #expect(zone.isChangingHands(on: Self.day("2024-03-08")))
        #expect(!zone.isChangingHands(on: Self.day("2024-03-09")))
        // Only the interval form marks ground changing hands: no other zone has a window.
        #expect(dataset.features.filter { $0.changingHandsWindow != nil }.map(\.id) == ["zone-hands"])
        #expect(dataset.warnings.isEmpty)
    }

    @Test func areasCountTheWindowUnderTransition() throws {
        let dataset = try Dataset.load(from: ChangingHandsFixture.folder())
        let during = try dataset.controlAreas(on: Self.day("2024-03-06"))
        #expect(Set(during.keys) == [Controller("west"), Controller("east"), .transition])
        #expect(abs(during[.transition]! - ChangingHandsFixture.handsKm2) < 0.5)
        #expect(abs(during[Controller("west")]! - ChangingHandsFixture.westAfterKm2) < 0.5)
        #expect(abs(during[Controller("east")]! - ChangingHandsFixture.eastAfterKm2) < 0.5)

        let settled = try dataset.controlAreas(on: Self.day("2024-03-09"))
        #expect(settled[.transition] == nil)
        #expect(
            abs(settled[Controller("east")]! - ChangingHandsFixture.eastAfterKm2 - ChangingHandsFixture.handsKm2) < 0.5)
    }

    @Test func theDayAfterTheWindowIsAChangeDate() throws {
        let dataset = try Dataset.load(from: ChangingHandsFixture.folder())
        let keyDate = try #require(dataset.keyDates.first { $0.day == Self.day("2024-03-09") })
        #expect(keyDate.changes.map(\.kind) == [.settles])
        #expect(keyDate.changes.map(\.featureID) == ["zone-hands"])
        #expect(
            dataset.keyDates.map(\.day.description) == ["2024-01-01", "2024-03-05", "2024-03-09"])
    }

    @Test func aZoneOverTwoEarlierHoldersIsReported() throws {
        let folder = try ChangingHandsFixture.folder(severalHolders: true)
        let problems = Dataset.validate(directory: folder).filter { $0.description.contains("earlier holders") }
        #expect(problems.count == 1)
        let problem = try #require(problems.first)
        #expect(
            problem.description
                == "\(folder)/zones.geojson: features[3].properties.start_date:edtf: changing hands from 2024-03-05, the zone covers ground of several earlier holders on 2024-03-04 (east, west); split it so that each part takes ground from one"
        )
        #expect(problem.isError)
        // An error: the data set is refused, so no zone is drawn or exported with an invented earlier holder.
        #expect(throws: DiagnosticError.self) { try Dataset.load(from: folder) }
    }
}
