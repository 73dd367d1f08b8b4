import Chronology
import Foundation
import Site
import Testing
import _ChronomapTestSupport

/// The days and pairs of a site, against the key dates read straight from the data files.
@Suite struct SitePlanTests {
    static func day(_ text: String) throws -> Day { try Day(iso: text) }

    @Test func aSiteStartsWithTheStateOnItsFirstDayAndHoldsEveryKeyDateAfter() throws {
        let dataset = try BundledData.dataset.get()
        // The bundled data's key dates around the 2023 offensive (start, end and event dates in the files):
        // 2023-09-12, 09-13, 09-18, 09-19, 09-20, 09-21. The 15th is none, so the site opens on the 13th.
        let plan = SitePlan(dataset: dataset, range: try Self.day("2023-09-15")...(try Self.day("2023-09-20")))
        #expect(plan.days.map(\.description) == ["2023-09-13", "2023-09-18", "2023-09-19", "2023-09-20"])
        // Consecutive days, each day against the first, each against the last (docs/data-format.md), once each.
        #expect(
            plan.pairs.map(\.description) == [
                "2023-09-13_2023-09-18", "2023-09-13_2023-09-19", "2023-09-13_2023-09-20",
                "2023-09-18_2023-09-19", "2023-09-18_2023-09-20", "2023-09-19_2023-09-20",
            ])
    }

    @Test func aRangeOfOneDayHasOneDayAndNoPairs() throws {
        let dataset = try BundledData.dataset.get()
        let plan = SitePlan(dataset: dataset, range: try Self.day("2023-09-19")...(try Self.day("2023-09-19")))
        #expect(plan.days.map(\.description) == ["2023-09-19"])
        #expect(plan.pairs.isEmpty)
    }
}
