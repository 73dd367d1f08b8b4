import Chronology
import Foundation
import GeoJSON
import Import
import Testing
import _ChronomapTestSupport

/// Natural Earth's own polygons of the 1974 line, as downloaded, into a data set `init` made from the repository's
/// world base: no hand edits, the sea needs no --fill, and the areas agree with pyproj on the same polygons
/// (Fixtures/naturalearth/README.md) within 1%.
@Suite struct NaturalEarthImportTests {
    @Test func naturalEarthsPolygonsImportAsDownloaded() throws {
        let folder = try TestPaths.makeScratchFolder(#function)
        let directory = folder.appendingPathComponent("cyprus").path
        _ = try DataSetInitializer().create(
            DataSetInitializer.Request(
                directory: directory, id: "cyprus", name: "Cyprus",
                extent: BoundingBox(
                    southWest: Position(longitude: 32.1, latitude: 34.45),
                    northEast: Position(longitude: 34.75, latitude: 35.8)),
                firstDate: try Day(iso: "1974-08-16"), asOf: try Day(iso: "2026-12-01"),
                parties: [("roc", "Republic"), ("north", "North"), ("unficyp", "Buffer zone")],
                worldBase: TestPaths.worldBase, studyArea: .countries(["CYP"])))
        let snapshot = try #require(
            Bundle.module.url(
                forResource: "ne-cyprus-1974-08-16", withExtension: "geojson", subdirectory: "Fixtures/naturalearth"))
        _ = try SnapshotImporter().run(
            SnapshotImporter.Request(
                files: [snapshot.path], dataDirectory: directory, controllerProperty: "controller", fill: "roc"))
        #expect(Dataset.validate(directory: directory).filter(\.isError).isEmpty)
        let areas = try Dataset.load(from: directory).controlAreas(on: Day(iso: "1974-08-16"))
        #expect(abs((areas["north"] ?? 0) - 3_319.51) / 3_319.51 < 0.01)
        #expect(abs((areas["unficyp"] ?? 0) - 341.00) / 341.00 < 0.01)
    }
}
