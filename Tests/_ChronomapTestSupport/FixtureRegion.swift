import Chronology
import Foundation
import GeoJSON

/// A hand-made region, Marrowdale, for the engine's map tests: three parties on the box 40–38 W, 30–31.5 N (open
/// ocean, so no real border or name can leak into it), whose control zones change over a few dates.
///
/// Every zone is a strip from 30 to 31.5 N (the study area is the extent). West to east:
///
/// | days | 40–39.2 W | 39.2–38.9 W | 38.9–38.6 W | 38.6–38.3 W | 38.3–38 W |
/// |---|---|---|---|---|---|
/// | 2024-01-01 – 03-04 | highland | coast | coast | coast | coast |
/// | 2024-03-05 – 04-30 | highland | contested (highland, coast) | coast | coast | delta |
/// | from 2024-05-01 | highland | highland | highland, changing hands `[2024-05-01..2024-05-04]` | coast | delta |
///
/// A `truce` overlay covers 39.4–38.7 W, 30.4–31.1 N from 2024-05-01 to 05-31. The coast road runs Highgate →
/// Tollbar → Eastport: open, then blockaded from 03-05, then through a checkpoint from 05-01. Places have ranks 1–5
/// and names in English, French and German; Saltmere and Brackwater are disputed (an `alt_name:en`). Events: an
/// offensive (03-05), a strike beyond the extent (03-06, 37.6 W 31.8 N), a clash (03-07), a capture claimed and
/// denied (05-01), a ceasefire with no place (05-04), a flag raising (05-05) and a withdrawal (06-01), after a decree
/// on the first date. The base has two countries split at 38.6 W (Westmark tinted for `highland`), their border, a
/// lake, a river, and a sea south of 30 N.
///
/// Areas, `pyproj.Geod(ellps="WGS84").polygon_area_perimeter` of strips from 30 to 31.5 N (km²; pyproj 3.7.2; a
/// strip's area depends only on its width, but its long edges are geodesics that bow north, so two strips side by
/// side measure a little less than one of their joint width): 0.3° wide 4,776.89, 0.6° 9,553.80, 0.8° 12,738.42,
/// 1.1° 17,515.39, 1.2° 19,107.72, 2.0° (the study area) 31,846.65; the truce box 5,201.63.
public enum FixtureRegion {
    /// Strip areas in km², from pyproj (see above).
    public static let narrowStripKm2 = 4776.89
    public static let highlandBeforeKm2 = 12738.42
    public static let coastBeforeKm2 = 19107.72
    public static let coastDuringKm2 = 9553.80
    public static let highlandAfterKm2 = 17515.39
    public static let studyAreaKm2 = 31846.65
    public static let truceKm2 = 5201.63

    /// Highgate, the rank-1 place, where the places file puts it.
    public static let highgate = Position(longitude: -39.6, latitude: 30.85)

    /// The region's title, as `region.json` gives it.
    public static let title = "Marrowdale"

    /// Days the map tests draw: the opening line (two parties), the contested weeks (with the offensive and the
    /// strike beyond the extent), ground changing hands, and the settled line as the truce ends.
    public static let keyDates = ["2024-02-01", "2024-03-06", "2024-05-02", "2024-06-01"]

    /// The data folder, written once per test process.
    public static let folder: Result<String, any Error> = Result { try write(into: "fixture-region") }

    /// The data set, loaded (and checked) once per test process.
    public static let dataset: Result<Dataset, any Error> = Result { try Dataset.load(from: folder.get()) }

    /// Writes the data set to a new scratch folder (for a test that breaks or extends it) and returns its path.
    public static func write(into name: String = #function) throws -> String {
        let folder = try TestPaths.makeScratchFolder(name).appendingPathComponent("data")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (file, text) in files {
            try text.write(to: folder.appendingPathComponent(file), atomically: true, encoding: .utf8)
        }
        return folder.path
    }

    /// The files of the data set, by name.
    public static let files: [String: String] = [
        "region.json": region, "zones.geojson": collection(zones), "places.geojson": collection(places),
        "routes.geojson": collection(routes), "events.geojson": collection(events), "base.geojson": collection(base),
    ]

