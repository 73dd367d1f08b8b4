import Chronology
import Foundation
import GeoJSON
import Import
import Testing
import _ChronomapTestSupport

@Suite struct DataSetInitializerTests {
    @Test func aNewDataSetIsValidAndHasItsParties() throws {
        let directory = try RiverlandFixture.initialized()
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        #expect(
            names == [
                "README.md", "base.geojson", "events.geojson", "places.geojson", "region.json", "routes.geojson",
                "zones.geojson",
            ])
        #expect(Dataset.validate(directory: directory).filter(\.isError).isEmpty)
        let dataset = try Dataset.load(from: directory)
        #expect(dataset.region.parties.map(\.id) == ["valley-council", "hill-front"])
        #expect(dataset.region.parties.map(\.name.english) == ["Valley Council forces", "Hill Front"])
        #expect(dataset.region.title.english == "Riverland")
    }

    /// The base keeps what meets the extent, cut to it: polygons become countries, the lake and river keep their
    /// kinds, the far island is left out.
    @Test func theBaseIsCutToTheExtent() throws {
        let dataset = try Dataset.load(from: RiverlandFixture.initialized())
        let base = dataset.features(in: .base)
        #expect(base.map(\.kind).sorted() == ["country", "lake", "river"])
        let country = try #require(base.first { $0.kind == "country" })
        #expect(country.id == "riverland" && country.string("iso_a3") == "RVL")
        let box = try #require(country.geometry?.boundingBox)
        #expect(box.southWest.longitude >= -30.6 - 1e-9 && box.northEast.longitude <= -30 + 1e-9)
        #expect(box.southWest.latitude >= -1e-9 && box.northEast.latitude <= 0.4 + 1e-9)
    }

    @Test func anExistingDataSetIsNotOverwritten() throws {
        let directory = try RiverlandFixture.initialized()
        #expect(throws: ImportError.self) {
            _ = try DataSetInitializer().create(
                DataSetInitializer.Request(
                    directory: directory, id: "x", name: "X", extent: RiverlandFixture.extent,
                    firstDate: try Day(iso: "2024-03-01"),
                    asOf: try Day(iso: "2024-03-01"), parties: [("a", "A")]))
        }
    }
}
