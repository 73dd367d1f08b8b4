import Changes
import Charts
import Chronology
import Foundation
import GeoJSON
import Testing
import _ChronomapTestSupport

/// `chronomap areas` agrees with `timeline --areas` (the areas held) and with `compare` (what changed hands) on
/// every date of the fixture region, and its figures are pyproj's (`FixtureRegion`). The bundled data's figures
/// against the published ones are a data-set test (DataSetTests/TakeOverAndAreasTests).
@Suite struct AreaSeriesTests {
    static let whole: Result<AreaSeries, any Error> = Result {
        let dataset = try FixtureRegion.dataset.get()
        return try AreaSeries.compute(dataset, over: dataset.region.firstDate...dataset.region.asOf)
    }

    /// On every drawable key date of the fixture region, the row of that day is `Dataset.controlAreas(on:)`.
    @Test func theAreasAreThoseOfTheTimelineOnEveryKeyDate() throws {
        let dataset = try FixtureRegion.dataset.get()
        let keyDates = dataset.keyDates.filter(\.isDrawable).map(\.day)
        // The fixture's nine, read from its files: 1 January, 1 February (a decree), 5, 6 and 7 March, 1, 4 and 5 May,
        // 1 June.
        #expect(keyDates.count == 9)
        for day in keyDates {
            let row = try #require(try AreaSeries.compute(dataset, over: day...day).rows.first)
            let timeline = try dataset.controlAreas(on: day)
            for controller in dataset.region.controllers {
                #expect(row.areas[controller] == timeline[controller] ?? 0, "\(day) \(controller)")
            }
        }
    }

    /// Each row's transfers are `compare`'s ChangeSet between that row's day and the previous one; and, checked
    /// against the areas held (a different computation: sums of zone areas, not an overlay), each side's change
    /// equals what it gained less what it lost, to within the slivers `compare` leaves out.
    @Test func whatChangedHandsIsWhatCompareMeasures() throws {
        let dataset = try FixtureRegion.dataset.get()
        let rows = try Self.whole.get().rows
        #expect(rows.count == 4)
        for (previous, row) in zip(rows, rows.dropFirst()) {
            let changes = try ChangeSet.between(
                dataset.snapshot(on: previous.day), dataset.snapshot(on: row.day), places: [])
            #expect(changes.areas.map(\.from) == row.transfers.map(\.from), "\(row.day)")
            #expect(changes.areas.map(\.to) == row.transfers.map(\.to), "\(row.day)")
            #expect(changes.areas.map(\.areaKm2) == row.transfers.map(\.areaKm2), "\(row.day)")
            // Ground changing hands is held by `transition` in the areas but passes between parties in the transfers
            // (compare's overlay keeps party ids), so the balance below holds only between rows without it.
            guard (previous.areas[.transition] ?? 0) == 0, (row.areas[.transition] ?? 0) == 0 else { continue }
            for controller in dataset.region.controllers {
                let held = (row.areas[controller] ?? 0) - (previous.areas[controller] ?? 0)
                let moved = (row.gained[controller] ?? 0) - (row.lost[controller] ?? 0)
                let tolerance = 0.1 * Double(dataset.region.controllers.count) + 0.05
                #expect(abs(held - moved) <= tolerance, "\(row.day) \(controller): held \(held), moved \(moved)")
            }
        }
    }

    /// The rows are the first day and the days a control zone begins or ends, not the days only overlays change.
    @Test func rowsFollowTheControlZones() throws {
        let days = try Self.whole.get().rows.map(\.day.description)
        // The zones' dates in the fixture's table, and 5 May, the day after the changing-hands window; not 1 June,
        // when only the truce overlay ends, nor the days of events alone.
        #expect(days == ["2024-01-01", "2024-03-05", "2024-05-01", "2024-05-05"])
    }

    /// Each row's areas are the fixture's zones as pyproj measures them (`FixtureRegion`), summed per side: once the
    /// handover settles the Highland Council holds two zones, 17,515.39 + 4,776.89 km² (pyproj gives 22,292.41 for
    /// one 1.4° polygon, its long edges being geodesics that bow north, so a side is the sum of its zones).
    @Test func theFiguresAreThoseOfPyproj() throws {
        let strip = FixtureRegion.narrowStripKm2
        let expected: [String: [Controller: Double]] = [
            "2024-01-01": ["highland": FixtureRegion.highlandBeforeKm2, "coast": FixtureRegion.coastBeforeKm2],
            "2024-03-05": [
                "highland": FixtureRegion.highlandBeforeKm2, "contested": strip, "coast": FixtureRegion.coastDuringKm2,
                "delta": strip,
            ],
            "2024-05-01": [
                "highland": FixtureRegion.highlandAfterKm2, .transition: strip, "coast": strip, "delta": strip,
            ],
            "2024-05-05": ["highland": FixtureRegion.highlandAfterKm2 + strip, "coast": strip, "delta": strip],
        ]
        let rows = try Self.whole.get().rows
        #expect(rows.count == expected.count)
        for row in rows {
            let areas = try #require(expected[row.day.description], "\(row.day)")
            for (controller, area) in row.areas where area > 0 {
                #expect(abs(area - (areas[controller] ?? 0)) < 0.05, "\(row.day) \(controller): \(area)")
            }
            for (controller, area) in areas {
                #expect(abs((row.areas[controller] ?? 0) - area) < 0.05, "\(row.day) \(controller)")
            }
        }
    }

    @Test func csvHasOneColumnPerPartyInLegendOrderThenContestedAndTransition() throws {
        let csv = try Self.whole.get().csv()
        let lines = csv.split(separator: "\n")
        #expect(lines.first == "date,highland,coast,delta,contested,transition")
        #expect(lines.count == (try Self.whole.get().rows.count) + 1)
        #expect(lines[1].hasPrefix("2024-01-01,"))
        #expect(lines.allSatisfy { $0.split(separator: ",").count == 6 })
    }

    @Test func jsonHasTheConventionsMembers() throws {
        let text = JSONTextWriter.string(try Self.whole.get().json())
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(!rows.isEmpty)
        for row in rows { #expect(Set(row.keys) == ["date", "areas_km2", "gained_km2", "lost_km2"]) }
        let firstRow = try #require(rows.first)
        let first = try #require(firstRow["areas_km2"] as? [String: Double])
        #expect(Set(first.keys) == ["highland", "coast", "delta", "contested", "transition"])
        // On 5 March the Coast League loses two 0.3° strips, one to fighting and one to the Delta Republic.
        let march = try #require(rows.first { $0["date"] as? String == "2024-03-05" })
        let lost = try #require((march["lost_km2"] as? [String: Double])?["coast"])
        #expect(abs(lost - 2 * FixtureRegion.narrowStripKm2) < 0.1, "\(lost)")
        let gained = try #require((march["gained_km2"] as? [String: Double])?["delta"])
        #expect(abs(gained - FixtureRegion.narrowStripKm2) < 0.05, "\(gained)")
    }
}
