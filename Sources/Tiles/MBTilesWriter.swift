import Foundation
import GeoJSON
import Projection
import SQLite
import Synchronization

/// Tiles in one MBTiles 1.3 file (https://github.com/mapbox/mbtiles-spec/blob/master/1.3/spec.md), PNG images,
/// rows in the TMS scheme (counted from the south, `TileCoordinate.tmsY`) as the spec requires.
///
/// Images are stored once per content the way mbutil stores them: a `map` table (zoom_level, tile_column, tile_row,
/// tile_id) points into an `images` table (tile_data, tile_id), and the spec's `tiles` table is a view joining the
/// two. `tile_id` is a 64-bit FNV-1a hash of the PNG bytes in hex, so identical tiles (the many solid fills of land
/// and sea) are one row; a hash shared by different bytes is detected and given a suffix (`-1`).
///
/// **Crash safety.** Each ``write(_:)`` (one metatile) is one transaction, committed before it returns. A run that is
/// interrupted (an error, a kill, a crash) leaves a valid file holding exactly the metatiles completed so far, and a
/// re-run opens it, skips them (``contains(_:)`` answers from `map`) and fills in the rest. Until ``finish(_:)``
/// the file is in WAL mode, so `-wal` and `-shm` files sit beside it (SQLite folds them back in when the file is next
/// opened); `finish` checkpoints, switches back to a rollback journal and closes, leaving one self-contained file.
/// The WAL is synced at checkpoints only (`synchronous = NORMAL`): a power cut (not a process crash) may lose the last
/// metatiles, which a re-run renders again, but never corrupts the file.
///
/// **Threads.** `write` and `contains` are called from several threads at once: one connection is kept behind a lock
/// (SQLite writes one transaction at a time anyway), with its statements prepared once.
public final class MBTilesWriter: TileSink, Sendable {
    /// The MBTiles file.
    public let path: String

    /// The open database, nil once finished; every use of it is inside the lock.
    private let connection: Mutex<Connection?>

    /// The database with the statements `write` and `contains` run for every tile.
    private struct Connection {
        var database: Database
        var insertImage: Statement
        var imageMatches: Statement
        var insertTile: Statement
        var selectTile: Statement

        init(_ database: Database) throws {
            self.database = database
            insertImage = try database.prepare("INSERT OR IGNORE INTO images (tile_data, tile_id) VALUES (?, ?)")
            imageMatches = try database.prepare("SELECT tile_data = ? FROM images WHERE tile_id = ?")
            insertTile = try database.prepare(
                "INSERT OR REPLACE INTO map (zoom_level, tile_column, tile_row, tile_id) VALUES (?, ?, ?, ?)")
            selectTile = try database.prepare(
                "SELECT 1 FROM map WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?")
        }
    }

    /// Creates the file, or opens the one a previous run left (complete or interrupted) to add to it.
    /// - Parameters:
    ///   - path: the `.mbtiles` file; missing parent folders are created.
    ///   - date: the day the tiles show, if known: an existing file of another day is refused rather than mixed
    ///     with, and a new file records it at once (so an interrupted file says which day it holds).
    /// - Throws: `MBTilesError.unsupportedSchema` if the file is another kind of SQLite database or MBTiles layout,
    ///   `MBTilesError.dateMismatch` if it holds another day, `SQLiteError` if it cannot be opened or written.
    public init(path: String, date: String? = nil) throws {
        self.path = path
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let database = try Database(path: path, mode: .create)
        try database.setBusyTimeout(milliseconds: 10_000)
        try MBTilesSchema.prepare(database, path: path, usesWriteAheadLog: true)
        if let date {
            try database.transaction {
                let metadata = try MBTilesSchema.metadata(in: database)
                if let fileDate = metadata["date"], fileDate != date {
                    throw MBTilesError.dateMismatch(path: path, fileDate: fileDate, expectedDate: date)
                }
                try database.query("INSERT OR REPLACE INTO metadata (name, value) VALUES ('date', ?)", [.text(date)])
            }
        }
        connection = Mutex(try Connection(database))
    }

    /// Whether the file has the tile (a re-run skips it). False once the file is finished, and if SQLite fails
    /// (the tile is then rendered again and `write` reports the error).
    public func contains(_ tile: TileCoordinate) -> Bool {
        connection.withLock { connection in
            guard let connection, tile.isValid else { return false }
            do {
                try connection.selectTile.reset()
                try connection.selectTile.bind([.integer(tile.z), .integer(tile.x), .integer(tile.tmsY)])
                let found = try connection.selectTile.step()
                try connection.selectTile.reset()
                return found
            } catch {
                return false
            }
        }
    }

