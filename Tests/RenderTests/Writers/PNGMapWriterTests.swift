import Canvas
import Foundation
import Render
import Scene
import Testing
import _ChronomapTestSupport

@Suite struct PNGMapWriterTests {
    /// The text chunks and the resolution, read back by a chunk reader of the tests' own.
    @Test func thePNGCarriesTheScenesMetadataAndResolution() throws {
        let scene = try FixtureMap.scene("2024-05-02", options: SceneOptions(width: 400, height: 300))
        let png = try PNGMapWriter(renderer: FixtureMap.renderer.get()).pngData(of: scene, scale: 2)
        let chunks = try PNGChunks(png)
        #expect(chunks.size?.width == 800 && chunks.size?.height == 600)
        let text = chunks.text
        #expect(text["Title"] == "Marrowdale \u{2014} 2 May 2024")
        #expect(text["Date"] == "2024-05-02")
        #expect(text["Data version"]?.hasPrefix("marrowdale 0.1.0, data as of ") == true)
        // region.json's attribution.
        #expect(text["Source"]?.contains("Marrowdale test data, made by hand") == true)
        #expect(text["Software"] == "Chronomap")
        #expect(text["Description"] == scene.metadata.altText?.short)
        #expect(text["Description"]?.hasPrefix("Map of Marrowdale on 2 May 2024.") == true)
        // 96 dpi at scale 2: 192 / 0.0254 m = 7,559 pixels per metre.
        #expect(chunks.pixelsPerMetre?.x == 7559 && chunks.pixelsPerMetre?.y == 7559)
    }

    @Test func aFailedWriteLeavesNoFile() throws {
        let folder = try TestPaths.makeScratchFolder()
        let blocker = folder.appendingPathComponent("file")
        try Data("x".utf8).write(to: blocker)
        let scene = try FixtureMap.scene("2024-05-02", options: SceneOptions(width: 200, height: 150))
        #expect(throws: RenderError.self) {
            try PNGMapWriter(renderer: FixtureMap.renderer.get()).write(scene, to: blocker.path + "/map.png")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["file"])
    }
}
