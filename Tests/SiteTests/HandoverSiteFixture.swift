import Chronology
import Foundation
import Render
import Scene
import Site
import Tiles
import _ChronomapTestSupport

/// A hand-made region of two sides on the box 46–47 E, 39–40 N (the extent is the study area), built as a site at
/// zoom 6 for the viewer's changes panel.
///
/// From 2024-01-01 (the first date) `upland` holds 46–46.25 E and `lowland` 46.25–47 E. On 2024-03-05 the strip
/// 46.1–46.25 E, with the village Ford (46.2 E, 39.5 N), passes to `lowland`, and a `truce` overlay begins.
///
/// Areas, `pyproj.Geod(ellps="WGS84").polygon_area_perimeter` of strips from 39 to 40 N (km²; a strip's area
/// depends only on its width): 0.15° wide 1,432.43, 0.25° wide 2,387.38, 0.75° wide 7,162.12.
enum HandoverSiteFixture {
    /// The site, built once per test process.
    static let site: Result<URL, any Error> = Result {
        let scratch = try TestPaths.makeScratchFolder("handover-site")
        let data = scratch.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        for (file, text) in files {
            try text.write(to: data.appendingPathComponent(file), atomically: true, encoding: .utf8)
        }
        let dataset = try Dataset.load(from: data.path)
        let renderer = try MapRenderer(styleFile: SiteFixture.stylePath)
        let tiles = TileRenderer(dataset: dataset, renderer: renderer, options: SceneOptions())
        let plan = SitePlan(dataset: dataset, range: try Day(iso: "2024-01-01")...(try Day(iso: "2024-06-30")))
        let folder = scratch.appendingPathComponent("site")
        _ = try SiteBuilder(dataset: dataset, tiles: tiles, plan: plan, zooms: 6...6, folder: folder.path, jobs: 2)
            .build()
        return folder
    }

    static let files: [String: String] = {
        let region = """
            {"id":"handover","name":"Handover","title":"Handover test region","extent":[46,39,47,40],\
            "first_date":"2024-01-01","version":"0.0.1","as_of":"2024-06-30","attribution":"Test data made by hand",\
            "licence":"CC0","languages":["en"],"utc_offset":"+04:00","parties":[\
            {"id":"upland","name":"Upland Council forces","name:ru":"силы Нагорного совета"},\
            {"id":"lowland","name":"Lowland Guard","name:ru":"Равнинная гвардия"}],\
            "overlays":[{"kind":"truce","name":"Truce zone","name:ru":"зона перемирия"}]}
            """
        func zone(_ id: String, _ kind: String, _ controller: String?, _ dates: String, _ box: [Double]) -> String {
            let (west, south, east, north) = (box[0], box[1], box[2], box[3])
            let held = controller.map { #""controller":"\#($0)","# } ?? ""
            return """
                {"type":"Feature","id":"\(id)","properties":{"kind":"\(kind)",\(held)\(dates),"source":"hand-made"},\
                "geometry":{"type":"Polygon","coordinates":[[[\(west),\(south)],[\(east),\(south)],[\(east),\(north)],\
                [\(west),\(north)],[\(west),\(south)]]]}}
                """
        }
        let before = #""start_date":"2024-01-01","end_date":"2024-03-05""#
        let after = #""start_date":"2024-03-05""#
        let zones = [
            zone("zone-upland-1", "control", "upland", before, [46, 39, 46.25, 40]),
            zone("zone-lowland-1", "control", "lowland", before, [46.25, 39, 47, 40]),
            zone("zone-upland-2", "control", "upland", after, [46, 39, 46.1, 40]),
            zone("zone-lowland-2", "control", "lowland", after, [46.1, 39, 47, 40]),
            zone("zone-truce", "truce", nil, after, [46.05, 39.2, 46.3, 39.8]),
        ]
        let place = """
            {"type":"Feature","id":"ford","properties":{"kind":"village","name":"Ford","rank":4,\
            "source":"hand-made"},"geometry":{"type":"Point","coordinates":[46.2,39.5]}}
            """
        let empty = #"{"type":"FeatureCollection","features":[]}"#
        return [
            "region.json": region,
            "zones.geojson": #"{"type":"FeatureCollection","features":["# + zones.joined(separator: ",\n") + "]}",
            "places.geojson": #"{"type":"FeatureCollection","features":["# + place + "]}",
            "base.geojson": empty, "routes.geojson": empty, "events.geojson": empty,
        ]
    }()
}
