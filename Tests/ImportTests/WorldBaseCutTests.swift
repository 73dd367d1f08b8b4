import Chronology
import Foundation
import GeoJSON
import Geodesy
import Import
import Testing
import _ChronomapTestSupport

/// `init` on the fixture world base (`WorldBaseFixture`): land south of 0.3° N, Riverland west of -30.3°, Hilland east.
/// Expected areas come from pyproj, `Geod(ellps="WGS84").polygon_area_perimeter` on the boxes written out by hand:
/// 30.6-30 W by 0-0.3 N is 2,215.64 km², 30.3-30 W by 0-0.3 N is 1,107.81 km².
@Suite struct WorldBaseCutTests {
    static func initialized(
        _ name: String = #function, studyArea: StudyAreaChoice = .land, placeFiles: [String] = []
    ) throws -> String {
        let folder = try TestPaths.makeScratchFolder(name)
        let world = try WorldBaseFixture.make(in: folder)
        let directory = folder.appendingPathComponent("riverland").path
        _ = try DataSetInitializer().create(
            DataSetInitializer.Request(
                directory: directory, id: "riverland", name: "Riverland", extent: RiverlandFixture.extent,
                firstDate: try Day(iso: "2024-03-01"), asOf: try Day(iso: "2024-03-31"),
                parties: [("valley-council", "Valley Council forces"), ("hill-front", "Hill Front")],
                languages: ["en", "fr"], worldBase: world, studyArea: studyArea, placeFiles: placeFiles))
        return directory
    }

