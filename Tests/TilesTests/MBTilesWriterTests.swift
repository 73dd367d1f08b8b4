import Foundation
import Projection
import SQLite
import Testing
import _ChronomapTestSupport

@testable import Tiles

/// Fake tile images: a PNG signature and a label, so equal labels are equal images. No map is rendered.
func fakePNG(_ label: String) -> Data { Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + Data(label.utf8) }

func tile(_ z: Int, _ x: Int, _ y: Int, _ label: String) -> TileRenderer.RenderedTile {
    TileRenderer.RenderedTile(
        coordinate: TileCoordinate(z: z, x: x, y: y), png: fakePNG(label), isSolid: label.hasPrefix("solid"))
}

func tileSetDescription(
    date: String = "1994-05-12", bounds: [Double] = [46.5, 39.6, 47.0, 40.0], minZoom: Int = 8, maxZoom: Int = 10,
    scale: Double = 1
) -> TileSetDescription {
    TileSetDescription(
        name: "Marrowdale \(date)", description: "Marrowdale on 12 May 1994 (Chronomap)", date: date,
        dataVersion: "1.0.0", attribution: "Chronomap contributors", bounds: bounds, center: [46.75, 39.8, 8],
        minZoom: minZoom, maxZoom: maxZoom, scale: scale)
}

/// The metadata table as a dictionary.
func metadata(of path: String) throws -> [String: String] {
    var result: [String: String] = [:]
    for row in try Database(path: path, mode: .readOnly).query("SELECT name, value FROM metadata") {
        result[row[0].textValue ?? ""] = row[1].textValue
    }
    return result
}

func count(_ table: String, in path: String) throws -> Int {
    try Database(path: path, mode: .readOnly).query("SELECT count(*) FROM \(table)").first?[0].intValue ?? -1
}

func integrityCheck(_ path: String) throws -> String? {
    try Database(path: path, mode: .readOnly).query("PRAGMA integrity_check").first?[0].textValue
}

@Suite struct MBTilesWriterTests {
    private func scratchFile(_ name: String = #function) throws -> String {
        try TestPaths.makeScratchFolder(name).appendingPathComponent("tiles.mbtiles").path
    }