    static let region = """
        {"id":"marrowdale","name":"Marrowdale","name:fr":"Val-de-Moelle","title":"Marrowdale",\
        "title:ru":"Марроудейл","extent":[-40,30,-38,31.5],"first_date":"2024-01-01","version":"0.1.0",\
        "as_of":"2024-12-31","attribution":"Marrowdale test data, made by hand","licence":"CC0 (public domain)",\
        "languages":["en","fr","de"],"utc_offset":"-02:00","inset_title":"Marrow Coast","parties":[\
        {"id":"highland","name":"Highland Council forces","short":"Highland Council","authority":"the Highland Council",\
        "name:ru":"силы Горного совета","short:ru":"Горный совет","color":"#e6b35c"},\
        {"id":"coast","name":"Coast League","authority":"the Coast League's command","name:ru":"Береговая лига",\
        "color":"#8fbf7f"},\
        {"id":"delta","name":"Delta Republic","name:ru":"Республика Дельта","color":"#c4a2dc","labelled":false}],\
        "overlays":[{"kind":"truce","name":"Truce zone","name:ru":"зона перемирия","color":"#6a3d9a"}]}
        """

    static func collection(_ features: [String]) -> String {
        #"{"type":"FeatureCollection","features":["# + features.joined(separator: ",\n") + "]}"
    }

    static func box(_ west: Double, _ south: Double, _ east: Double, _ north: Double) -> String {
        #"{"type":"Polygon","coordinates":[[[\#(west),\#(south)],[\#(east),\#(south)],[\#(east),\#(north)],"#
            + #"[\#(west),\#(north)],[\#(west),\#(south)]]]}"#
    }

    static func feature(_ id: String, _ properties: String, _ geometry: String) -> String {
        #"{"type":"Feature","id":"\#(id)","properties":{\#(properties),"source":"hand-made"},"geometry":\#(geometry)}"#
    }

