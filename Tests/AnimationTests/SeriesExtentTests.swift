import Animation
import Chronology
import GeoJSON
import Testing
import _ChronomapTestSupport

@Suite struct SeriesExtentTests {
    /// The fixture's strike of 6 March 2024 (37.6 W, 31.8 N, in its events file) lies north-east of the extent
    /// (40-38 W, 30-31.5 N): it widens the shared extent to show it.
    @Test func anEventJustOutsideWidensTheExtent() throws {
        let dataset = try FixtureRegion.dataset.get()
        let box = try SeriesExtent.union(
            of: [Day(iso: "2024-03-01"), Day(iso: "2024-03-06")], dataset: dataset, eventsWindowDays: 0)
        #expect(box.northEast.latitude > 31.8 && box.northEast.longitude > -37.6)
        #expect(box.southWest.latitude <= dataset.region.extent.southWest.latitude)
    }

    @Test func daysWithEventsInsideKeepTheRegionsExtent() throws {
        let dataset = try FixtureRegion.dataset.get()
        let box = try SeriesExtent.union(of: [Day(iso: "2024-05-02")], dataset: dataset, eventsWindowDays: 3)
        #expect(box == dataset.region.extent)
    }
}
