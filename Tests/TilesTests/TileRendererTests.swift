import Canvas
import Chronology
import Foundation
import GeoJSON
import Projection
import Render
import Scene
import Testing
import Tiles
import _ChronomapTestSupport

/// Tiles of the fixture region: a metatile's tiles are the tiles rendered alone, labels are placed once per zoom,
/// scale 2 doubles the pixels, solid tiles are detected; and the folder writer writes, describes and resumes.
@Suite(.serialized) struct TileRendererTests {
    static let renderer = Result {
        try MapRenderer(styleFile: TestPaths.packageRoot.appendingPathComponent("styles/default.json").path)
    }

    static func tileRenderer() throws -> TileRenderer {
        try TileRenderer(dataset: FixtureRegion.dataset.get(), renderer: renderer.get())
    }

    static let day = try! Day(iso: "2024-05-02")

    /// Each tile of the metatile holding Highgate (the block of up to 8 x 8 tiles a tile job paints in one
    /// piece) against the same tile rendered alone at the same address, as the server renders it: the same
    /// pixels within the reference images' tolerance (a channel off by at most 8/255 on at most 0.02% of the
    /// pixels), so there is no seam at a tile edge whatever the grouping. A failing tile writes both images and a
    /// diff under `.build/reference-failures/`.
    ///
    /// The metatile sizes are the OpenStreetMap wiki's tile formula applied in Python to the fixture's extent
    /// (40-38 W, 30-31.5 N) and Highgate (39.6 W, 30.85 N), in blocks of 8 x 8 from tile 0: 2 x 2 tiles at zoom 8,
    /// 2 x 6 at zoom 10, 8 x 8 at zoom 12. On the bundled data the tiles differed only along the long hatch lines of
    /// the overlays, which Cairo anti-aliases a little differently on surfaces of different sizes: at most 30/255 on
    /// at most 5 pixels of a tile.
    @Test(arguments: [(8, 4, 1.0), (10, 12, 1.0), (12, 64, 1.0), (8, 4, 2.0)])
    func everyTileOfAMetatileIsTheTileRenderedAlone(zoom: Int, tileCount: Int, scale: Double) throws {
        let tiles = try Self.tileRenderer()
        let highgate = TileCoordinate(containing: FixtureRegion.highgate, zoom: zoom)
        let pyramid = TilePyramid(bbox: tiles.extent, zooms: zoom...zoom)
        let metatile = try #require(pyramid.metatiles.first { $0.tiles.contains(highgate) })
        #expect(metatile.tiles.count == tileCount)
        let scene = try tiles.zoomScene(on: Self.day, zoom: zoom)
        let together = try tiles.render(metatile.tiles, from: scene, scale: scale)
        #expect(together.map(\.coordinate) == metatile.tiles)
        // Something is drawn there (two blank tiles would agree too).
        #expect(together.contains { $0.coordinate == highgate && !$0.isSolid })
        var compared = 0
        for tile in together {
            let alone = try tiles.render([tile.coordinate], from: scene, scale: scale)
            try #require(alone.count == 1)
            let name = "tile-\(zoom)-\(tile.coordinate.x)-\(tile.coordinate.y)@\(Int(scale))x"
            try ReferenceImage.expectMatch(
                Surface(pngData: tile.png, scale: scale), expected: Surface(pngData: alone[0].png, scale: scale),
                named: name)
            compared += 1
        }
        #expect(compared == tileCount)
    }

    /// Labels are placed once per zoom over the whole extent: never twice, never outside the grid.
    @Test(arguments: [8, 11, 12])
    func labelsArePlacedOncePerZoom(zoom: Int) throws {
        let scene = try Self.tileRenderer().zoomScene(on: Self.day, zoom: zoom).prepared.scene
        let ids = scene.placedLabels.map(\.featureID)
        #expect(Set(ids).count == ids.count)
        let frame = PixelRect(x: 0, y: 0, width: scene.width, height: scene.height)
        #expect(scene.placedLabels.allSatisfy { frame.contains($0.box) })
        #expect(scene.placedLabels.contains { $0.featureID == "highgate" })
    }

