import Projection

/// Why an MBTiles file could not be written or merged. SQLite's own failures are `SQLiteError`s, which name the file
/// and the SQL.
public enum MBTilesError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file is a SQLite database, but not one laid out the way Chronomap writes MBTiles (`map` and `images`
    /// tables behind a `tiles` view).
    case unsupportedSchema(path: String, reason: String)
    /// The file holds tiles of another day than the one being written.
    case dateMismatch(path: String, fileDate: String, expectedDate: String)
    /// Two files to merge disagree on a metadata value that must be the same (`date`, `tile_size`).
    case inputsDiffer(name: String, firstPath: String, firstValue: String, secondPath: String, secondValue: String)
    /// The same `tile_id` stands for different images in two files to merge.
    case imageConflict(tileID: String, path: String, otherPath: String)
    /// A tile coordinate outside its zoom's grid.
    case invalidTile(path: String, tile: TileCoordinate)
    /// Tiles were written after `finish(_:)` closed the file.
    case finished(path: String)
    /// The file could not be made a single self-contained file at the end.
    case cannotFinish(path: String, reason: String)
    /// `merge` was given no input, or the output is one of the inputs.
    case invalidMerge(reason: String)

    /// One line naming the file(s) and what is wrong.
    public var description: String {
        switch self {
        case .unsupportedSchema(let path, let reason):
            return "\(path): not a Chronomap MBTiles file: \(reason)"
        case .dateMismatch(let path, let fileDate, let expectedDate):
            return
                "\(path): holds tiles of \(fileDate), not \(expectedDate); write the day to another file or delete this one"
        case .inputsDiffer(let name, let firstPath, let firstValue, let secondPath, let secondValue):
            return
                "cannot merge \(firstPath) (\(name) \(firstValue)) with \(secondPath) (\(name) \(secondValue)): their \(name) metadata differ"
        case .imageConflict(let tileID, let path, let otherPath):
            return
                "cannot merge \(otherPath) into \(path): tile_id \(tileID) stands for different images in the two files"
        case .invalidTile(let path, let tile):
            return "\(path): tile \(tile) is outside the grid of zoom \(tile.z)"
        case .finished(let path):
            return "\(path): the tile set is finished and closed; no more tiles can be written"
        case .cannotFinish(let path, let reason):
            return "\(path): cannot finish: \(reason)"
        case .invalidMerge(let reason):
            return "cannot merge: \(reason)"
        }
    }
}
