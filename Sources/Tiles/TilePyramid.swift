import GeoJSON
import Projection

/// The tiles of a job: every tile that intersects a box at each zoom, grouped into metatiles, optionally
/// one shard of N.
public struct TilePyramid: Sendable {
    /// A block of up to `size`×`size` tiles rendered together.
    public struct Metatile: Sendable, Hashable {
        public var zoom: Int
        /// The metatile's column and row of metatiles (tile x / size, tile y / size).
        public var column: Int
        public var row: Int
        /// Its tiles that belong to the job.
        public var tiles: [TileCoordinate]
    }

    public var bbox: BoundingBox
    public var zooms: ClosedRange<Int>
    public var metatileSize: Int

    public init(bbox: BoundingBox, zooms: ClosedRange<Int>, metatileSize: Int = 8) {
        self.bbox = bbox
        self.zooms = zooms
        self.metatileSize = metatileSize
    }

    /// Every tile, zoom by zoom, row by row.
    public var tiles: [TileCoordinate] { zooms.flatMap { TileCoordinate.covering(bbox, zoom: $0) } }

    /// The metatiles in a fixed order (zoom, row, column), so shards are the same on every machine.
    public var metatiles: [Metatile] {
        var result: [Metatile] = []
        for zoom in zooms {
            var groups: [Int: [Int: [TileCoordinate]]] = [:]
            for tile in TileCoordinate.covering(bbox, zoom: zoom) {
                groups[tile.y / metatileSize, default: [:]][tile.x / metatileSize, default: []].append(tile)
            }
            for row in groups.keys.sorted() {
                for column in groups[row]!.keys.sorted() {
                    result.append(Metatile(zoom: zoom, column: column, row: row, tiles: groups[row]![column]!))
                }
            }
        }
        return result
    }

    /// The metatiles of shard `index` (1-based) of `count`: disjoint, and together all of them.
    public func metatiles(shard index: Int, of count: Int) -> [Metatile] {
        metatiles.enumerated().filter { $0.offset % count == index - 1 }.map(\.element)
    }
}
