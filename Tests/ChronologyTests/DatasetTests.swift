import Chronology
import GeoJSON
import Testing

/// The tiny hand-made data set loaded: what a snapshot holds on a day, the dates it refuses, who holds a point,
/// the key dates and the geodesic control areas (against pyproj).
@Suite struct DatasetTests {
    static func day(_ text: String) -> Day { try! Day(iso: text) }

    @Test func loadsTheTinyDataSet() throws {
        let dataset = try Dataset.load(from: TinyData.folder)
        #expect(dataset.region.id == "tiny")
        #expect(dataset.features.count == 15)
        #expect(dataset.features(in: .zones).count == 5)
        #expect(dataset.range == Self.day("1994-05-12")...Self.day("2024-06-30"))
    }

    @Test func snapshotHoldsWhatWasValidThatDay() throws {
        let dataset = try Dataset.load(from: TinyData.folder)
        let before = try dataset.snapshot(on: Self.day("1999-12-31"))
        #expect(
            Set(before.features(in: .zones).map(\.id)) == ["zone-west-1994-05-12", "zone-east-1994-05-12", "corridor"])
        #expect(before.features(in: .routes).map(\.id) == ["road-open"])
        #expect(before.events.isEmpty)
        #expect(before.recentEvents.map(\.id) == ["clash-before"])

        // Half-open: the 1994 zones end on 2000-01-01 and the new ones start; "2000-01" means 2000-01-01.
        let after = try dataset.snapshot(on: Self.day("2000-01-01"))
        #expect(Set(after.controlZones.map(\.id)) == ["zone-west-2000-01-01", "zone-east-2000-01-01"])
        #expect(after.features(in: .routes).map(\.id) == ["road-closed"])
        #expect(after.events.map(\.id) == ["capture"])
        #expect(after.recentEvents.map(\.id) == ["clash-before"])

        // A multi-day event is an event of every day it spans; the window is 3 days by default.
        let during = try dataset.snapshot(on: Self.day("2000-01-05"))
        #expect(during.events.map(\.id) == ["exodus"])
        #expect(during.recentEvents.isEmpty)
        #expect(
            try dataset.snapshot(on: Self.day("2000-01-05"), eventsWindowDays: 4).recentEvents.map(\.id) == ["capture"])
    }

    @Test func refusesDatesBeforeTheRange() throws {
        let dataset = try Dataset.load(from: TinyData.folder)
        #expect(throws: DateError.self) { try dataset.snapshot(on: Self.day("1991-09-02")) }
        // The day before region.json's first_date is refused too, and says why.
        let error = #expect(throws: DateError.self) { try dataset.snapshot(on: Self.day("1994-05-11")) }
        #expect(
            error?.description
                == "1994-05-11 is before the data's range: control data starts on 1994-05-12 (data as of 2024-06-30)")
        #expect(try !dataset.snapshot(on: Self.day("1994-05-12")).isBeyondAsOf)
        // After as_of is allowed: the last known state.
        #expect(try dataset.snapshot(on: Self.day("2030-01-01")).isBeyondAsOf)
    }

    @Test func controllerOfAPointFollowsTheZones() throws {
        let dataset = try Dataset.load(from: TinyData.folder)
        let middle = Position(longitude: 46.4, latitude: 39.5)
        #expect(try dataset.controller(at: middle, on: Self.day("1999-12-31")) == "west")
        #expect(try dataset.controller(at: middle, on: Self.day("2000-01-01")) == "east")
        #expect(
            try dataset.controller(at: Position(longitude: 45.5, latitude: 39.5), on: Self.day("2000-01-01")) == nil)
    }

    @Test func keyDatesListEveryChange() throws {
        let dataset = try Dataset.load(from: TinyData.folder)
        let keyDates = dataset.keyDates
        #expect(
            keyDates.map(\.day.description) == [
                "1991-09-02", "1994-01-01", "1994-05-12", "1999-12-29", "2000-01-01", "2000-01-02",
            ])
        #expect(keyDates[0].isDrawable == false)
        let change = try #require(keyDates.first { $0.day == Self.day("2000-01-01") })
        #expect(change.changes.first?.kind == .happens)
        #expect(change.changes.first?.summary == "Middle taken")
        #expect(change.changes.filter { $0.kind == .ends }.count == 3)
        #expect(keyDates[3].changes[0].summary == "A clash (04:30) [claimed by west; denied by east]")
    }

    @Test func controlAreasAreGeodesic() throws {
        let dataset = try Dataset.load(from: TinyData.folder)
        let areas = try dataset.controlAreas(on: Self.day("1999-12-31"))
        // pyproj.Geod(ellps="WGS84").polygon_area_perimeter([46, 46.5, 46.5, 46], [39, 39, 40, 40]) → 4,774.75 km².
        #expect(abs(areas["west"]! - 4_774.75) < 0.01)
    }
}
