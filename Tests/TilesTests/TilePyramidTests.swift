import GeoJSON
import Projection
import Testing
import Tiles

/// The tiles and metatiles of a job over the region (counts from the OpenStreetMap wiki's formula), and shards.
@Suite struct TilePyramidTests {
    static let region = BoundingBox(
        southWest: Position(longitude: 45.4, latitude: 38.9), northEast: Position(longitude: 47.6, latitude: 40.6))

    @Test func tileSetOfTheRegion() {
        let pyramid = TilePyramid(bbox: Self.region, zooms: 5...10)
        // Counts from the OpenStreetMap wiki's tile formula, computed in Python for each zoom.
        let counts = (5...10).map { zoom in pyramid.tiles.filter { $0.z == zoom }.count }
        #expect(counts == [1, 1, 1, 4, 16, 49])
        #expect(Set(pyramid.metatiles.flatMap(\.tiles)) == Set(pyramid.tiles))
        #expect(pyramid.metatiles.allSatisfy { $0.tiles.count <= 64 })
    }

    @Test func shardsAreDisjointAndComplete() {
        let pyramid = TilePyramid(bbox: Self.region, zooms: 5...12)
        let all = Set(pyramid.metatiles.flatMap(\.tiles))
        // 1 + 1 + 1 + 4 + 16 + 49 + 182 + 676 tiles at zooms 5 to 12 (the OpenStreetMap wiki's formula, in Python).
        #expect(all.count == 930)
        var union = Set<TileCoordinate>()
        for index in 1...3 {
            let part = Set(pyramid.metatiles(shard: index, of: 3).flatMap(\.tiles))
            #expect(!part.isEmpty, "shard \(index) of 3 is empty")
            #expect(union.isDisjoint(with: part))
            union.formUnion(part)
        }
        #expect(union == all)
    }
}