    static func strip(_ id: String, _ properties: String, _ west: Double, _ east: Double) -> String {
        feature(id, #""kind":"control",\#(properties)"#, box(west, 30, east, 31.5))
    }

    static let zones: [String] = [
        strip(
            "zone-highland-1", #""controller":"highland","start_date":"2024-01-01","end_date":"2024-05-01""#, -40, -39.2
        ),
        strip("zone-coast-1", #""controller":"coast","start_date":"2024-01-01","end_date":"2024-03-05""#, -39.2, -38),
        strip(
            "zone-contested",
            #""controller":"contested","parties":["highland","coast"],"start_date":"2024-03-05","#
                + #""end_date":"2024-05-01""#, -39.2, -38.9),
        strip("zone-coast-2", #""controller":"coast","start_date":"2024-03-05","end_date":"2024-05-01""#, -38.9, -38.3),
        strip("zone-highland-2", #""controller":"highland","start_date":"2024-05-01""#, -40, -38.9),
        strip(
            "zone-hands",
            #""controller":"highland","start_date":"2024-05-01","#
                + #""start_date:edtf":"[2024-05-01..2024-05-04]""#, -38.9, -38.6),
        strip("zone-coast-3", #""controller":"coast","start_date":"2024-05-01""#, -38.6, -38.3),
        strip("zone-delta", #""controller":"delta","start_date":"2024-03-05""#, -38.3, -38),
        feature(
            "zone-truce", #""kind":"truce","name":"Truce zone","start_date":"2024-05-01","end_date":"2024-06-01""#,
            box(-39.4, 30.4, -38.7, 31.1)),
    ]

    static func point(_ longitude: Double, _ latitude: Double) -> String {
        #"{"type":"Point","coordinates":[\#(longitude),\#(latitude)]}"#
    }

    static func place(_ id: String, _ properties: String, _ longitude: Double, _ latitude: Double) -> String {
        feature(id, properties + #","accuracy":"exact""#, point(longitude, latitude))
    }

    static let places: [String] = [
        place(
            "highgate",
            #""kind":"capital","rank":1,"name":"Highgate","name:en":"Highgate","name:fr":"Haute-Porte","#
                + #""name:de":"Hochtor""#, -39.6, 30.85),
        place(
            "saltmere",
            #""kind":"town","rank":2,"name":"Saltmere","name:en":"Saltmere","alt_name:en":"Salzmoor","#
                + #""name:fr":"Marais-Salé","name:de":"Salzmoor","alt_name:de":"Saltmere","disputed":true"#, -38.75,
            30.75),
        place(
            "eastport",
            #""kind":"city","rank":2,"name":"Eastport","name:en":"Eastport","name:fr":"Port-de-l'Est","#
                + #""name:de":"Osthafen""#, -38.15, 30.35),
        place(
            "brackwater",
            #""kind":"town","rank":3,"name":"Brackwater","name:en":"Brackwater","#
                + #""alt_name:en":"Brackwasser","name:fr":"Eau-Saumâtre","name:de":"Brackwasser","disputed":true"#,
            -39.05, 30.5),
        place(
            "reedby", #""kind":"village","rank":4,"name":"Reedby","name:en":"Reedby","name:fr":"Roselière""#,
            -38.45, 31.25),
        place(
            "tollbar", #""kind":"checkpoint","rank":4,"name":"Tollbar","name:en":"Tollbar","start_date":"2024-05-01""#,
            -38.95, 30.95),
        place("greystones", #""kind":"ruins","rank":5,"name":"Greystones","name:fr":"Pierres-Grises""#, -39.85, 30.2),
    ]

    static func road(_ id: String, _ status: String, _ dates: String) -> String {
        feature(
            id,
            #""kind":"road","route":"coast-road","status":"\#(status)","name":"Coast road","#
                + #""name:fr":"Route de la côte",\#(dates)"#,
            #"{"type":"LineString","coordinates":[[-39.6,30.85],[-38.95,30.95],[-38.15,30.35]]}"#)
    }

    static let routes: [String] = [
        road("road-open", "open", #""start_date":"2024-01-01","end_date":"2024-03-05""#),
        road("road-blockaded", "blockaded", #""start_date":"2024-03-05","end_date":"2024-05-01""#),
        road("road-checkpoint", "checkpoint", #""start_date":"2024-05-01""#),
    ]

    static let events: [String] = [
        feature(
            "event-decree",
            #""kind":"decree","title":"Highland Council decrees a curfew","date":"2024-02-01","#
                + #""accuracy":"exact""#, point(-39.5, 30.95)),
        feature(
            "event-offensive",
            #""kind":"offensive","title":"Coast League offensive on the Brackwater line","#
                + #""date":"2024-03-05","end_date":"2024-03-10","accuracy":"approximate""#, point(-39.1, 30.7)),
        feature(
            "event-strike",
            #""kind":"strike","title":"Strike on the northern depot","date":"2024-03-06","#
                + #""claimed_by":"coast","accuracy":"approximate""#, point(-37.6, 31.8)),
        feature(
            "event-clash", #""kind":"clash","title":"Clash at Brackwater","date":"2024-03-07","accuracy":"exact""#,
            point(-39.05, 30.55)),
        feature(
            "event-capture",
            #""kind":"capture","title":"Highland Council says it has taken Saltmere","#
                + #""date":"2024-05-01","claimed_by":"highland","denied_by":["coast"],"accuracy":"approximate""#,
            point(-38.76, 30.78)),
        feature(
            "event-ceasefire",
            #""kind":"ceasefire","title":"Ceasefire agreed in talks abroad","date":"2024-05-04","#
                + #""accuracy":"exact""#, "null"),
        feature(
            "event-flag",
            #""kind":"flag","title":"Highland flag raised in Saltmere","date":"2024-05-05","#
                + #""time":"11:00","accuracy":"exact""#, point(-38.74, 30.74)),
        feature(
            "event-withdrawal",
            #""kind":"withdrawal","title":"Coast League units leave Reedby","date":"2024-06-01","#
                + #""accuracy":"approximate""#, point(-38.5, 31.2)),
    ]

    static func line(_ coordinates: [(Double, Double)]) -> String {
        let points = coordinates.map { "[\($0.0),\($0.1)]" }.joined(separator: ",")
        return #"{"type":"LineString","coordinates":[\#(points)]}"#
    }

    static let base: [String] = [
        feature(
            "country-westmark",
            #""kind":"country","party":"highland","name":"Westmark","name:fr":"Marche-Ouest","#
                + #""iso_a3":"XWM","#
                + #""accuracy":"approximate""#, box(-41, 30, -38.6, 32.5)),
        feature(
            "country-eastmark",
            #""kind":"country","name":"Eastmark","name:fr":"Marche-Est","#
                + #""iso_a3":"XEM","accuracy":"approximate""#, box(-38.6, 30, -37, 32.5)),
        feature(
            "border-marks", #""kind":"border","name":"Westmark – Eastmark border","accuracy":"approximate""#,
            line([(-38.6, 30), (-38.6, 32.5)])),
        feature(
            "lake-mirror", #""kind":"lake","name":"Mirror Lake","name:fr":"Lac Miroir","accuracy":"approximate""#,
            box(-39.75, 31.2, -39.6, 31.3)),
        feature(
            "river-slow", #""kind":"river","name":"Slow River","name:fr":"Rivière Lente","accuracy":"approximate""#,
            line([(-40.5, 30.6), (-39.5, 30.55), (-38.6, 30.45), (-37.5, 30.3)])),
        feature(
            "sea-gull", #""kind":"sea","name":"Gull Sea","name:fr":"Mer des Mouettes","accuracy":"approximate""#,
            box(-41, 28.5, -37, 30)),
    ]
}
