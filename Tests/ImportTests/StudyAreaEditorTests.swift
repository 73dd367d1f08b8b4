import Chronology
import Foundation
import GeoJSON
import Geodesy
import Import
import Testing
import _ChronomapTestSupport

/// `chronomap study-area` on data sets made by `init`. Expected areas come from pyproj,
/// `Geod(ellps="WGS84").polygon_area_perimeter` on boxes written out by hand (as in `WorldBaseCutTests`): 30.3-30 W by
/// 0-0.3 N is 1,107.81 km²; 30.3-30 W by 0-0.4 N is 1,477.08 km²; the extent, 30.6-30 W by 0-0.4 N, 2,954.16 km².
@Suite struct StudyAreaEditorTests {
    static func regionText(_ directory: String) throws -> String {
        try String(contentsOfFile: directory + "/region.json", encoding: .utf8)
    }

    /// region.json as an object without its study area.
    static func otherMembers(_ text: String) throws -> JSONObject {
        guard case .object(var object) = try GeoJSONReader.parseJSON(Data(text.utf8), file: nil) else {
            throw CocoaError(.fileReadCorruptFile)
        }
        object["study_area"] = nil
        return object
    }

    /// The land of the extent (Riverland and Hilland) narrowed to Hilland's: the study area is pyproj's 1,107.81 km²,
    /// every other member of region.json is the same text, and running it again changes nothing.
    @Test func narrowingToOneCountryChangesOnlyTheStudyArea() throws {
        let directory = try WorldBaseCutTests.initialized()
        let before = try Self.regionText(directory)
        let report = try StudyAreaEditor().run(.init(dataDirectory: directory, studyArea: .countries(["HLL"])))
        #expect(report.file == directory + "/region.json")
        #expect(abs(report.km2 - 1_107.81) < 0.05)
        #expect(report.countries.map(\.name) == ["Hilland"])
        #expect(report.warnings.isEmpty, "\(report.warnings)")
        let after = try Self.regionText(directory)
        let area = Geodesic.wgs84.areaInSquareKilometres(
            of: try #require(try Dataset.load(from: directory).region.studyArea))
        #expect(abs(area - 1_107.81) < 0.05)
        #expect(try Self.otherMembers(after) == Self.otherMembers(before))
        // init writes the study area last: everything before it is the same bytes.
        let head = try #require(before.range(of: #""study_area":"#)).upperBound
        #expect(after.hasPrefix(before[..<head]))
        let again = try StudyAreaEditor().run(.init(dataDirectory: directory, studyArea: .countries(["HLL"])))
        #expect(again.file == nil)
        #expect(try Self.regionText(directory) == after)
        // Back to all the land: pyproj's 2,215.64 km² of both countries, with init's warning naming them; cut from
        // the data set's base, it is the same text init cut from the world base.
        let land = try StudyAreaEditor().run(.init(dataDirectory: directory, studyArea: .land))
        #expect(abs(land.km2 - 2_215.64) < 0.05)
        #expect(land.size.hasPrefix("2,216 km² (") && land.size.contains("Hilland 1,108 km²"), "\(land.size)")
        #expect(land.warnings.first?.contains("chronomap study-area with their codes among HLL,RVL") == true)
        #expect(try Self.regionText(directory) == before)
    }

    /// With the world base, the countries named are checked against their whole extent, as `init` does: Hilland
    /// runs from 29.5 W to 30.3 W and from 0.2 S to 0.3 N in the fixture.
    @Test func aCountryReachingBeyondTheExtentIsReported() throws {
        let directory = try WorldBaseCutTests.initialized()
        let report = try StudyAreaEditor().run(
            .init(
                dataDirectory: directory, studyArea: .countries(["HLL"]),
                worldBase: try WorldBaseFixture.make(in: TestPaths.makeScratchFolder("world"))))
        #expect(report.warnings.count == 1)
        #expect(report.warnings.first?.hasPrefix("HLL: the land reaches beyond the extent") == true)
        #expect(
            report.warnings.first?.hasSuffix(
                "the extent -30.60,-0.20,-29.50,0.40 would hold all of it (init sets the extent, in a new folder)")
                == true, "\(report.warnings)")
    }

