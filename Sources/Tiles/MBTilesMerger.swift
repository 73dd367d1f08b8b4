import Foundation
import GeoJSON
import SQLite

/// Joins MBTiles files rendered as shards of one tile pyramid (`chronomap tiles --shard i/n`) into one file.
public enum MBTilesMerger {
    /// What one input holds, read before anything is written.
    private struct Input {
        var path: String
        var metadata: [String: String]
    }

    /// Merges shard files into one MBTiles file.
    ///
    /// Each input is attached in turn and copied in one transaction: images with `INSERT OR IGNORE` (ids are content
    /// hashes, so an image both files hold is kept once), tiles with `INSERT OR REPLACE` (a later input wins a tile
    /// both hold). The metadata is the first input's (names it lacks are taken from the next inputs), with `minzoom`,
    /// `maxzoom` and `bounds` widened to cover every input and every tile. The result is built in a temporary file
    /// beside `output` and renamed over it at the end, so `output` is never a partial file.
    /// - Parameters:
    ///   - inputs: the shard files, in order of precedence.
    ///   - output: the merged file; replaced if it exists. It must not be one of the inputs.
    /// - Throws: `MBTilesError.inputsDiffer` naming both files and values if two inputs have different `date` (or
    ///   `tile_size`) metadata, `MBTilesError.unsupportedSchema` if an input is not a Chronomap MBTiles file,
    ///   `MBTilesError.imageConflict`, `MBTilesError.invalidMerge`, `MBTilesError.cannotFinish` or `SQLiteError`.
    public static func merge(_ inputs: [String], into output: String) throws {
        guard !inputs.isEmpty else { throw MBTilesError.invalidMerge(reason: "no input files") }
        let outputFile = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath()
        if let same = inputs.first(where: {
            URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath() == outputFile
        }) {
            throw MBTilesError.invalidMerge(reason: "the output \(output) is also an input (\(same))")
        }
        let described = try inputs.map(read)
        let first = described[0]
        for input in described.dropFirst() {
            // Tiles of two days, or of two pixel densities, must not end up in one file.
            for (name, absent) in [("date", "(none)"), ("tile_size", "256")] {
                let firstValue = first.metadata[name] ?? absent, value = input.metadata[name] ?? absent
                guard firstValue == value else {
                    throw MBTilesError.inputsDiffer(
                        name: name, firstPath: first.path, firstValue: firstValue, secondPath: input.path,
                        secondValue: value)
                }
            }
        }
        // Built beside the output and renamed over it as AtomicFile does (its WriteError cannot carry SQLite's errors).
        let target = URL(fileURLWithPath: output)
        let folder = target.deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporaryPath =
            folder + "/." + target.lastPathComponent
            + ".\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max)).tmp"
        do {
            try build(temporaryPath, from: described, output: output)
            guard rename(temporaryPath, output) == 0 else {
                throw MBTilesError.cannotFinish(
                    path: output,
                    reason: "cannot rename \(temporaryPath) to it: \(String(cString: strerror(errno)).lowercased())")
            }
        } catch {
            for leftover in [temporaryPath, temporaryPath + "-journal"] {
                try? FileManager.default.removeItem(atPath: leftover)
            }
            throw error
        }
    }

    /// Reads an input's metadata, checking it is Chronomap's layout.
    private static func read(_ path: String) throws -> Input {
        let database = try Database(path: path, mode: .readOnly)
        let tables = Set(
            try database.query("SELECT name FROM sqlite_master WHERE type = 'table'").compactMap { $0[0].textValue })
        for table in ["map", "images", "metadata"] where !tables.contains(table) {
            throw MBTilesError.unsupportedSchema(
                path: path, reason: "it has no `\(table)` table (merge reads Chronomap's `map`/`images` layout)")
        }
        return Input(path: path, metadata: try MBTilesSchema.metadata(in: database))
    }

    /// Builds the merged file at `path` (a fresh temporary file) and closes it.
    private static func build(_ path: String, from inputs: [Input], output: String) throws {
        let database = try Database(path: path, mode: .create)
        try MBTilesSchema.prepare(database, path: path, usesWriteAheadLog: false)
        for input in inputs {
            // ATTACH and DETACH cannot run inside a transaction, and SQLite attaches at most 10 files at once.
            try database.query("ATTACH DATABASE ? AS source", [.text(input.path)])
            try database.transaction {
                let conflict = try database.query(
                    """
                    SELECT source.images.tile_id FROM source.images JOIN main.images ON main.images.tile_id = source.images.tile_id
                    WHERE main.images.tile_data IS NOT source.images.tile_data LIMIT 1
                    """)
                if let tileID = conflict.first?[0].textValue {
                    throw MBTilesError.imageConflict(tileID: tileID, path: output, otherPath: input.path)
                }
                try database.execute(
                    """
                    INSERT OR IGNORE INTO main.images (tile_data, tile_id) SELECT tile_data, tile_id FROM source.images;
                    INSERT OR REPLACE INTO main.map (zoom_level, tile_column, tile_row, tile_id)
                        SELECT zoom_level, tile_column, tile_row, tile_id FROM source.map;
                    """)
            }
            try database.execute("DETACH DATABASE source")
        }
        try database.transaction {
            try MBTilesSchema.deleteUnusedImages(in: database)
            var metadata: [String: String] = [:]
            for input in inputs { metadata.merge(input.metadata) { kept, _ in kept } }
            let declared = inputs.flatMap { input in
                [input.metadata["minzoom"].flatMap { Int($0) }, input.metadata["maxzoom"].flatMap { Int($0) }]
                    .compactMap { $0 }
            }
            let stored = try MBTilesSchema.zoomRange(in: database).map { [$0.lowerBound, $0.upperBound] } ?? []
            if let low = (declared + stored).min(), let high = (declared + stored).max() {
                metadata["minzoom"] = String(low)
                metadata["maxzoom"] = String(high)
            }
            let boxes = inputs.compactMap { $0.metadata["bounds"].flatMap(MBTilesSchema.parseBounds) }
            if let firstBox = boxes.first {
                let widened = boxes.dropFirst().reduce(firstBox, MBTilesSchema.union)
                metadata["bounds"] = widened.map { JSONNumberFormatter.format($0, decimals: 6) }.joined(separator: ",")
            }
            try database.query("DELETE FROM metadata")
            let insert = try database.prepare("INSERT INTO metadata (name, value) VALUES (?, ?)")
            for name in metadata.keys.sorted() { try insert.execute([.text(name), .text(metadata[name] ?? "")]) }
        }
        try MBTilesSchema.close(database, path: path)
    }
}