    /// Stores the tiles of one metatile in one transaction: all of them, or (if anything fails) none.
    /// - Throws: `MBTilesError.invalidTile` for a coordinate outside the grid, `MBTilesError.finished` after
    ///   ``finish(_:)``, `SQLiteError` if SQLite fails (disk full, I/O).
    public func write(_ tiles: [TileRenderer.RenderedTile]) throws {
        guard !tiles.isEmpty else { return }
        if let invalid = tiles.first(where: { !$0.coordinate.isValid }) {
            throw MBTilesError.invalidTile(path: path, tile: invalid.coordinate)
        }
        // Hashing needs no lock, so other threads can write meanwhile.
        let hashes = tiles.map { MBTilesSchema.contentHash(of: $0.png) }
        try connection.withLock { connection in
            guard let connection else { throw MBTilesError.finished(path: path) }
            try connection.database.transaction {
                for (tile, hash) in zip(tiles, hashes) {
                    let tileID = try store(tile.png, hash: hash, in: connection)
                    let coordinate = tile.coordinate
                    try connection.insertTile.execute([
                        .integer(coordinate.z), .integer(coordinate.x), .integer(coordinate.tmsY), .text(tileID),
                    ])
                }
            }
        }
    }

    /// Stores an image unless the same bytes are there already, and returns its `tile_id`.
    private func store(_ png: Data, hash: String, in connection: Connection) throws -> String {
        var tileID = hash
        for suffix in 1... {
            try connection.insertImage.execute([.blob(png), .text(tileID)])
            if connection.database.changes > 0 { return tileID }
            // The id exists: the same image (a repeated tile), or, very rarely, other bytes with the same hash.
            let matches = try connection.imageMatches.rows([.blob(png), .text(tileID)]).first?[0].intValue == 1
            if matches { return tileID }
            tileID = "\(hash)-\(suffix)"
        }
        return tileID
    }

    /// Writes the metadata in one transaction, removes images no tile uses any more, then makes the file a
    /// single self-contained file (WAL checkpointed, rollback journal) and closes it. `minzoom`, `maxzoom` and
    /// `bounds` are widened to cover tiles and bounds an earlier run of the same day left in the file.
    /// - Throws: `MBTilesError.dateMismatch` if the file holds tiles of another day, `MBTilesError.finished` if
    ///   called twice, `MBTilesError.cannotFinish` if the journal cannot be switched back, `SQLiteError` if SQLite fails.
    public func finish(_ description: TileSetDescription) throws {
        try connection.withLock { connection in try finish(description, closing: &connection) }
    }

    private func finish(_ description: TileSetDescription, closing connection: inout Connection?) throws {
        guard let database = connection?.database else { throw MBTilesError.finished(path: path) }
        try database.transaction {
            let existing = try MBTilesSchema.metadata(in: database)
            if let fileDate = existing["date"], fileDate != description.date {
                throw MBTilesError.dateMismatch(path: path, fileDate: fileDate, expectedDate: description.date)
            }
            try MBTilesSchema.deleteUnusedImages(in: database)
            let stored = try MBTilesSchema.zoomRange(in: database)
            var zooms = description.minZoom...description.maxZoom
            if let stored {
                zooms = min(zooms.lowerBound, stored.lowerBound)...max(zooms.upperBound, stored.upperBound)
            }
            var bounds = description.bounds
            if let earlier = existing["bounds"].flatMap(MBTilesSchema.parseBounds), bounds.count == 4 {
                bounds = MBTilesSchema.union(bounds, earlier)
            }
            let center =
                description.center.count >= 3
                ? description.center : Array(description.center.prefix(2)) + [Double(zooms.lowerBound)]
            var rows: [(String, String)] = [
                ("name", description.name),
                ("format", "png"),
                ("bounds", bounds.map { JSONNumberFormatter.format($0, decimals: 6) }.joined(separator: ",")),
                (
                    "center",
                    center.prefix(2).map { JSONNumberFormatter.format($0, decimals: 6) }.joined(separator: ",") + ","
                        + String(Int(center[2].rounded()))
                ),
                ("minzoom", String(zooms.lowerBound)),
                ("maxzoom", String(zooms.upperBound)),
                ("attribution", description.attribution),
                ("description", description.description),
                ("type", "baselayer"),
                ("version", description.dataVersion),
                ("date", description.date),
                ("chronomap_data_version", description.dataVersion),
            ]
            if description.scale != 1 {
                rows.append(
                    ("tile_size", JSONNumberFormatter.format(Double(TileRenderer.tileSize) * description.scale)))
                rows.append(("scale", JSONNumberFormatter.format(description.scale)))
            } else {
                try database.query("DELETE FROM metadata WHERE name IN ('tile_size', 'scale')")
            }
            let insert = try database.prepare("INSERT OR REPLACE INTO metadata (name, value) VALUES (?, ?)")
            for (name, value) in rows { try insert.execute([.text(name), .text(value)]) }
        }
        // Statements must be gone before the connection can close.
        connection = nil
        try MBTilesSchema.close(database, path: path)
    }
}

/// The table layout, metadata reading and content hash shared by ``MBTilesWriter`` and ``MBTilesMerger``.
enum MBTilesSchema {
    /// "MPBX", the application id registered for MBTiles (https://www.sqlite.org/src/artifact?ci=trunk&filename=magic.txt).
    static let applicationID = 0x4d50_4258

