import Foundation
import GeoJSON

/// A tile of the XYZ web-map scheme: zoom z, column x from the antimeridian eastward, row y from the
/// north edge southward, 2^z tiles a side.
public struct TileCoordinate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var z: Int
    public var x: Int
    public var y: Int

    public init(z: Int, x: Int, y: Int) {
        self.z = z
        self.x = x
        self.y = y
    }

    /// The tile holding a position at a zoom.
    public init(containing position: Position, zoom: Int) {
        let count = Double(1 << zoom)
        let point = WebMercator.project(position)
        let fx = (point.x + WebMercator.halfWorld) / (2 * WebMercator.halfWorld)
        let fy = (WebMercator.halfWorld - point.y) / (2 * WebMercator.halfWorld)
        let limit = (1 << zoom) - 1
        self.init(z: zoom, x: min(max(Int(floor(fx * count)), 0), limit), y: min(max(Int(floor(fy * count)), 0), limit))
    }

    /// The row in the TMS scheme (MBTiles stores rows counted from the south).
    public var tmsY: Int { (1 << z) - 1 - y }

    /// The tile's projected box.
    public var mercatorBox: MercatorBox {
        let size = 2 * WebMercator.halfWorld / Double(1 << z)
        let minX = -WebMercator.halfWorld + Double(x) * size
        let maxY = WebMercator.halfWorld - Double(y) * size
        return MercatorBox(minX: minX, minY: maxY - size, maxX: minX + size, maxY: maxY)
    }

    /// The tile's geographic box.
    public var bounds: BoundingBox { WebMercator.unproject(mercatorBox) }

    /// Whether the coordinate exists at its zoom.
    public var isValid: Bool { z >= 0 && z <= 30 && x >= 0 && y >= 0 && x < (1 << z) && y < (1 << z) }

    /// Every tile that intersects a geographic box at a zoom, row by row.
    public static func covering(_ box: BoundingBox, zoom: Int) -> [TileCoordinate] {
        let northWest = TileCoordinate(
            containing: Position(longitude: box.southWest.longitude, latitude: box.northEast.latitude), zoom: zoom)
        let southEast = TileCoordinate(
            containing: Position(longitude: box.northEast.longitude, latitude: box.southWest.latitude), zoom: zoom)
        var tiles: [TileCoordinate] = []
        for y in northWest.y...southEast.y {
            for x in northWest.x...southEast.x { tiles.append(TileCoordinate(z: zoom, x: x, y: y)) }
        }
        return tiles
    }

    public var description: String { "\(z)/\(x)/\(y)" }

    public static func < (lhs: TileCoordinate, rhs: TileCoordinate) -> Bool {
        (lhs.z, lhs.y, lhs.x) < (rhs.z, rhs.y, rhs.x)
    }
}
