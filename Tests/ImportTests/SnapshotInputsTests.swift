import Chronology
import Foundation
import GeoJSON
import Geodesy
import Import
import Testing
import _ChronomapTestSupport

/// `import snapshots` from KML, KMZ, GeoPackage and Shapefile through GDAL's ogr2ogr: files GDAL writes itself
/// from the Riverland GeoJSON snapshots, and a KML in Google My Maps' structure (folders, shared styles,
/// ExtendedData) with the controller read from a property, a folder or a style.
@Suite struct SnapshotInputsTests {
    static var ogrFolder: URL { Bundle.module.url(forResource: "ogr", withExtension: nil, subdirectory: "Fixtures")! }
    static var myMaps: String { ogrFolder.appendingPathComponent("mymaps-2024-03-05.kml").path }

    /// Writes a Riverland snapshot with ogr2ogr in another format.
    static func converted(_ snapshot: String, driver: String, extension ext: String, in folder: URL) throws -> String {
        let stem = (snapshot as NSString).deletingPathExtension
        let output = folder.appendingPathComponent(stem + "." + ext).path
        let run = try ExternalTool.output(
            "/usr/bin/ogr2ogr", ["-f", driver, output, RiverlandFixture.file(snapshot)])
        #expect(run.status == 0, "\(run.output)")
        return output
    }

    /// The zones of a data set: id, controller, dates and geodesic area.
    static func zones(
        _ directory: String
    ) throws -> [String: (controller: String, start: String, end: String, km2: Double)] {
        let dataset = try Dataset.load(from: directory)
        var zones: [String: (String, String, String, Double)] = [:]
        for zone in dataset.features(in: .zones) {
            let geometry = try #require(zone.geometry)
            zones[zone.id] = (
                zone.string("controller") ?? "", zone.string("start_date") ?? "", zone.string("end_date") ?? "-",
                Geodesic.wgs84.areaInSquareKilometres(of: geometry)
            )
        }
        return zones
    }

    static func property(_ directory: String) -> SnapshotImporter.Request {
        SnapshotImporter.Request(
            files: [], dataDirectory: directory, controllerProperty: "holder", fill: "valley-council")
    }

    /// KML, GeoPackage and Shapefile written by ogr2ogr from the three GeoJSON snapshots give the zones the GeoJSON
    /// gives, with the areas pyproj measures for the source polygons.
    @Test(arguments: [("KML", "kml"), ("GPKG", "gpkg"), ("ESRI Shapefile", "shp")])
    func gdalsOwnFilesGiveTheGeoJSONsZones(driver: String, ext: String) throws {
        let expected = try RiverlandFixture.initialized(name: "expected-\(ext)")
        var request = Self.property(expected)
        request.files = RiverlandFixture.snapshots.map(RiverlandFixture.file)
        _ = try SnapshotImporter().run(request)

        let folder = try TestPaths.makeScratchFolder("ogr-\(ext)")
        let directory = try RiverlandFixture.initialized(name: "converted-\(ext)")
        request = Self.property(directory)
        // The first day stays GeoJSON: one run may mix GeoJSON with what GDAL converts.
        request.files =
            [RiverlandFixture.file(RiverlandFixture.snapshots[0])]
            + (try RiverlandFixture.snapshots.dropFirst().map {
                try Self.converted($0, driver: driver, extension: ext, in: folder)
            })
        let report = try SnapshotImporter().run(
            request, inputs: SnapshotInputs(controllerSource: .property, controllerProperty: "holder"))
        #expect(report.days.map(\.description) == ["2024-03-01", "2024-03-05", "2024-03-09"])
        #expect(Dataset.validate(directory: directory).filter(\.isError).isEmpty)

        let got = try Self.zones(directory), want = try Self.zones(expected)
        #expect(!want.isEmpty && got.keys.sorted() == want.keys.sorted())
        for (id, zone) in want {
            let other = try #require(got[id])
            #expect(other.controller == zone.controller && other.start == zone.start && other.end == zone.end)
            #expect(abs(other.km2 - zone.km2) < 0.001, "\(id): \(other.km2) km² against \(zone.km2)")
        }
        // pyproj (WGS84 geodesic) for the 5 March polygons: -30.6..-30.3 and -30.3..-30.25 by 0..0.4.
        #expect(abs((got["zone-hill-front-2024-03-05"]?.km2 ?? 0) - 1477.080) < 0.01)
        #expect(abs((got["zone-contested-2024-03-05"]?.km2 ?? 0) - 246.180) < 0.01)
        let zones = try #require(GeoJSONReader().read(contentsOf: directory + "/zones.geojson").object?.features)
        let source = zones.first { $0.id?.description == "zone-hill-front-2024-03-05" }?.string("source")
        #expect(source?.contains("riverland-2024-03-05.\(ext)") == true, "\(source ?? "")")
    }

