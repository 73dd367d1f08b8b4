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

@Suite(.serialized) struct TileRendererTests {
    static let renderer = Result {
        try MapRenderer(styleFile: TestPaths.packageRoot.appendingPathComponent("styles/default.json").path)
    }

    static func tileRenderer() throws -> TileRenderer {
        try TileRenderer(dataset: BundledData.dataset.get(), renderer: renderer.get())
    }

    static let day = try! Day(iso: "2023-09-19")

    /// A tile rendered alone, in a metatile, or cut from one window painted whole must be the same
    /// pixels: no seams at tile edges, whatever the grouping.
    @Test(arguments: [8, 10, 12])
    func tilesMatchTheWholeRenderAcrossEdges(zoom: Int) throws {
        let tiles = try Self.tileRenderer()
        let stepanakert = TileCoordinate(containing: Position(longitude: 46.7519, latitude: 39.8153), zoom: zoom)
        let pair = [stepanakert, TileCoordinate(z: zoom, x: stepanakert.x + 1, y: stepanakert.y)]
        let scene = try tiles.zoomScene(on: Self.day, zoom: zoom)
        let together = try tiles.render(pair, from: scene, scale: 1)
        let alone = try pair.map { try tiles.render([$0], from: scene, scale: 1)[0] }
        // The whole window painted in one piece, then cropped.
        let window = PixelRect(
            x: Double(stepanakert.x - scene.originTile.x) * 256, y: Double(stepanakert.y - scene.originTile.y) * 256,
            width: 512, height: 256)
        let whole = try Surface(width: 512, height: 256)
        try Self.renderer.get().paint(scene.prepared, window: window, on: whole)
        for index in 0..<2 {
            let a = try Surface(pngData: together[index].png), b = try Surface(pngData: alone[index].png)
            // Identical but for the anti-aliasing of long hatch lines, which Cairo rounds per surface:
            // at most 0.5% of pixels may differ, by no more than 24/255 (no visible seam).
            let single = try ImageComparison(expected: a, actual: b, channelTolerance: 24)
            #expect(
                single.changedFraction <= 0.005,
                "zoom \(zoom) tile \(index): metatile and single render differ in \(single.changedPixelCount) pixels")
            let crop = try Surface(width: 256, height: 256)
            try crop.draw(whole, at: CanvasPoint(x: -256 * Double(index), y: 0))
            let cropped = try ImageComparison(expected: crop, actual: a, channelTolerance: 24)
            #expect(
                cropped.changedFraction <= 0.005,
                "zoom \(zoom) tile \(index): differs from the whole render in \(cropped.changedPixelCount) pixels")
        }
    }

    /// Labels are placed once per zoom over the whole extent: never twice, never outside the grid.
    @Test(arguments: [8, 11, 12])
    func labelsArePlacedOncePerZoom(zoom: Int) throws {
        let scene = try Self.tileRenderer().zoomScene(on: Self.day, zoom: zoom).prepared.scene
        let ids = scene.placedLabels.map(\.featureID)
        #expect(Set(ids).count == ids.count)
        let frame = PixelRect(x: 0, y: 0, width: scene.width, height: scene.height)
        #expect(scene.placedLabels.allSatisfy { frame.contains($0.box) })
        #expect(scene.placedLabels.contains { $0.featureID == "stepanakert" })
    }

    @Test func scaleTwoGivesLargerTilesOfTheSameLayout() throws {
        let tile = TileCoordinate(containing: Position(longitude: 46.7519, latitude: 39.8153), zoom: 10)
        let tiles = try Self.tileRenderer()
        let big = try tiles.render([tile], from: tiles.zoomScene(on: Self.day, zoom: 10), scale: 2)[0]
        let image = try Surface(pngData: big.png, scale: 2)
        #expect(image.width == 512 && image.height == 512)
    }

    @Test func solidTilesAreDetected() throws {
        // Along a row of zoom-12 tiles across the region some are one fill (open lowland), some are not;
        // every tile marked solid decodes to a single colour, and the busy tile at Stepanakert is not solid.
        let tiles = try Self.tileRenderer()
        let scene = try tiles.zoomScene(on: Self.day, zoom: 12)
        let west = TileCoordinate(containing: Position(longitude: 45.45, latitude: 40.5), zoom: 12)
        var solid = 0
        for x in stride(from: west.x, to: west.x + 24, by: 1) {
            let tile = try tiles.render([TileCoordinate(z: 12, x: x, y: west.y)], from: scene, scale: 1)[0]
            let uniform = try Surface(pngData: tile.png).uniformColor() != nil
            #expect(tile.isSolid == uniform)
            if tile.isSolid { solid += 1 }
        }
        #expect(solid > 0)
        let busy = TileCoordinate(containing: Position(longitude: 46.7519, latitude: 39.8153), zoom: 12)
        #expect(try !tiles.render([busy], from: scene, scale: 1)[0].isSolid)
    }
}

@Suite(.serialized) struct FolderTileWriterTests {
    @Test func writesTilesAndTileJSONAndResumes() throws {
        let folder = try TestPaths.makeScratchFolder()
        let dataset = try BundledData.dataset.get()
        let tiles = try TileRendererTests.tileRenderer()
        let bbox = BoundingBox(
            southWest: Position(longitude: 46.6, latitude: 39.7), northEast: Position(longitude: 46.9, latitude: 39.9))
        let pyramid = TilePyramid(bbox: bbox, zooms: 9...10)
        let writer = FolderTileWriter(folder: folder.path, scale: 1)
        let job = TileJob(day: TileRendererTests.day, pyramid: pyramid, jobs: 2)
        let first = try job.run(with: tiles, into: writer)
        try writer.finish(TileSetDescription(dataset: dataset, day: TileRendererTests.day, pyramid: pyramid, scale: 1))
        #expect(first.tilesWritten == pyramid.tiles.count && first.tilesSkipped == 0)
        for tile in pyramid.tiles { #expect(FileManager.default.fileExists(atPath: writer.path(of: tile))) }
        // No temporary files left behind.
        let everything = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
        #expect(!everything.contains { $0.hasSuffix(".tmp") })
        let tileJSON = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("tilejson.json")))
                as? [String: Any])
        #expect(tileJSON["tilejson"] as? String == "3.0.0")
        #expect(tileJSON["date"] as? String == "2023-09-19")
        #expect((tileJSON["tiles"] as? [String]) == ["{z}/{x}/{y}.png"])
        // A re-run renders nothing; a deleted tile comes back.
        #expect(try job.run(with: tiles, into: writer).tilesWritten == 0)
        try FileManager.default.removeItem(atPath: writer.path(of: pyramid.tiles[0]))
        let third = try job.run(with: tiles, into: writer)
        #expect(third.tilesWritten == 1)
    }
}