    @Test func tileRowsAreTMSAndIdenticalImagesAreStoredOnce() throws {
        let path = try scratchFile()
        let writer = try MBTilesWriter(path: path)
        try writer.write([
            tile(10, 600, 388, "a"), tile(10, 601, 388, "solid-sea"), tile(10, 600, 389, "solid-sea"),
            tile(10, 601, 389, "b"),
        ])
        try writer.finish(tileSetDescription())

        #expect(try count("map", in: path) == 4)
        #expect(try count("images", in: path) == 3)
        let database = try Database(path: path, mode: .readOnly)
        // XYZ row 388 at zoom 10 is TMS row 2^10 - 1 - 388 = 635.
        let rows = try database.query(
            "SELECT tile_data FROM tiles WHERE zoom_level = 10 AND tile_column = 600 AND tile_row = 635")
        #expect(rows.map { $0[0] } == [.blob(fakePNG("a"))])
        #expect(
            try database.query("SELECT count(*) FROM tiles WHERE zoom_level = 10 AND tile_row = 388").first?[0] == 0)
        let sea = try database.query(
            "SELECT tile_column, tile_row FROM tiles WHERE tile_data = ? ORDER BY tile_column",
            [.blob(fakePNG("solid-sea"))])
        #expect(sea.map(\.values) == [[600, 634], [601, 635]])
        #expect(try integrityCheck(path) == "ok")
    }

    @Test func theSchemaIsMbutilsWithATilesView() throws {
        let path = try scratchFile()
        try MBTilesWriter(path: path).finish(tileSetDescription())
        let database = try Database(path: path, mode: .readOnly)
        let objects = try database.query(
            "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
        ).map(\.values)
        #expect(
            objects == [
                ["index", "images_id"], ["index", "map_index"], ["index", "name"],
                ["table", "images"], ["table", "map"], ["table", "metadata"], ["view", "tiles"],
            ])
        #expect(try database.query("PRAGMA application_id").first?[0] == .integer(0x4d50_4258))
        let columns = try database.query("SELECT name FROM pragma_table_info('tiles')").map { $0[0] }
        #expect(columns == ["zoom_level", "tile_column", "tile_row", "tile_data"])
    }

    @Test func finishWritesTheMetadataAndLeavesOneFile() throws {
        let path = try scratchFile()
        let writer = try MBTilesWriter(path: path)
        try writer.write([tile(9, 300, 193, "a")])
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        try writer.finish(tileSetDescription(bounds: [46.5, 39.612345678, 47.25, 40]))

        #expect(
            try metadata(of: path) == [
                "name": "Marrowdale 1994-05-12",
                "format": "png",
                "bounds": "46.5,39.612346,47.25,40",
                "center": "46.75,39.8,8",
                "minzoom": "8",
                "maxzoom": "10",
                "attribution": "Chronomap contributors",
                "description": "Marrowdale on 12 May 1994 (Chronomap)",
                "type": "baselayer",
                "version": "1.0.0",
                "date": "1994-05-12",
                "chronomap_data_version": "1.0.0",
            ])
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        #expect(!FileManager.default.fileExists(atPath: path + "-shm"))
        #expect(try Database(path: path, mode: .readOnly).query("PRAGMA journal_mode").first?[0] == "delete")
        #expect(try integrityCheck(path) == "ok")
        #expect(throws: MBTilesError.finished(path: path)) { try writer.write([tile(9, 300, 194, "b")]) }
        #expect(!writer.contains(TileCoordinate(z: 9, x: 300, y: 193)))
    }

    @Test func scaleTwoRecordsTheTileSize() throws {
        let path = try scratchFile()
        try MBTilesWriter(path: path).finish(tileSetDescription(scale: 2))
        let values = try metadata(of: path)
        #expect(values["tile_size"] == "512")
        #expect(values["scale"] == "2")
        #expect(values["scheme"] == nil)
    }

    @Test func containsAnswersFromTheFileAndAReRunAddsToIt() throws {
        let path = try scratchFile()
        let first = try MBTilesWriter(path: path, date: "1994-05-12")
        try first.write([tile(10, 600, 388, "a"), tile(10, 601, 388, "b")])
        #expect(first.contains(TileCoordinate(z: 10, x: 600, y: 388)))
        #expect(first.contains(TileCoordinate(z: 10, x: 601, y: 388)))
        #expect(!first.contains(TileCoordinate(z: 10, x: 600, y: 635)))
        #expect(!first.contains(TileCoordinate(z: 10, x: 602, y: 388)))
        #expect(!first.contains(TileCoordinate(z: 10, x: 5000, y: 388)))
        try first.finish(tileSetDescription(minZoom: 10, maxZoom: 10))

        let second = try MBTilesWriter(path: path, date: "1994-05-12")
        #expect(second.contains(TileCoordinate(z: 10, x: 600, y: 388)))
        #expect(!second.contains(TileCoordinate(z: 11, x: 1200, y: 776)))
        try second.write([tile(11, 1200, 776, "c"), tile(10, 601, 388, "b2")])
        try second.finish(tileSetDescription(bounds: [46.6, 39.5, 46.9, 39.9], minZoom: 11, maxZoom: 11))

        #expect(try count("map", in: path) == 3)
        // The replaced tile's old image is not kept.
        #expect(try count("images", in: path) == 3)
        let values = try metadata(of: path)
        #expect(values["minzoom"] == "10" && values["maxzoom"] == "11")
        #expect(values["bounds"] == "46.5,39.5,47,40")
        let replaced = try Database(path: path, mode: .readOnly).query(
            "SELECT tile_data FROM tiles WHERE zoom_level = 10 AND tile_column = 601")
        #expect(replaced.map { $0[0] } == [.blob(fakePNG("b2"))])
        #expect(try integrityCheck(path) == "ok")
    }

    @Test func aFileOfAnotherDayIsRefused() throws {
        let path = try scratchFile()
        let writer = try MBTilesWriter(path: path, date: "1994-05-12")
        try writer.write([tile(8, 150, 96, "a")])
        let error = #expect(throws: MBTilesError.self) { try MBTilesWriter(path: path, date: "1993-04-03") }
        #expect(error == .dateMismatch(path: path, fileDate: "1994-05-12", expectedDate: "1993-04-03"))
        #expect(
            error?.description
                == "\(path): holds tiles of 1994-05-12, not 1993-04-03; write the day to another file or delete this one"
        )
        #expect(throws: MBTilesError.self) { try writer.finish(tileSetDescription(date: "1993-04-03")) }
    }

    @Test func aMetatileWhoseWriteFailsIsLeftOutAndTheFileStaysValid() throws {
        let path = try scratchFile()
        let writer = try MBTilesWriter(path: path)
        try writer.write([tile(10, 600, 388, "a"), tile(10, 601, 388, "b")])
        // Another connection makes the third tile of the next metatile fail, after two of its tiles are inserted.
        let saboteur = try Database(path: path)
        try saboteur.execute(
            """
            CREATE TRIGGER fail BEFORE INSERT ON map WHEN NEW.tile_column = 602
            BEGIN SELECT RAISE(ABORT, 'simulated failure'); END
            """)
        let error = #expect(throws: SQLiteError.self) {
            try writer.write([
                tile(10, 600, 389, "c"), tile(10, 601, 389, "d"), tile(10, 602, 389, "e"), tile(10, 603, 389, "f"),
            ])
        }
        #expect(error?.message == "simulated failure")
        #expect(error?.path == path)
        #expect(!writer.contains(TileCoordinate(z: 10, x: 600, y: 389)))
        #expect(!writer.contains(TileCoordinate(z: 10, x: 601, y: 389)))
        #expect(writer.contains(TileCoordinate(z: 10, x: 600, y: 388)))

        // As if the process died here: the file, read by another connection, holds the first metatile only.
        #expect(try count("map", in: path) == 2)
        #expect(try count("images", in: path) == 2)
        #expect(try integrityCheck(path) == "ok")

        // The writer goes on with the next metatile, and a later run fills in the failed one.
        try saboteur.execute("DROP TRIGGER fail")
        // Leaving WAL mode at the end needs the only connection to the file.
        try saboteur.close()
        try writer.write([
            tile(10, 600, 389, "c"), tile(10, 601, 389, "d"), tile(10, 602, 389, "e"), tile(10, 603, 389, "f"),
        ])
        try writer.finish(tileSetDescription())
        #expect(try count("tiles", in: path) == 6)
        #expect(try integrityCheck(path) == "ok")
    }

    @Test func aWriterReleasedWithoutFinishingLeavesAValidFile() throws {
        let path = try scratchFile()
        do {
            let writer = try MBTilesWriter(path: path, date: "1994-05-12")
            try writer.write([tile(10, 600, 388, "a")])
            try writer.write([tile(10, 608, 388, "b")])
        }
        #expect(try count("tiles", in: path) == 2)
        #expect(try metadata(of: path) == ["date": "1994-05-12"])
        #expect(try integrityCheck(path) == "ok")
        let resumed = try MBTilesWriter(path: path, date: "1994-05-12")
        #expect(resumed.contains(TileCoordinate(z: 10, x: 608, y: 388)))
    }

    @Test func writesFromManyThreadsAtOnceAllArrive() throws {
        let path = try scratchFile()
        let writer = try MBTilesWriter(path: path)
        let problems = Problems()
        DispatchQueue.concurrentPerform(iterations: 16) { metatile in
            let tiles = (0..<16).map { index in
                tile(12, metatile * 4 + index % 4, 1500 + index / 4, index % 3 == 0 ? "solid" : "\(metatile)-\(index)")
            }
            do {
                try writer.write(tiles)
                if !tiles.allSatisfy({ writer.contains($0.coordinate) }) {
                    problems.add("metatile \(metatile) is not all there")
                }
            } catch {
                problems.add("metatile \(metatile): \(error)")
            }
        }
        // Issues are recorded on the test's own thread, not on Dispatch's.
        #expect(problems.all == [])
        try writer.finish(tileSetDescription())
        #expect(try count("map", in: path) == 256)
        #expect(try count("images", in: path) == 16 * 10 + 1)
        #expect(try integrityCheck(path) == "ok")
    }

    @Test func differentImagesWithTheSameHashAreBothKept() throws {
        let path = try scratchFile()
        let writer = try MBTilesWriter(path: path)
        let png = fakePNG("real")
        let hash = MBTilesSchema.contentHash(of: png)
        // Forge a hash collision: other bytes already stored under this image's id.
        try Database(path: path).query(
            "INSERT INTO images (tile_data, tile_id) VALUES (?, ?)", [.blob(fakePNG("impostor")), .text(hash)])
        try writer.write([
            TileRenderer.RenderedTile(coordinate: TileCoordinate(z: 3, x: 4, y: 2), png: png, isSolid: false)
        ])
        let database = try Database(path: path)
        #expect(try database.query("SELECT tile_id FROM map").map { $0[0] } == [.text(hash + "-1")])
        #expect(try database.query("SELECT tile_data FROM tiles").map { $0[0] } == [.blob(png)])
    }

    @Test func theContentHashIsFNV1a() {
        // Published FNV-1a 64 test vectors.
        #expect(MBTilesSchema.contentHash(of: Data()) == "cbf29ce484222325")
        #expect(MBTilesSchema.contentHash(of: Data("a".utf8)) == "af63dc4c8601ec8c")
        #expect(MBTilesSchema.contentHash(of: Data("foobar".utf8)) == "85944171f73967e8")
    }

    @Test func anotherKindOfDatabaseIsRefused() throws {
        let path = try scratchFile()
        try Database(path: path).execute(
            "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)")
        let error = #expect(throws: MBTilesError.self) { try MBTilesWriter(path: path) }
        guard case .unsupportedSchema(let errorPath, _)? = error else {
            Issue.record("expected unsupportedSchema, got \(String(describing: error))")
            return
        }
        #expect(errorPath == path)
    }

    @Test func aFileThatIsNotADatabaseIsAnErrorNamingIt() throws {
        let path = try scratchFile()
        try Data(repeating: 7, count: 4096).write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: SQLiteError.self) { try MBTilesWriter(path: path) }
        #expect(error?.code == 26)  // SQLITE_NOTADB
        #expect(error?.path == path)
    }
}

/// Messages collected from several threads.
private final class Problems: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []
    func add(_ message: String) { lock.withLock { messages.append(message) } }
    var all: [String] { lock.withLock { messages } }
}
