import Chronology
import Foundation
import GeoJSON
import Import
import _ChronomapTestSupport

/// Riverland, a fictional region of the tests: two parties, three daily snapshots and a base file.
enum RiverlandFixture {
    static var folder: URL {
        Bundle.module.url(forResource: "riverland", withExtension: nil, subdirectory: "Fixtures")!
    }

    static func file(_ name: String) -> String { folder.appendingPathComponent(name).path }

    static let snapshots = [
        "riverland-2024-03-01.geojson", "riverland-2024-03-05.geojson", "riverland-2024-03-09.geojson",
    ]

    static let extent = BoundingBox(
        southWest: Position(longitude: -30.6, latitude: 0), northEast: Position(longitude: -30, latitude: 0.4))

    /// A new empty data set in a scratch folder.
    /// - Parameter base: the base file (`base-two-countries.geojson` splits the extent at 30.3 W between West and
    ///   East Riverland).
    static func initialized(name: String = #function, base: String = "base-countries.geojson") throws -> String {
        let directory = try TestPaths.makeScratchFolder(name).appendingPathComponent("riverland").path
        _ = try DataSetInitializer().create(
            DataSetInitializer.Request(
                directory: directory, id: "riverland", name: "Riverland", extent: extent,
                firstDate: try Day(iso: "2024-03-01"),
                asOf: try Day(iso: "2024-03-31"),
                parties: [("valley-council", "Valley Council forces"), ("hill-front", "Hill Front")],
                languages: ["en"], baseFiles: [file(base)]))
        return directory
    }
}
