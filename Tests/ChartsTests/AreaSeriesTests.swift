import Changes
import Charts
import Chronology
import Foundation
import GeoJSON
import Testing
import _ChronomapTestSupport

/// `chronomap areas` agrees with `timeline --areas` (the areas held) and with `compare` (what changed hands) on
/// every date, and its figures are the published ones (data/nagorno-karabakh/README.md, "Areas").
@Suite struct AreaSeriesTests {
    static let whole: Result<AreaSeries, any Error> = Result {
        let dataset = try BundledData.dataset.get()
        return try AreaSeries.compute(dataset, over: dataset.region.firstDate...dataset.region.asOf)
    }

    /// On every drawable key date of the bundled data, the row of that day is `Dataset.controlAreas(on:)`.
    @Test func theAreasAreThoseOfTheTimelineOnEveryKeyDate() throws {
        let dataset = try BundledData.dataset.get()
        let keyDates = dataset.keyDates.filter(\.isDrawable).map(\.day)
        #expect(keyDates.count > 50)
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
        let dataset = try BundledData.dataset.get()
        let rows = try Self.whole.get().rows
        #expect(rows.count > 15)
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
        #expect(days.first == "1994-05-12")
        #expect(days.contains("2020-10-03") && days.contains("2020-12-01") && days.contains("2023-09-22"))
        // 19 and 20 September 2023: an attack overlay and a ceasefire overlay, no control zone changes.
        #expect(!days.contains("2023-09-19") && !days.contains("2023-09-20"))
        #expect(Set(days).count == days.count)
    }

    /// The published figures (`published_areas` of tools/data/nagorno_karabakh_facts.json, with their sources):
    /// 11,458 km² held by the ethnic Armenian side 1994–2020 (NKR infobox; ~11,500 per Tabakian), 2,800–3,170 km²
    /// after November 2020, nothing after September 2023.
    @Test func theFiguresAreThosePublished() throws {
        let rows = try Self.whole.get().rows
        func held(on date: String) throws -> Double {
            let day = try Day(iso: date)
            let row = try #require(rows.last { $0.day <= day })
            return row.areas[Controller("artsakh")] ?? 0
        }
        #expect(abs(try held(on: "1994-05-12") - 11_458) / 11_458 < 0.05)
        #expect((2_800 * 0.95...3_170 * 1.05).contains(try held(on: "2020-12-01")))
        #expect(try held(on: "2024-01-01") == 0)
    }

    @Test func csvHasOneColumnPerPartyInLegendOrderThenContestedAndTransition() throws {
        let csv = try Self.whole.get().csv()
        let lines = csv.split(separator: "\n")
        #expect(lines.first == "date,artsakh,azerbaijan,peacekeepers,contested,transition")
        #expect(lines.count == (try Self.whole.get().rows.count) + 1)
        #expect(lines[1].hasPrefix("1994-05-12,"))
        #expect(lines.allSatisfy { $0.split(separator: ",").count == 6 })
    }

    @Test func jsonHasTheConventionsMembers() throws {
        let text = JSONTextWriter.string(try Self.whole.get().json())
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(!rows.isEmpty)
        for row in rows { #expect(Set(row.keys) == ["date", "areas_km2", "gained_km2", "lost_km2"]) }
        let firstRow = try #require(rows.first)
        let first = try #require(firstRow["areas_km2"] as? [String: Double])
        #expect(Set(first.keys) == ["artsakh", "azerbaijan", "peacekeepers", "contested", "transition"])
        let lachin = try #require(rows.first { $0["date"] as? String == "2020-12-01" })
        #expect(((lachin["gained_km2"] as? [String: Double])?["azerbaijan"] ?? 0) > 1_000)
        #expect(((lachin["lost_km2"] as? [String: Double])?["artsakh"] ?? 0) > 1_000)
    }
}
