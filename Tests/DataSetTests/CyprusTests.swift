import Chronology
import Foundation
import GeoJSON
import Geodesy
import Scene
import Testing
import _ChronomapTestSupport

/// The bundled Cyprus data set, built by tools/cyprus/build_cyprus.sh from Natural Earth's polygons with the public
/// commands only. Expected areas: the pyproj measures of the same polygons and the published figures, both in the
/// table "Areas: measured from Natural Earth, and published" of data/cyprus/README.md.
@Suite struct CyprusTests {
    static let dataset = Result { try Dataset.load(from: TestPaths.cyprusData) }

    @Test func theDataSetIsValid() throws {
        #expect(Dataset.validate(directory: TestPaths.cyprusData).filter(\.isError).isEmpty)
    }

    /// `chronomap areas` agrees within 1% with pyproj on the same polygons (north 3,319.5, buffer zone 341.0,
    /// base areas 226.1 km²), and within the README's stated gaps of the published 3,355, 346 and 253.8 km².
    @Test func theAreasOfTheCeasefireLineAgreeWithPyprojAndThePublishedFigures() throws {
        let areas = try Self.dataset.get().controlAreas(on: Day(iso: "1974-08-16"))
        let north = try #require(areas["north"]), buffer = try #require(areas["unficyp"])
        let bases = try #require(areas["uk-sba"]), republic = try #require(areas["republic-of-cyprus"])
        #expect(abs(north - 3_319.5) / 3_319.5 < 0.01)
        #expect(abs(buffer - 341.0) / 341.0 < 0.01)
        #expect(abs(bases - 226.1) / 226.1 < 0.01)
        #expect(abs(north - 3_355) / 3_355 < 0.015, "published north: 3,355 km²")
        #expect(abs(buffer - 346) / 346 < 0.02, "published buffer zone: 346 km²")
        // The island: 9,251 km² published (CIA World Factbook), Natural Earth's land 0.3% more.
        let island = north + buffer + bases + republic
        #expect(abs(island - 9_251) / 9_251 < 0.01, "\(island)")
    }

    /// Before the ceasefire line of 16 August 1974 no ground is the north's: the July bridgehead has no sourced
    /// outline, so it is not drawn.
    @Test func beforeTheCeasefireLineTheNorthHoldsNothingDrawn() throws {
        let areas = try Self.dataset.get().controlAreas(on: Day(iso: "1974-08-15"))
        #expect((areas["north"] ?? 0) == 0 && (areas["unficyp"] ?? 0) == 0)
        #expect(abs((areas["uk-sba"] ?? 0) - 226.1) / 226.1 < 0.01)
    }

    /// Every zone and event cites a web address; the disputed places carry English, Greek and Turkish names.
    @Test func featuresCiteAddressesAndPlacesCarryThreeNames() throws {
        let dataset = try Self.dataset.get()
        let zones = dataset.features(in: .zones), events = dataset.features(in: .events)
        #expect(!zones.isEmpty && !events.isEmpty)
        for feature in zones + events {
            #expect(feature.string("source")?.contains("http") == true, "\(feature.id)")
        }
        let nicosia = try #require(dataset.feature(id: "nicosia"))
        #expect(nicosia.string("name:el") == "Λευκωσία" && nicosia.string("name:tr") == "Lefkoşa")
    }

    /// The base comes from the world base: Cyprus and its neighbours, named.
    @Test func theBaseNamesTheCountriesAround() throws {
        let base = try Self.dataset.get().features(in: .base)
        let countries = Set(base.filter { $0.kind == "country" }.compactMap { $0.string("iso_a3") })
        #expect(countries.isSuperset(of: ["CYP", "TUR", "SYR", "LBN"]))
    }

    /// On 16 August 1974 the events panel leaves the south coast alone: bottom left it hid the Western Sovereign Base
    /// Area, Akrotiri and Limassol (a place of rank 2), so it goes top left, over the sea, and both places are
    /// drawn. Where each lies on the map comes from the Web Mercator formulas written out in the test support.
    @Test func theEventsPanelLeavesTheSouthCoastVisible() throws {
        let scene = try MapFixture.scene(
            of: Self.dataset.get(), on: "1974-08-16", options: SceneOptions(), eventsWindowDays: 3)
        let events = try #require(scene.furnitureBoxes["events"])
        #expect(events.minY < 300, "the events panel is at \(events)")
        let labels = scene.placedLabels.map(\.featureID)
        #expect(labels.contains("limassol") && labels.contains("akrotiri"), "\(labels)")
        for (longitude, latitude) in [(33.0443, 34.675), (32.955, 34.6008)] {
            let point = MapFixture.independentPixel(longitude: longitude, latitude: latitude, in: scene)
            #expect(!events.contains(PixelRect(x: point.x, y: point.y, width: 1, height: 1)))
        }
    }
}
