import Chronology
import Foundation
import Site
import Testing
import _ChronomapTestSupport

/// The days and pairs of a site, against the key dates read straight from the data files.
@Suite struct SitePlanTests {
    static func day(_ text: String) throws -> Day { try Day(iso: text) }

    @Test func aSiteStartsWithTheStateOnItsFirstDayAndHoldsEveryKeyDateAfter() throws {
        let dataset = try FixtureRegion.dataset.get()
        // The fixture's key dates around its handover (start, end and event dates in its files): 2024-03-07, 05-01,
        // 05-04, 05-05, 06-01. The 8th of March is none, so the site opens on the 7th.
        let plan = SitePlan(dataset: dataset, range: try Self.day("2024-03-08")...(try Self.day("2024-05-05")))
        #expect(plan.days.map(\.description) == ["2024-03-07", "2024-05-01", "2024-05-04", "2024-05-05"])
        // Consecutive days, each day against the first, each against the last (docs/data-format.md), once each.
        #expect(
            plan.pairs.map(\.description) == [
                "2024-03-07_2024-05-01", "2024-03-07_2024-05-04", "2024-03-07_2024-05-05",
                "2024-05-01_2024-05-04", "2024-05-01_2024-05-05", "2024-05-04_2024-05-05",
            ])
    }

    @Test func aRangeOfOneDayHasOneDayAndNoPairs() throws {
        let dataset = try FixtureRegion.dataset.get()
        let plan = SitePlan(dataset: dataset, range: try Self.day("2024-05-01")...(try Self.day("2024-05-01")))
        #expect(plan.days.map(\.description) == ["2024-05-01"])
        #expect(plan.pairs.isEmpty)
    }
}
