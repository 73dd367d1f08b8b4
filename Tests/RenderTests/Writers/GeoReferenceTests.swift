import Chronology
import Foundation
import Projection
import Render
import Scene
import Testing
import _ChronomapTestSupport

/// The world file beside a PNG, as gdalinfo reads it.
@Suite struct GeoReferenceTests {
    /// gdalinfo, run on the written PNG, must report the viewport's corners in EPSG:3857.
    @Test func gdalReportsTheCorners() throws {
        let folder = try TestPaths.makeScratchFolder()
        let path = folder.appendingPathComponent("map.png").path
        let scene = try FixtureMap.scene("2024-03-06", options: SceneOptions(width: 700, height: 500))
        try PNGMapWriter(renderer: FixtureMap.renderer.get()).write(scene, to: path, scale: 2)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("map.pgw").path))
        let (status, output) = try ExternalTool.output("/usr/bin/gdalinfo", ["-json", path])
        #expect(status == 0)
        let info = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect((info["size"] as? [Int]) == [1400, 1000])
        let corners = try #require(info["cornerCoordinates"] as? [String: [Double]])
        let box = scene.viewport.box
        #expect(abs(corners["upperLeft"]![0] - box.minX) < 0.01 && abs(corners["upperLeft"]![1] - box.maxY) < 0.01)
        #expect(abs(corners["lowerRight"]![0] - box.maxX) < 0.01 && abs(corners["lowerRight"]![1] - box.minY) < 0.01)
        // And the map gdalinfo places covers region.json's extent (fitted inside it), projected here with the
        // EPSG:3857 formulas rather than by the projection code.
        let region = try #require(
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: URL(fileURLWithPath: FixtureRegion.folder.get() + "/region.json")))
                as? [String: Any])
        let extent = try #require(region["extent"] as? [Double])
        try #require(extent.count == 4)
        let radius = 6_378_137.0
        func x(_ longitude: Double) -> Double { radius * longitude * .pi / 180 }
        func y(_ latitude: Double) -> Double { radius * log(tan(.pi / 4 + latitude * .pi / 360)) }
        let upperLeft = try #require(corners["upperLeft"]), lowerRight = try #require(corners["lowerRight"])
        #expect(upperLeft[0] <= x(extent[0]) && lowerRight[0] >= x(extent[2]), "\(corners) vs \(extent)")
        #expect(lowerRight[1] <= y(extent[1]) && upperLeft[1] >= y(extent[3]), "\(corners) vs \(extent)")
        let wkt = ((info["coordinateSystem"] as? [String: Any])?["wkt"] as? String) ?? ""
        #expect(wkt.contains("Pseudo-Mercator") || wkt.contains("3857"))
    }
}
