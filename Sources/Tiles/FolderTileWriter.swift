import Foundation
import GeoJSON
import Projection
import Support

/// Tiles in a folder tree, `{z}/{x}/{y}.png` (`{y}@2x.png` at scale 2), plus `tilejson.json`.
/// Each tile is written to a temporary name and renamed, so an interrupted run leaves only whole
/// tiles and a re-run renders only the missing ones.
public final class FolderTileWriter: TileSink, Sendable {
    public let folder: String
    public let scale: Double

    public init(folder: String, scale: Double) {
        self.folder = folder
        self.scale = scale
    }

    var suffix: String { scale == 1 ? "" : "@\(JSONNumberFormatter.format(scale))x" }

    public func path(of tile: TileCoordinate) -> String { "\(folder)/\(tile.z)/\(tile.x)/\(tile.y)\(suffix).png" }

    public func contains(_ tile: TileCoordinate) -> Bool { FileManager.default.fileExists(atPath: path(of: tile)) }

    public func write(_ tiles: [TileRenderer.RenderedTile]) throws {
        for tile in tiles { try AtomicFile.write(tile.png, to: path(of: tile.coordinate)) }
    }

    public func finish(_ description: TileSetDescription) throws {
        let document = TileJSON.document(for: description, tilesURL: "{z}/{x}/{y}\(suffix).png")
        try AtomicFile.write(Data((JSONTextWriter.string(document) + "\n").utf8), to: folder + "/tilejson.json")
    }
}
