import Description
import Localization
import Testing

@Suite struct ChartDescriptionTests {
    @Test func theLargestChangeAndTheMarkedEventsAreNamed() {
        let credit = DataCredit(region: MapDescriptionTests.region, catalog: .english)
        let steps = [
            ChartDescription.Step(date: "1 March 2024", areas: [], changes: [], changedKm2: 0),
            ChartDescription.Step(date: "3 March 2024", areas: [], changes: ["A → B: 12 km²"], changedKm2: 12),
            ChartDescription.Step(date: "9 March 2024", areas: [], changes: ["A → B: 300 km²"], changedKm2: 300),
        ]
        let chart = ChartDescription(
            title: "Riverland", from: "1 March 2024", to: "1 April 2024",
            series: [.init(name: "A", start: 1_000, end: 688)], notPlotted: ["B"], steps: steps,
            markedEvents: (1...50).map { "\($0) Mar 2024: event \($0)" }, credit: credit)
        let text = chart.altText(.english)
        #expect(text.short.contains("A 1,000 km² on 1 March 2024, 688 km² on 1 April 2024"))
        #expect(text.short.contains("Largest change: 9 March 2024, A → B: 300 km²."))
        #expect(AltText.wordCount(text.short) < AltText.shortWordLimit)
        #expect(text.long.contains("50 Mar 2024: event 50"))
        #expect(text.long.contains("Not plotted: B"))
    }
}

extension ChartDescriptionTests {
    /// A side that held ground only in the middle of the range is described by its peak too.
    @Test func aPeakBetweenTheEndsIsNamed() {
        let credit = DataCredit(region: MapDescriptionTests.region, catalog: .english)
        let chart = ChartDescription(
            title: "Riverland", from: "1 March 2024", to: "1 April 2024",
            series: [
                .init(name: "Monitors", start: 0, end: 0, peak: (68, "10 March 2024")),
                .init(name: "A", start: 10, end: 5, peak: (10, "1 March 2024")),
            ], notPlotted: [], steps: [], markedEvents: [], credit: credit)
        let text = chart.altText(.english).short
        #expect(text.contains("Monitors 0 km² on 1 March 2024, 0 km² on 1 April 2024, at most 68 km² on 10 March 2024"))
        #expect(text.contains("A 10 km² on 1 March 2024, 5 km² on 1 April 2024."))
    }
}