    /// mbutil's deduplicated layout, with the spec's `tiles` and `metadata` on top.
    static let script = """
        CREATE TABLE IF NOT EXISTS map (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_id TEXT);
        CREATE UNIQUE INDEX IF NOT EXISTS map_index ON map (zoom_level, tile_column, tile_row);
        CREATE TABLE IF NOT EXISTS images (tile_data BLOB, tile_id TEXT);
        CREATE UNIQUE INDEX IF NOT EXISTS images_id ON images (tile_id);
        CREATE VIEW IF NOT EXISTS tiles AS
            SELECT map.zoom_level AS zoom_level, map.tile_column AS tile_column, map.tile_row AS tile_row, images.tile_data AS tile_data
            FROM map JOIN images ON images.tile_id = map.tile_id;
        CREATE TABLE IF NOT EXISTS metadata (name TEXT, value TEXT);
        CREATE UNIQUE INDEX IF NOT EXISTS name ON metadata (name);
        """

    /// Checks that a (possibly new) database is empty or Chronomap's MBTiles, then creates what is missing.
    /// - Parameter usesWriteAheadLog: WAL for a long resumable run; otherwise the default rollback journal.
    static func prepare(_ database: Database, path: String, usesWriteAheadLog: Bool) throws {
        let found = try database.query("PRAGMA application_id").first?[0].intValue ?? 0
        guard found == 0 || found == applicationID else {
            throw MBTilesError.unsupportedSchema(
                path: path, reason: "its application_id is \(found), not MBTiles' \(applicationID)")
        }
        let kinds = Dictionary(
            try database.query("SELECT name, type FROM sqlite_master WHERE name IN ('map', 'images', 'tiles')")
                .map { ($0[0].textValue ?? "", $0[1].textValue ?? "") }, uniquingKeysWith: { first, _ in first })
        if kinds["tiles"] == "table" {
            throw MBTilesError.unsupportedSchema(
                path: path, reason: "`tiles` is a table; Chronomap writes `map` and `images` behind a `tiles` view")
        }
        if kinds["tiles"] == "view", kinds["map"] == nil || kinds["images"] == nil {
            throw MBTilesError.unsupportedSchema(
                path: path, reason: "the `tiles` view is not over `map` and `images` tables")
        }
        if usesWriteAheadLog {
            // Fails quietly (answers the old mode) on file systems without shared memory; a rollback journal works too.
            try database.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL")
        }
        try database.transaction {
            try database.execute("PRAGMA application_id = \(applicationID)")
            try database.execute(script)
        }
    }

    /// Every metadata row of a schema (`main`, or an attached database's name).
    static func metadata(in database: Database, schema: String = "main") throws -> [String: String] {
        var result: [String: String] = [:]
        for row in try database.query("SELECT name, value FROM \(schema).metadata") {
            if let name = row[0].textValue, result[name] == nil { result[name] = row[1].textValue ?? "" }
        }
        return result
    }

    /// The zoom levels tiles exist at, nil if there are none.
    static func zoomRange(in database: Database, schema: String = "main") throws -> ClosedRange<Int>? {
        guard let row = try database.query("SELECT min(zoom_level), max(zoom_level) FROM \(schema).map").first,
            let low = row[0].intValue, let high = row[1].intValue
        else { return nil }
        return low...high
    }

    /// Removes images no tile refers to (left when a tile is written again with other bytes).
    static func deleteUnusedImages(in database: Database) throws {
        try database.query(
            "DELETE FROM images WHERE tile_id NOT IN (SELECT tile_id FROM map WHERE tile_id IS NOT NULL)")
    }

    /// Checkpoints the WAL, switches to a rollback journal (which deletes the `-wal` and `-shm` files) and closes.
    static func close(_ database: Database, path: String) throws {
        try database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        let mode = try database.query("PRAGMA journal_mode = DELETE").first?[0].textValue ?? ""
        guard mode.lowercased() == "delete" else {
            throw MBTilesError.cannotFinish(
                path: path, reason: "the journal stays in \(mode) mode (is another process reading the file?)")
        }
        try database.close()
    }

    /// "W,S,E,N" as four numbers, or nil if it is not that.
    static func parseBounds(_ text: String) -> [Double]? {
        let numbers = text.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        return numbers.count == 4 ? numbers : nil
    }

    /// The smallest box holding two W,S,E,N boxes.
    static func union(_ first: [Double], _ second: [Double]) -> [Double] {
        [min(first[0], second[0]), min(first[1], second[1]), max(first[2], second[2]), max(first[3], second[3])]
    }

    /// A 64-bit FNV-1a hash of the bytes as 16 hex digits (http://www.isthe.com/chongo/tech/comp/fnv/).
    static func contentHash(of bytes: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        bytes.withUnsafeBytes { buffer in
            for byte in buffer {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01b3
            }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
