import Animation
import Chronology
import Testing
import _ChronomapTestSupport

@Suite struct FrameIntervalTests {
    /// The 2020 war, 27 September to 10 November (the events table of tools/data/nagorno_karabakh_facts.json): a
    /// frame on each day something changes, so every capture the facts date gets its own frame, in order.
    @Test func everyChangeOfThe2020WarGetsAFrame() throws {
        let dataset = try BundledData.dataset.get()
        let days = FrameInterval.change.days(in: try Day(iso: "2020-09-27")...Day(iso: "2020-11-10"), of: dataset)
            .map(\.description)
        let captures = [
            "2020-10-03", "2020-10-04", "2020-10-09", "2020-10-15", "2020-10-17", "2020-10-20", "2020-10-25",
            "2020-11-05", "2020-11-08", "2020-11-09",
        ]
        #expect(days.first == "2020-09-27" && days.last == "2020-11-10")
        for capture in captures { #expect(days.contains(capture), "no frame on \(capture)") }
        #expect(days == days.sorted() && Set(days).count == days.count)
        // 2 October (shelling) and the Barda strikes of 27-28 October are events of their day: frames too.
        #expect(days.contains("2020-10-02") && days.contains("2020-10-28"))
        // So are the humanitarian ceasefires of 10, 18 and 26 October, each agreed and broken.
        #expect(days.contains("2020-10-10") && days.contains("2020-10-18") && days.contains("2020-10-26"))
        #expect(days.count == 19)
    }

    @Test func everySevenDaysEndsOnTheLastDay() throws {
        let dataset = try BundledData.dataset.get()
        let days = FrameInterval.days(7).days(in: try Day(iso: "2020-09-27")...Day(iso: "2020-11-10"), of: dataset)
        #expect(
            days.map(\.description) == [
                "2020-09-27", "2020-10-04", "2020-10-11", "2020-10-18", "2020-10-25", "2020-11-01", "2020-11-08",
                "2020-11-10",
            ])
    }
}
