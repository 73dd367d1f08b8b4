import Foundation
import GeoJSON
import Projection
import Support
import Tiles

/// The tiles of one date of a site, through the site's ``TileStore`` (identical tiles hard-linked), with the
/// date's `tilejson.json` beside them.
final class SiteTileSink: TileSink, Sendable {
    let store: TileStore
    let day: String

    init(store: TileStore, day: String) {
        self.store = store
        self.day = day
    }

    func contains(_ tile: TileCoordinate) -> Bool { store.contains(tile, on: day) }

    func write(_ tiles: [TileRenderer.RenderedTile]) throws {
        for tile in tiles { try store.store(tile, on: day) }
    }

    func finish(_ description: TileSetDescription) throws {
        let document = TileJSON.document(for: description, tilesURL: "{z}/{x}/{y}.png")
        try AtomicFile.write(
            Data((JSONTextWriter.string(document) + "\n").utf8), to: "\(store.folder)/\(day)/tilejson.json")
    }
}
