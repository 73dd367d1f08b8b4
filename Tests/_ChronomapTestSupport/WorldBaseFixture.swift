import Foundation
import SQLite

/// A tiny world base in the format of `world/README.md`, written by the tests themselves around the fictional
/// Riverland (lon -31 to -29.5, lat -0.2 to 0.6): land south of 0.3° N split into two countries at -30.3°, the
/// western one stored as two pieces cut at -30.5° (as the real file cuts on its 5° grid), a border, a lake, a river,
/// a sea (its label point and its water), three towns and the inset countries.
public enum WorldBaseFixture {
    /// Writes the file and returns its path.
    public static func make(in folder: URL) throws -> String {
        let (path, database) = try emptyFile(in: folder, languages: "en,fr")
        var id = 0
        func add(_ layer: String, _ group: String, _ properties: String, _ geometry: String, box: [Double]) throws {
            id += 1
            _ = try database.query(
                "INSERT INTO features VALUES (?, ?, ?, 0, ?, ?)",
                [.integer(id), .text(layer), .text(group), .text(properties), .text(geometry)])
            _ = try database.query(
                "INSERT INTO features_index VALUES (?, ?, ?, ?, ?)",
                [.integer(id), .real(box[0]), .real(box[2]), .real(box[1]), .real(box[3])])
        }
        func rectangle(_ west: Double, _ south: Double, _ east: Double, _ north: Double) -> String {
            "{\"type\":\"Polygon\",\"coordinates\":[[[\(west),\(south)],[\(east),\(south)],[\(east),\(north)],[\(west),\(north)],[\(west),\(south)]]]}"
        }
        let riverland =
            #"{"iso_a3":"RVL","kind":"country","name":"Riverland","name:en":"Riverland","name:fr":"Rivière","source":"Fixture world (tests)"}"#
        let hilland =
            #"{"iso_a3":"HLL","kind":"country","name":"Hilland","name:en":"Hilland","source":"Fixture world (tests)"}"#
        try add("country", "country:RVL", riverland, rectangle(-31, -0.2, -30.5, 0.3), box: [-31, -0.2, -30.5, 0.3])
        try add(
            "country", "country:RVL", riverland, rectangle(-30.5, -0.2, -30.3, 0.3), box: [-30.5, -0.2, -30.3, 0.3])
        try add("country", "country:HLL", hilland, rectangle(-30.3, -0.2, -29.5, 0.3), box: [-30.3, -0.2, -29.5, 0.3])
        try add(
            "border", "border:1", #"{"kind":"border","featurecla":"International boundary (verify)"}"#,
            #"{"type":"LineString","coordinates":[[-30.3,-0.2],[-30.3,0.3]]}"#, box: [-30.3, -0.2, -30.3, 0.3])
        try add(
            "disputed-line", "disputed-line:1",
            #"{"kind":"disputed-line","featurecla":"Line of control (please verify)"}"#,
            #"{"type":"LineString","coordinates":[[-30.45,-0.2],[-30.45,0.3]]}"#, box: [-30.45, -0.2, -30.45, 0.3])
        try add(
            "lake", "lake:1", #"{"kind":"lake","name":"Lake Still","scalerank":3}"#,
            rectangle(-30.2, 0.05, -30.1, 0.12), box: [-30.2, 0.05, -30.1, 0.12])
        try add(
            "river", "river:1", #"{"kind":"river","name":"Long River","scalerank":4}"#,
            #"{"type":"LineString","coordinates":[[-30.55,0.3],[-30.4,0.1],[-30.35,-0.2]]}"#,
            box: [-30.55, -0.2, -30.35, 0.3])
        try add(
            "sea", "sea:1",
            #"{"kind":"sea","name":"Quiet Sea","name:fr":"Mer Calme","featurecla":"sea","scalerank":2}"#,
            #"{"type":"Point","coordinates":[-30.3,0.35]}"#, box: [-30.3, 0.35, -30.3, 0.35])
        try add(
            "sea-area", "sea-area:1",
            #"{"kind":"sea","name":"Quiet Sea","name:fr":"Mer Calme","featurecla":"sea","scalerank":2}"#,
            rectangle(-31, 0.3, -29.5, 0.6), box: [-31, 0.3, -29.5, 0.6])
        // Name, French name, position, population; the first is the capital.
        let towns: [(String, String, Double, Double, Int)] = [
            ("Rivermouth", "Embouchure", -30.52, 0.28, 40_000), ("Millford", "Gué-du-Moulin", -30.4, 0.1, 30_000),
            ("Hilltop", "", -30.1, 0.2, 150_000), ("Far Town", "", -29.7, 0.0, 500_000),
        ]
        for (name, french, lon, lat, population) in towns {
            let kind = name == "Rivermouth" ? "capital" : "town"
            let frenchMember = french.isEmpty ? "" : ",\"name:fr\":\"\(french)\""
            try add(
                "place", "place:\(name)",
                "{\"kind\":\"\(kind)\",\"name\":\"\(name)\",\"name:en\":\"\(name)\"\(frenchMember),\"population\":\(population),\"source\":\"Fixture world (tests)\",\"accuracy\":\"approximate\"}",
                "{\"type\":\"Point\",\"coordinates\":[\(lon),\(lat)]}", box: [lon, lat, lon, lat])
        }
        try add(
            "inset-country", "inset-country:RVL", riverland, rectangle(-31, -0.2, -30.3, 0.3),
            box: [-31, -0.2, -30.3, 0.3])
        try add(
            "inset-country", "inset-country:HLL", hilland, rectangle(-30.3, -0.2, -29.5, 0.3),
            box: [-30.3, -0.2, -29.5, 0.3])
        try database.close()
        return path
    }

    /// A world base of countries alone, each stored as the pieces given (its code, the corners of each piece's one
    /// ring), to test how pieces are joined. Returns the file's path.
    public static func make(
        in folder: URL, countryPieces: [(code: String, corners: [(Double, Double)])]
    ) throws -> String {
        let (path, database) = try emptyFile(in: folder, languages: "en")
        for (index, (code, corners)) in countryPieces.enumerated() {
            let ring = (corners + corners.prefix(1)).map { "[\($0.0),\($0.1)]" }.joined(separator: ",")
            let longitudes = corners.map(\.0), latitudes = corners.map(\.1)
            _ = try database.query(
                "INSERT INTO features VALUES (?, 'country', ?, 0, ?, ?)",
                [
                    .integer(index + 1), .text("country:\(code)"), .text(#"{"kind":"country","iso_a3":"\#(code)"}"#),
                    .text(#"{"type":"Polygon","coordinates":[[\#(ring)]]}"#),
                ])
            _ = try database.query(
                "INSERT INTO features_index VALUES (?, ?, ?, ?, ?)",
                [
                    .integer(index + 1), .real(longitudes.min() ?? 0), .real(longitudes.max() ?? 0),
                    .real(latitudes.min() ?? 0), .real(latitudes.max() ?? 0),
                ])
        }
        try database.close()
        return path
    }

    /// A new world base file with the format's tables and no features.
    static func emptyFile(in folder: URL, languages: String) throws -> (path: String, database: Database) {
        let path = folder.appendingPathComponent("base.sqlite").path
        try? FileManager.default.removeItem(atPath: path)
        let database = try Database(path: path)
        try database.execute(
            """
            CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE features(id INTEGER PRIMARY KEY, layer TEXT NOT NULL, feature_group TEXT NOT NULL,
              min_zoom_rank INTEGER NOT NULL, properties TEXT NOT NULL, geometry TEXT NOT NULL);
            CREATE VIRTUAL TABLE features_index USING rtree(id, min_x, max_x, min_y, max_y);
            INSERT INTO meta VALUES ('format_version', '1'), ('source', 'Fixture world (tests)'), ('languages', '\(languages)');
            """)
        return (path, database)
    }
}