    /// A data set made without a world base has no study_area member (the study area is the extent's box): the new
    /// one is added. The zones imported for the box then reach beyond it, as the warning says and `validate` finds;
    /// imported again, they pass.
    @Test func zonesOfTheOldStudyAreaAreReportedAndImportedAgain() throws {
        let directory = try RiverlandFixture.initialized(base: "base-two-countries.geojson")
        #expect(try Dataset.load(from: directory).region.studyArea == nil)
        let shown = try StudyAreaEditor().run(.init(dataDirectory: directory, studyArea: nil))
        #expect(shown.file == nil)
        #expect(abs(shown.km2 - 2_954.16) < 0.05)
        // Each holds 0.3° of the extent: 1,477.08 km².
        #expect(Set(shown.countries.map(\.name)) == ["East Riverland", "West Riverland"])
        let snapshot = SnapshotImporterTests.request(directory, files: [RiverlandFixture.snapshots[0]])
        _ = try SnapshotImporter().run(snapshot)
        let report = try StudyAreaEditor().run(.init(dataDirectory: directory, studyArea: .countries(["ERV"])))
        #expect(abs(report.km2 - 1_477.08) < 0.05)
        #expect(report.countries.map(\.name) == ["East Riverland"])
        #expect(report.warnings.count == 1)
        #expect(report.warnings.first?.hasPrefix("zones.geojson: its 2 control zones were cut to the old") == true)
        let text = try Self.regionText(directory)
        // Added after the last member, on the same line as the others.
        #expect(text.contains(#""overlays":[],"study_area":{"type":"Polygon","coordinates":[[["#), "\(text)")
        #expect(text.hasSuffix("]]]}}\n"))
        #expect(
            Dataset.validate(directory: directory).contains {
                $0.isError && $0.description.contains("beyond the study area")
            })
        _ = try SnapshotImporter().run(snapshot)
        #expect(Dataset.validate(directory: directory).filter(\.isError).isEmpty)
    }

    @Test func aCodeWithNoLandInsideTheExtentIsAUsageError() throws {
        let directory = try RiverlandFixture.initialized(base: "base-two-countries.geojson")
        let before = try Self.regionText(directory)
        #expect {
            try StudyAreaEditor().run(.init(dataDirectory: directory, studyArea: .countries(["XYZ"])))
        } throws: {
            "\($0)" == "--study-area: no land of XYZ inside the extent (countries there: ERV, WRV)"
        }
        #expect(try Self.regionText(directory) == before)
    }

    /// The study area of a new Riverland (two countries) set from a GeoJSON file of one box, written out here.
    static func studyArea(
        fromBox west: Double, _ south: Double, _ east: Double, _ north: Double, name: String = #function
    ) throws -> (report: StudyAreaEditor.Report, file: String) {
        let directory = try RiverlandFixture.initialized(name: name, base: "base-two-countries.geojson")
        let box = URL(fileURLWithPath: directory).deletingLastPathComponent().appendingPathComponent("box.geojson")
        let ring = [[west, south], [east, south], [east, north], [west, north], [west, south]]
        try JSONSerialization.data(withJSONObject: ["type": "Polygon", "coordinates": [ring]]).write(to: box)
        return (try StudyAreaEditor().run(.init(dataDirectory: directory, studyArea: .file(box.path))), box.path)
    }

    /// A study area drawn in a file (the box 30.3-30 W by 0-0.3 N, written by hand): pyproj's 1,107.81 km², in
    /// East Riverland.
    @Test func aFileGivesTheStudyArea() throws {
        let (report, _) = try Self.studyArea(fromBox: -30.3, 0, -30, 0.3)
        #expect(abs(report.km2 - 1_107.81) < 0.05)
        #expect(report.countries.map(\.name) == ["East Riverland"])
        #expect(report.warnings.isEmpty, "\(report.warnings)")
    }

    /// A file's box reaching past the base's countries (cut to the extent, so ending at 0.4 N): 30.3-30 W by
    /// 0.2-0.6 N, half of it (0.4-0.6 N, pyproj's 738.52 km²) in no country, and a warning says so.
    @Test func aFileReachingBeyondTheCountriesIsAWarning() throws {
        let (report, box) = try Self.studyArea(fromBox: -30.3, 0.2, -30, 0.6)
        #expect(report.warnings.count == 1)
        #expect(
            report.warnings.first
                == "\(box): 739 km² of the study area lies in no country of the base (sea, or land the base "
                + "lacks): control zones must cover it too")
    }
}
