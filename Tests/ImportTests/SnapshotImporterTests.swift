import Chronology
import Foundation
import GeoJSON
import Geodesy
import Import
import Testing
import _ChronomapTestSupport

@Suite struct SnapshotImporterTests {
    static func request(
        _ directory: String, files: [String], fill: String? = "valley-council"
    ) -> SnapshotImporter.Request {
        SnapshotImporter.Request(
            files: files.map(RiverlandFixture.file), dataDirectory: directory, controllerProperty: "holder", fill: fill)
    }

    /// Three snapshots, the last two the same ground: a zone per party and run, the last run open-ended; the data set
    /// then passes validation.
    @Test func snapshotsBecomeDatedZones() throws {
        let directory = try RiverlandFixture.initialized()
        let report = try SnapshotImporter().run(Self.request(directory, files: RiverlandFixture.snapshots))
        #expect(report.days.map(\.description) == ["2024-03-01", "2024-03-05", "2024-03-09"])
        #expect(Dataset.validate(directory: directory).filter(\.isError).isEmpty)
        let dataset = try Dataset.load(from: directory)
        let zones = dataset.features(in: .zones).map {
            ($0.id, $0.string("start_date") ?? "", $0.string("end_date") ?? "-")
        }
        #expect(
            zones.map(\.0).sorted() == [
                "zone-contested-2024-03-05", "zone-hill-front-2024-03-01", "zone-hill-front-2024-03-05",
                "zone-valley-council-2024-03-01",
                "zone-valley-council-2024-03-05",
            ])
        #expect(zones.first { $0.0 == "zone-hill-front-2024-03-05" }?.2 == "-")
        #expect(zones.first { $0.0 == "zone-hill-front-2024-03-01" }?.2 == "2024-03-05")
        // The repairs are reported: the clockwise ring of 5 March and the sliver of 9 March.
        #expect(
            report.repairs.contains { $0.contains("riverland-2024-03-05.geojson") && $0.contains("right-hand rule") })
        #expect(
            report.repairs.contains { $0.contains("riverland-2024-03-09.geojson: features[1]: repaired: a sliver") })
    }

    /// The areas held, against the boxes' geodesic areas computed with pyproj: Geod(ellps="WGS84").polygon_area_perimeter
    /// gives 30.6-30.4 W by 0-0.4 N as 984.72 km² and 30.6-30.3 W by 0-0.4 N as 1,477.08 km².
    @Test func theAreasAreTheSnapshots() throws {
        let directory = try RiverlandFixture.initialized()
        _ = try SnapshotImporter().run(Self.request(directory, files: RiverlandFixture.snapshots))
        let dataset = try Dataset.load(from: directory)
        let first = try dataset.controlAreas(on: Day(iso: "2024-03-01"))
        #expect(abs((first["hill-front"] ?? 0) - 984.72) < 0.05)
        let later = try dataset.controlAreas(on: Day(iso: "2024-03-20"))
        #expect(abs((later["hill-front"] ?? 0) - 1_477.08) < 0.05)
        let total = first.values.reduce(0, +)
        #expect(abs(later.values.reduce(0, +) - total) < 0.01)
    }

    /// With the default study area (all the land in the extent), a `--fill` party takes the ground of every country
    /// in it: a warning names them. On 1 March Hill Front holds 30.6-30.4 W; the rest goes to the Valley Council, in
    /// West Riverland and in East Riverland (30.3-30.0 W by 0-0.4 N: three times the 0.1° strip of 492.36 km² that
    /// pyproj's areas above give, 1,477.08 km²). With one country in the base there is no warning.
    @Test func aFillAcrossCountriesIsAWarning() throws {
        let directory = try RiverlandFixture.initialized(base: "base-two-countries.geojson")
        let report = try SnapshotImporter().run(Self.request(directory, files: [RiverlandFixture.snapshots[0]]))
        #expect(report.warnings.count == 1)
        let warning = try #require(report.warnings.first)
        #expect(
            warning.hasPrefix(RiverlandFixture.file(RiverlandFixture.snapshots[0]) + ": warning: --fill valley-council")
        )
        #expect(warning.contains("in 2 countries of the base (East Riverland 1,477 km², West Riverland "), "\(warning)")
        #expect(
            warning.contains(
                "chronomap study-area with their codes among ERV,WRV --data \(directory), then import again"))
        let single = try RiverlandFixture.initialized(name: "single-country")
        #expect(
            try SnapshotImporter().run(Self.request(single, files: [RiverlandFixture.snapshots[0]])).warnings.isEmpty)
    }

    @Test(arguments: [
        (
            "snapshot-without-a-date.geojson",
            "snapshot-without-a-date.geojson: no date: give --date-property, or put YYYY-MM-DD in the file name"
        ),
        (
            "bad-controller-2024-03-02.geojson",
            "bad-controller-2024-03-02.geojson: features[0].properties.holder: \"river-pirates\" is not a party of region.json or contested"
        ),
        ("overlap-2024-03-03.geojson", "overlap-2024-03-03.geojson: features[1] overlaps features[0] by"),
        ("unreadable-2024-03-04.geojson", "unreadable-2024-03-04.geojson:1:"),
    ])
    func badInputIsOneLineAndLeavesTheZonesAlone(file: String, message: String) throws {
        let directory = try RiverlandFixture.initialized(name: "bad-\(file)")
        _ = try SnapshotImporter().run(Self.request(directory, files: RiverlandFixture.snapshots))
        let before = try Data(contentsOf: URL(fileURLWithPath: directory + "/zones.geojson"))
        do {
            _ = try SnapshotImporter().run(Self.request(directory, files: [RiverlandFixture.snapshots[0], file]))
            Issue.record("accepted \(file)")
        } catch {
            #expect(error.kind == .badData)
            #expect(error.lines.count == 1)
            #expect(error.description.contains(message), "\(error.description)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: directory + "/zones.geojson")) == before)
    }

    /// Found by fuzzing (FuzzSnapshot): an empty file once leaked Foundation's read buffer; it is an error like any
    /// unreadable GeoJSON.
    @Test func anEmptySnapshotIsAnError() throws {
        let directory = try RiverlandFixture.initialized()
        let empty = try TestPaths.makeScratchFolder().appendingPathComponent("riverland-2024-03-01.geojson")
        try Data().write(to: empty)
        do {
            _ = try SnapshotImporter().run(
                SnapshotImporter.Request(
                    files: [empty.path], dataDirectory: directory, controllerProperty: "holder", fill: "valley-council")
            )
            Issue.record("accepted an empty file")
        } catch {
            #expect(error.lines.count == 1 && error.description.hasPrefix(empty.path + ":1:1:"))
        }
    }

    @Test func withoutFillTheGapIsAnError() throws {
        let directory = try RiverlandFixture.initialized()
        #expect(throws: ImportError.self) {
            try SnapshotImporter().run(Self.request(directory, files: RiverlandFixture.snapshots, fill: nil))
        }
    }
}