    /// Google My Maps' KML: the controller from the folder, the style or an ExtendedData field, each mapped to
    /// party ids; the KMZ reads as the KML.
    @Test(arguments: [ControllerSource.folder, .style, .property])
    func myMapsFoldersStylesAndFieldsGiveTheController(source: ControllerSource) throws {
        let maps: [ControllerSource: [String: String]] = [
            .folder: ["Hill Front": "hill-front", "Disputed": "contested", "Valley Council": "valley-council"],
            .style: [
                "poly-E65100-1200-77-nodesc": "hill-front", "poly-757575-1200-77-nodesc": "contested",
                "poly-0288D1-1200-77-nodesc": "valley-council",
            ],
            .property: ["HF": "hill-front", "disputed": "contested", "VC": "valley-council"],
        ]
        let inputs = SnapshotInputs(
            controllerSource: source, controllerProperty: source == .property ? "side" : nil, partyMap: maps[source]!)
        let folder = try TestPaths.makeScratchFolder("kmz-\(source)")
        let kmz = folder.appendingPathComponent("mymaps-2024-03-05.kmz").path
        let zip = try ExternalTool.output(
            "/usr/bin/zip", ["-j", "-q", kmz, Self.myMaps])
        #expect(zip.status == 0, "\(zip.output)")
        for file in [Self.myMaps, kmz] {
            let directory = try RiverlandFixture.initialized(
                name: "mymaps-\(source)-\((file as NSString).pathExtension)")
            try setFirstDate(directory, "2024-03-05")
            var request = Self.property(directory)
            request.files = [file]
            let report = try SnapshotImporter().run(request, inputs: inputs)
            #expect(report.days.last?.description == "2024-03-05")
            let zones = try Self.zones(directory)
            #expect(abs((zones["zone-hill-front-2024-03-05"]?.km2 ?? 0) - 1477.080) < 0.01, "\(zones.keys.sorted())")
            #expect(abs((zones["zone-contested-2024-03-05"]?.km2 ?? 0) - 246.180) < 0.01)
            #expect(abs((zones["zone-valley-council-2024-03-05"]?.km2 ?? 0) - 1230.899) < 0.01)
        }
    }

    /// A folder no --party-map names, and is no party, is an error naming the file, layer and feature.
    @Test func anUnmappedFolderIsAnErrorNamingIt() throws {
        let directory = try RiverlandFixture.initialized()
        try setFirstDate(directory, "2024-03-05")
        var request = Self.property(directory)
        request.files = [Self.myMaps]
        do {
            _ = try SnapshotImporter().run(
                request,
                inputs: SnapshotInputs(
                    controllerSource: .folder, controllerProperty: nil, partyMap: ["Disputed": "contested"]))
            Issue.record("accepted a folder that is no party")
        } catch {
            #expect(
                error.description.hasPrefix(
                    "\(Self.myMaps): layer \"Hill Front\" features[0]: folder \"Hill Front\" is not a party of region.json"
                ),
                "\(error.description)")
            #expect(error.description.contains("--party-map \"Hill Front=PARTY\""))
        }
    }

    /// A file GDAL cannot open (here a Shapefile that is plain text) is an error that names it and says GDAL's
    /// reason, which ogrinfo prints on standard output between "FAILURE:" and the drivers it tried.
    @Test func aFileGDALCannotOpenIsNamedWithGDALsReason() throws {
        let folder = try TestPaths.makeScratchFolder()
        let junk = folder.appendingPathComponent("junk-2024-03-05.shp").path
        try "not a shapefile".write(toFile: junk, atomically: true, encoding: .utf8)
        do {
            _ = try OGRConversion.locate().features(of: junk, scratch: folder.path)
            Issue.record("read a Shapefile that is plain text")
        } catch {
            #expect(
                error.description
                    == "\(junk): GDAL cannot read it (ogrinfo: Unable to open datasource `\(junk)' with the following drivers.)",
                "\(error.description)")
        }
    }

    @Test func withoutGDALTheErrorNamesThePackage() throws {
        do {
            _ = try OGRConversion.locate(environment: ["PATH": "/nonexistent"])
            Issue.record("found ogr2ogr nowhere")
        } catch {
            #expect(error.lines.count == 1 && error.description.contains("gdal-bin"))
        }
    }
}

/// Moves a data set's first date (the My Maps snapshot alone starts it).
func setFirstDate(_ directory: String, _ day: String) throws {
    let path = directory + "/region.json"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    try text.replacingOccurrences(of: "2024-03-01", with: day).write(toFile: path, atomically: true, encoding: .utf8)
}