    @Test func scaleTwoGivesLargerTilesOfTheSameLayout() throws {
        let tile = TileCoordinate(containing: FixtureRegion.highgate, zoom: 10)
        let tiles = try Self.tileRenderer()
        let big = try tiles.render([tile], from: tiles.zoomScene(on: Self.day, zoom: 10), scale: 2)[0]
        let image = try Surface(pngData: big.png, scale: 2)
        #expect(image.width == 512 && image.height == 512)
    }

    @Test func solidTilesAreDetected() throws {
        // Along a row of zoom-12 tiles across the region's north edge some are one fill (inside a strip), some are
        // not (a zone's edge, the lake's shore); every tile marked solid decodes to a single colour, and the busy
        // tile at Highgate is not solid.
        let tiles = try Self.tileRenderer()
        let scene = try tiles.zoomScene(on: Self.day, zoom: 12)
        let west = TileCoordinate(containing: Position(longitude: -39.98, latitude: 31.42), zoom: 12)
        let row = (west.x..<(west.x + 24)).map { TileCoordinate(z: 12, x: $0, y: west.y) }
        var solid = 0
        for tile in row {
            let rendered = try tiles.render([tile], from: scene, scale: 1)[0]
            let uniform = try Surface(pngData: rendered.png).uniformColor() != nil
            #expect(rendered.isSolid == uniform)
            if rendered.isSolid { solid += 1 }
        }
        #expect(solid > 1)
        // Rendered together, a solid tile's bytes are encoded once per colour and shared: each tile must still
        // carry its own place, flag and bytes, the same as when it is rendered alone.
        let together = try tiles.render(row, from: scene, scale: 1)
        #expect(together.map(\.coordinate) == row)
        for rendered in together {
            let alone = try tiles.render([rendered.coordinate], from: scene, scale: 1)[0]
            #expect(rendered.isSolid == alone.isSolid && rendered.png == alone.png)
        }
        #expect(together.filter(\.isSolid).count == solid)
        let busy = TileCoordinate(containing: FixtureRegion.highgate, zoom: 12)
        #expect(try !tiles.render([busy], from: scene, scale: 1)[0].isSolid)
    }
}

/// The folder writer: every tile of a small pyramid and the TileJSON, no temporary files, and a resumed run.
@Suite(.serialized) struct FolderTileWriterTests {
    @Test func writesTilesAndTileJSONAndResumes() throws {
        let folder = try TestPaths.makeScratchFolder()
        let dataset = try FixtureRegion.dataset.get()
        let tiles = try TileRendererTests.tileRenderer()
        let bbox = BoundingBox(
            southWest: Position(longitude: -39.8, latitude: 30.8), northEast: Position(longitude: -39.5, latitude: 30.9)
        )
        let pyramid = TilePyramid(bbox: bbox, zooms: 9...10)
        let writer = FolderTileWriter(folder: folder.path, scale: 1)
        let job = TileJob(day: TileRendererTests.day, pyramid: pyramid, jobs: 2)
        let first = try job.run(with: tiles, into: writer)
        try writer.finish(TileSetDescription(dataset: dataset, day: TileRendererTests.day, pyramid: pyramid, scale: 1))
        // 1 tile at zoom 9 and 2 at zoom 10 (the OpenStreetMap wiki's formula, in Python).
        #expect(pyramid.tiles.count == 3)
        #expect(first.tilesWritten == 3 && first.tilesSkipped == 0)
        for tile in pyramid.tiles { #expect(FileManager.default.fileExists(atPath: writer.path(of: tile))) }
        // No temporary files left behind.
        let everything = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
        #expect(!everything.contains { $0.hasSuffix(".tmp") })
        let tileJSON = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("tilejson.json")))
                as? [String: Any])
        #expect(tileJSON["tilejson"] as? String == "3.0.0")
        #expect(tileJSON["date"] as? String == "2024-05-02")
        #expect((tileJSON["tiles"] as? [String]) == ["{z}/{x}/{y}.png"])
        // A re-run renders nothing; a deleted tile comes back.
        #expect(try job.run(with: tiles, into: writer).tilesWritten == 0)
        try FileManager.default.removeItem(atPath: writer.path(of: pyramid.tiles[0]))
        let third = try job.run(with: tiles, into: writer)
        #expect(third.tilesWritten == 1)
    }
}
