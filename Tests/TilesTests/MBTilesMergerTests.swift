import Foundation
import Projection
import SQLite
import Testing
import _ChronomapTestSupport

@testable import Tiles

@Suite struct MBTilesMergerTests {
    @Test func disjointShardsMergeIntoTheirUnionWithWidenedMetadata() throws {
        let folder = try TestPaths.makeScratchFolder()
        let first = folder.appendingPathComponent("shard-1.mbtiles").path,
            second = folder.appendingPathComponent("shard-2.mbtiles").path
        let output = folder.appendingPathComponent("merged.mbtiles").path

        let one = try MBTilesWriter(path: first, date: "1994-05-12")
        try one.write([tile(8, 150, 96, "a"), tile(8, 151, 96, "solid-sea")])
        try one.finish(tileSetDescription(bounds: [46.5, 39.6, 47.0, 40.0], minZoom: 8, maxZoom: 8))
        let two = try MBTilesWriter(path: second, date: "1994-05-12")
        try two.write([tile(9, 300, 193, "b"), tile(9, 301, 193, "solid-sea"), tile(10, 600, 388, "c")])
        try two.finish(tileSetDescription(bounds: [46.2, 39.7, 46.9, 40.3], minZoom: 9, maxZoom: 10))

        try MBTilesMerger.merge([first, second], into: output)

        #expect(try count("map", in: output) == 5)
        #expect(try count("images", in: output) == 4)
        let database = try Database(path: output, mode: .readOnly)
        let tiles = try database.query(
            "SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles ORDER BY zoom_level, tile_column"
        ).map(\.values)
        #expect(
            tiles == [
                [8, 150, 159, .blob(fakePNG("a"))], [8, 151, 159, .blob(fakePNG("solid-sea"))],
                [9, 300, 318, .blob(fakePNG("b"))], [9, 301, 318, .blob(fakePNG("solid-sea"))],
                [10, 600, 635, .blob(fakePNG("c"))],
            ])
        let values = try metadata(of: output)
        #expect(values["minzoom"] == "8")
        #expect(values["maxzoom"] == "10")
        #expect(values["bounds"] == "46.2,39.6,47,40.3")
        #expect(values["date"] == "1994-05-12")
        #expect(values["name"] == "Marrowdale 1994-05-12")
        #expect(values["center"] == "46.75,39.8,8")
        #expect(try database.query("PRAGMA application_id").first?[0] == .integer(0x4d50_4258))
        #expect(try integrityCheck(output) == "ok")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(leftovers == ["merged.mbtiles", "shard-1.mbtiles", "shard-2.mbtiles"])
    }

    @Test func shardsOfDifferentDaysAreRefused() throws {
        let folder = try TestPaths.makeScratchFolder()
        let first = folder.appendingPathComponent("may.mbtiles").path,
            second = folder.appendingPathComponent("april.mbtiles").path
        let output = folder.appendingPathComponent("merged.mbtiles").path
        let one = try MBTilesWriter(path: first)
        try one.write([tile(8, 150, 96, "a")])
        try one.finish(tileSetDescription(date: "1994-05-12"))
        let two = try MBTilesWriter(path: second)
        try two.write([tile(8, 151, 96, "b")])
        try two.finish(tileSetDescription(date: "1993-04-03"))

        let error = #expect(throws: MBTilesError.self) { try MBTilesMerger.merge([first, second], into: output) }
        #expect(
            error?.description
                == "cannot merge \(first) (date 1994-05-12) with \(second) (date 1993-04-03): their date metadata differ"
        )
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func anUnfinishedShardMergesAndTheOutputIsReplacedWhole() throws {
        let folder = try TestPaths.makeScratchFolder()
        let first = folder.appendingPathComponent("shard-1.mbtiles").path,
            second = folder.appendingPathComponent("shard-2.mbtiles").path
        let output = folder.appendingPathComponent("merged.mbtiles").path
        try Data("an old merge".utf8).write(to: URL(fileURLWithPath: output))
        let one = try MBTilesWriter(path: first, date: "1994-05-12")
        try one.write([tile(8, 150, 96, "a")])
        try one.finish(tileSetDescription(minZoom: 8, maxZoom: 8))
        do {
            // Interrupted: never finished, only its date is recorded.
            let two = try MBTilesWriter(path: second, date: "1994-05-12")
            try two.write([tile(11, 1200, 776, "b")])
        }
        try MBTilesMerger.merge([first, second], into: output)
        #expect(try count("tiles", in: output) == 2)
        let values = try metadata(of: output)
        #expect(values["minzoom"] == "8" && values["maxzoom"] == "11")
        #expect(try integrityCheck(output) == "ok")
    }

    @Test func theOutputCannotBeAnInput() throws {
        let folder = try TestPaths.makeScratchFolder()
        let path = folder.appendingPathComponent("one.mbtiles").path
        try MBTilesWriter(path: path).finish(tileSetDescription())
        #expect(throws: MBTilesError.self) { try MBTilesMerger.merge([path], into: folder.path + "/./one.mbtiles") }
        #expect(throws: MBTilesError.invalidMerge(reason: "no input files")) { try MBTilesMerger.merge([], into: path) }
    }
}
