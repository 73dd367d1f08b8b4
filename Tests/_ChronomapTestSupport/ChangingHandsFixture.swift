import Foundation

/// A hand-made data set of two parties, `west` and `east`, on the box 46–47 E, 39–40 N, whose ground between 46.1 and
/// 46.25 E passes from west to east over the uncertain window `[2024-03-05..2024-03-08]`.
///
/// Until 2024-03-04 west holds 46–46.25 E and east the rest; from 2024-03-05 west holds 46–46.1 E, the zone
/// `zone-hands` (east's, changing hands until 03-08) 46.1–46.25 E, and east the rest.
///
/// Areas, `pyproj.Geod(ellps="WGS84").polygon_area_perimeter` of each strip from 39 to 40 N (km²): 46–46.1 E
/// 954.95, 46.1–46.25 E 1,432.43, 46.25–47 E 7,162.12, 46.1–46.4 E 2,864.85, 46–46.25 E 2,387.38.
public enum ChangingHandsFixture {
    /// The strips' areas in km², from pyproj (see above).
    public static let westAfterKm2 = 954.95
    public static let handsKm2 = 1432.43
    public static let eastAfterKm2 = 7162.12
    public static let wideHandsKm2 = 2864.85

    /// Writes the data set to a scratch folder and returns its path.
    /// - Parameter severalHolders: widen the changing zone to 46.1–46.4 E, over ground of both earlier holders.
    public static func folder(severalHolders: Bool = false, name: String = #function) throws -> String {
        let folder = try TestPaths.makeScratchFolder(name).appendingPathComponent("data")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let split = severalHolders ? "46.4" : "46.25"
        let region = """
            {"id":"hands","name":"Hands","title":"Changing hands test region","extent":[46,39,47,40],\
            "first_date":"2024-01-01","version":"0.0.1","as_of":"2024-06-30","attribution":"Test data made by hand",\
            "licence":"CC0","languages":["en"],"utc_offset":"+04:00","parties":[{"id":"west","name":"Western side",\
            "short":"the western side","authority":"the western authorities"},{"id":"east","name":"Eastern side"}],\
            "overlays":[]}
            """
        func zone(_ id: String, _ controller: String, _ dates: String, _ west: String, _ east: String) -> String {
            """
            {"type":"Feature","id":"\(id)","properties":{"kind":"control","controller":"\(controller)",\(dates),\
            "source":"hand-made"},"geometry":{"type":"Polygon","coordinates":[[[\(west),39],[\(east),39],\
            [\(east),40],[\(west),40],[\(west),39]]]}}
            """
        }
        let zones = [
            zone("zone-west-before", "west", #""start_date":"2024-01-01","end_date":"2024-03-05""#, "46", "46.25"),
            zone("zone-east-before", "east", #""start_date":"2024-01-01","end_date":"2024-03-05""#, "46.25", "47"),
            zone("zone-west-after", "west", #""start_date":"2024-03-05""#, "46", "46.1"),
            zone(
                "zone-hands", "east", #""start_date":"2024-03-05","start_date:edtf":"[2024-03-05..2024-03-08]""#,
                "46.1", split),
            zone("zone-east-after", "east", #""start_date":"2024-03-05""#, split, "47"),
        ]
        let place = """
            {"type":"Feature","id":"ford","properties":{"kind":"village","name":"Ford","rank":4,\
            "source":"hand-made"},"geometry":{"type":"Point","coordinates":[46.2,39.5]}}
            """
        let empty = #"{"type":"FeatureCollection","features":[]}"#
        let files = [
            "region.json": region,
            "zones.geojson": #"{"type":"FeatureCollection","features":["# + zones.joined(separator: ",\n") + "]}",
            "places.geojson": #"{"type":"FeatureCollection","features":["# + place + "]}",
            "base.geojson": empty, "routes.geojson": empty, "events.geojson": empty,
        ]
        for (file, text) in files {
            try text.write(to: folder.appendingPathComponent(file), atomically: true, encoding: .utf8)
        }
        return folder.path
    }
}
