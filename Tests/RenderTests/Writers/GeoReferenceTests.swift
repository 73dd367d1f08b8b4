import Chronology
import Foundation
import Projection
import Render
import Scene
import Testing
import _ChronomapTestSupport

@Suite struct GeoReferenceTests {
    /// gdalinfo, run on the written PNG, must report the viewport's corners in EPSG:3857.
    @Test func gdalReportsTheCorners() throws {
        let folder = try TestPaths.makeScratchFolder()
        let path = folder.appendingPathComponent("map.png").path
        let scene = try RenderFixture.scene("2020-11-10", options: SceneOptions(width: 700, height: 500))
        try RenderFixture.renderer.get().write(scene, to: path, format: .png, scale: 2)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("map.pgw").path))
        let gdalinfo = Process()
        gdalinfo.executableURL = URL(fileURLWithPath: "/usr/bin/gdalinfo")
        gdalinfo.arguments = ["-json", path]
        let output = Pipe()
        gdalinfo.standardOutput = output
        try gdalinfo.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        gdalinfo.waitUntilExit()
        let info = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect((info["size"] as? [Int]) == [1400, 1000])
        let corners = try #require(info["cornerCoordinates"] as? [String: [Double]])
        let box = scene.viewport.box
        #expect(abs(corners["upperLeft"]![0] - box.minX) < 0.01 && abs(corners["upperLeft"]![1] - box.maxY) < 0.01)
        #expect(abs(corners["lowerRight"]![0] - box.maxX) < 0.01 && abs(corners["lowerRight"]![1] - box.minY) < 0.01)
        let wkt = ((info["coordinateSystem"] as? [String: Any])?["wkt"] as? String) ?? ""
        #expect(wkt.contains("Pseudo-Mercator") || wkt.contains("3857"))
    }

    @Test func pngCarriesMetadata() throws {
        let scene = try RenderFixture.scene("2023-09-19", options: SceneOptions(width: 400, height: 300))
        let data = try RenderFixture.renderer.get().pngData(of: scene, scale: 2)
        let text = String(decoding: data.prefix(4096), as: UTF8.self)
        #expect(text.contains("pHYs"))
        #expect(text.contains("Title"))
        #expect(text.contains("Karabakh"))
        #expect(text.contains("2023-09-19"))
        #expect(text.contains("data as of"))
    }
}
