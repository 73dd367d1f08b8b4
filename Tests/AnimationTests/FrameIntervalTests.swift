import Animation
import Chronology
import Testing
import _ChronomapTestSupport

@Suite struct FrameIntervalTests {
    /// The fixture region from 1 February to 15 June 2024, its key dates read by hand from its files (a day a feature
    /// starts or ends, or an event happens, docs/data-format.md): the contested strip, the blockade and the
    /// offensive on 5 March, the strike beyond the extent on 6 March, the clash on 7 March, the handover, the truce,
    /// the checkpoint and the capture on 1 May, the ceasefire with no place on 4 May, the hands settling and the flag
    /// on 5 May, and the truce's end and the withdrawal on 1 June. The offensive's `end_date` (10 March) is not one:
    /// an event is a key date on the day it happens.
    @Test func everyChangeGetsAFrame() throws {
        let dataset = try FixtureRegion.dataset.get()
        let days = FrameInterval.change.days(in: try Day(iso: "2024-02-01")...Day(iso: "2024-06-15"), of: dataset)
            .map(\.description)
        #expect(
            days == [
                "2024-02-01", "2024-03-05", "2024-03-06", "2024-03-07", "2024-05-01", "2024-05-04",
                "2024-05-05", "2024-06-01",
            ])
    }

    @Test func everySevenDaysEndsOnTheLastDay() throws {
        let dataset = try FixtureRegion.dataset.get()
        let days = FrameInterval.days(7).days(in: try Day(iso: "2024-02-01")...Day(iso: "2024-03-10"), of: dataset)
        #expect(
            days.map(\.description) == [
                "2024-02-01", "2024-02-08", "2024-02-15", "2024-02-22", "2024-02-29", "2024-03-07", "2024-03-10",
            ])
    }
}