    @Test func theStudyAreaIsTheLandInsideTheExtent() throws {
        let dataset = try Dataset.load(from: Self.initialized())
        let area = Geodesic.wgs84.areaInSquareKilometres(of: try #require(dataset.region.studyArea))
        #expect(abs(area - 2_215.64) < 0.05)
    }

    @Test func studyAreaCodesKeepOnlyThoseCountries() throws {
        let dataset = try Dataset.load(from: Self.initialized(studyArea: .countries(["HLL"])))
        let area = Geodesic.wgs84.areaInSquareKilometres(of: try #require(dataset.region.studyArea))
        #expect(abs(area - 1_107.81) < 0.05)
        #expect {
            try Self.initialized("unknownCode", studyArea: .countries(["XYZ"]))
        } throws: { "\($0)".contains("--study-area: no land of XYZ inside the extent") }
    }

    /// A study area drawn in a GeoJSON file (the box 30.3-30 W by 0-0.3 N, written by hand) and the same box as
    /// ogr2ogr writes it in a GeoPackage and a Shapefile: each gives pyproj's 1,107.81 km², as `import snapshots`
    /// reads those formats too. A GeoPackage given to `init` used to be refused as "not a valid value".
    @Test(arguments: [("GeoJSON", "geojson"), ("GPKG", "gpkg"), ("ESRI Shapefile", "shp")])
    func aStudyAreaFileIsReadInAnyFormatGDALReads(driver: String, extension ext: String) throws {
        let folder = try TestPaths.makeScratchFolder("studyArea-\(ext)")
        let box = folder.appendingPathComponent("box.geojson").path
        try Data(
            #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"east"},"#
                .appending(#""geometry":{"type":"Polygon","coordinates":[[[-30.3,0],[-30,0],[-30,0.3],[-30.3,0.3],"#)
                .appending(#"[-30.3,0]]]}}]}"#).utf8
        ).write(to: URL(fileURLWithPath: box))
        var file = box
        if ext != "geojson" {
            file = folder.appendingPathComponent("box.\(ext)").path
            let run = try ExternalTool.output("/usr/bin/ogr2ogr", ["-f", driver, file, box])
            #expect(run.status == 0, "\(run.output)")
        }
        let dataset = try Dataset.load(from: Self.initialized("studyArea-\(ext)-init", studyArea: .file(file)))
        let area = Geodesic.wgs84.areaInSquareKilometres(of: try #require(dataset.region.studyArea))
        #expect(abs(area - 1_107.81) < 0.05)
    }

    /// Hilland reaches beyond the extent (its fixture rectangle runs from 29.5 W to 30.3 W and from 0.2 S to 0.3 N;
    /// the extent from 30.6 W to 30 W and from 0 to 0.4 N): `init` says the study area stops at the extent's edge
    /// and gives the extent that holds both. The land of the extent alone draws no such warning, but it is the land
    /// of two countries, Riverland and Hilland (each 30.3° to the extent's edge by 0-0.3 N: pyproj's 1,107.81 km²,
    /// half the land's 2,215.64), and `init` says so, with their codes.
    @Test func aCountryReachingBeyondTheExtentIsReported() throws {
        func warnings(_ studyArea: StudyAreaChoice, _ name: String) throws -> [String] {
            let folder = try TestPaths.makeScratchFolder(name)
            let world = try WorldBaseFixture.make(in: folder)
            return try DataSetInitializer().create(
                DataSetInitializer.Request(
                    directory: folder.appendingPathComponent("riverland").path, id: "riverland", name: "Riverland",
                    extent: RiverlandFixture.extent, firstDate: try Day(iso: "2024-03-01"),
                    asOf: try Day(iso: "2024-03-31"), parties: [("hill-front", "Hill Front")], languages: ["en"],
                    worldBase: world, studyArea: studyArea)
            ).warnings
        }
        let hilland = try warnings(.countries(["HLL"]), "hilland")
        #expect(hilland.count == 1)
        #expect(hilland.first?.contains("stops in a straight line at the extent's edge") == true, "\(hilland)")
        #expect(hilland.first?.hasSuffix("--extent -30.60,-0.20,-29.50,0.40 holds all of it") == true, "\(hilland)")
        let land = try warnings(.land, "land")
        #expect(land.count == 1)
        #expect(
            land.first?.hasPrefix("the study area is the land of 2 countries inside the extent (") == true, "\(land)")
        #expect(
            land.first?.contains("Riverland 1,108 km²") == true && land.first?.contains("Hilland 1,108 km²") == true)
        #expect(
            land.first?.contains("narrow it to them: chronomap study-area with their codes among HLL,RVL --data /")
                == true)
        #expect(land.first?.hasSuffix("/riverland") == true, "\(land)")
    }

    /// The base has the countries, border, lake, river and sea of the fixture, never its disputed line; the data
    /// set validates as it is.
    @Test func theBaseIsCutFromTheWorldBase() throws {
        let directory = try Self.initialized()
        #expect(Dataset.validate(directory: directory).filter(\.isError).isEmpty)
        let base = try Dataset.load(from: directory).features(in: .base)
        #expect(base.map(\.kind).sorted() == ["border", "country", "country", "lake", "river", "sea"])
        let sea = try #require(base.first { $0.kind == "sea" })
        #expect(sea.string("name") == "Quiet Sea" && sea.string("name:fr") == "Mer Calme")
        // The sea's water in the base's box (lat 0.3 to 0.6 in the fixture), for its name to go where it shows.
        let water = try #require(sea.geometry?.boundingBox)
        #expect(abs(water.southWest.latitude - 0.3) < 1e-9 && water.northEast.latitude > 0.5)
        #expect(base.allSatisfy { $0.string("source") == "Fixture world (tests)" } && !base.isEmpty)
    }

    /// Towns inside the extent, with their French names where the world base has them; Far Town lies outside.
    @Test func placesAreSeededWithTheirNames() throws {
        let places = try Dataset.load(from: Self.initialized()).features(in: .places)
        #expect(places.map { $0.string("name") ?? "" } == ["Rivermouth", "Hilltop", "Millford"])
        #expect(places.first?.string("name:fr") == "Embouchure")
        #expect(places.map { $0.number("rank") ?? 0 } == [1, 2, 3])
    }

    /// A user's own place replaces the world base's town of the same name, and one 1 km from another town too.
    @Test func ownPlacesComeFirstAndReplaceNearbyTowns() throws {
        let folder = try TestPaths.makeScratchFolder(#function)
        let file = folder.appendingPathComponent("my-places.geojson")
        try Data(
            #"""
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "id": "rivermouth", "properties": {"kind": "city", "rank": 1, "name": "Rivermouth", "name:fr": "Bouche", "source": "https://example.org/rivermouth"}, "geometry": {"type": "Point", "coordinates": [-30.5201, 0.2801]}},
              {"type": "Feature", "properties": {"name": "Old Mill", "source": "https://example.org/mill"}, "geometry": {"type": "Point", "coordinates": [-30.405, 0.105]}}
            ]}
            """#.utf8
        ).write(to: file)
        let places = try Dataset.load(from: Self.initialized(placeFiles: [file.path])).features(in: .places)
        #expect(places.map { $0.string("name") ?? "" } == ["Rivermouth", "Old Mill", "Hilltop"])
        #expect(places.first?.string("name:fr") == "Bouche")
    }

    /// Snapshots drawn past the coast, with 15 decimals, and one edge 0.04 m off its neighbour's, import with no
    /// --fill: the sea is nobody's, and what they draw there is cut off.
    @Test func snapshotsNeedNoFillForTheSea() throws {
        let directory = try Self.initialized()
        let file = URL(fileURLWithPath: directory).deletingLastPathComponent()
            .appendingPathComponent("riverland-2024-03-01.geojson")
        try Data(
            #"""
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"holder": "valley-council", "source": "https://example.org/valley-map"}, "geometry": {"type": "Polygon", "coordinates": [[[-30.700000000000001, -0.1], [-30.299999600000001, -0.1], [-30.299999600000001, 0.45], [-30.700000000000001, 0.45], [-30.700000000000001, -0.1]]]}},
              {"type": "Feature", "properties": {"holder": "hill-front"}, "geometry": {"type": "Polygon", "coordinates": [[[-30.3, -0.1], [-29.9, -0.1], [-29.9, 0.45], [-30.3, 0.45], [-30.3, -0.1]]]}}
            ]}
            """#.utf8
        ).write(to: file)
        _ = try SnapshotImporter().run(
            SnapshotImporter.Request(files: [file.path], dataDirectory: directory, controllerProperty: "holder"))
        #expect(Dataset.validate(directory: directory).filter(\.isError).isEmpty)
        let areas = try Dataset.load(from: directory).controlAreas(on: Day(iso: "2024-03-01"))
        #expect(abs((areas[Controller("hill-front")] ?? 0) - 1_107.81) < 0.05)
        #expect(abs((areas[Controller("valley-council")] ?? 0) - 1_107.81) < 0.05)
        // A polygon's own source becomes its zone's; a polygon without one is credited to its file.
        let zones = try Dataset.load(from: directory).features(in: .zones)
        #expect(
            zones.first { $0.string("controller") == "valley-council" }?.string("source")
                == "https://example.org/valley-map")
        #expect(
            zones.first { $0.string("controller") == "hill-front" }?.string("source") == "riverland-2024-03-01.geojson")
    }
}
