import Animation
import Chronology
import GeoJSON
import Testing
import _ChronomapTestSupport

@Suite struct SeriesExtentTests {
    /// Ganja (40.6828 N, the places table of tools/data/nagorno_karabakh_facts.json) lies just north of the region's extent: the strike of 4 October 2020 widens the
    /// shared extent to show it.
    @Test func anEventJustOutsideWidensTheExtent() throws {
        let dataset = try BundledData.dataset.get()
        let box = try SeriesExtent.union(
            of: [Day(iso: "2020-09-27"), Day(iso: "2020-10-04")], dataset: dataset, eventsWindowDays: 0)
        #expect(box.northEast.latitude > 40.6828)
        #expect(box.southWest.latitude <= dataset.region.extent.southWest.latitude)
    }

    @Test func daysWithEventsInsideKeepTheRegionsExtent() throws {
        let dataset = try BundledData.dataset.get()
        let box = try SeriesExtent.union(of: [Day(iso: "2023-09-19")], dataset: dataset, eventsWindowDays: 3)
        #expect(box == dataset.region.extent)
    }
}
