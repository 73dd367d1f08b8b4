import Chronology
import GeoJSON
import Geodesy
import Projection
import Scene
import Testing
import _ChronomapTestSupport

@Suite struct ScaleBarTests {
    /// The bar's length in pixels, measured on the ground along the parallel through the map's centre with PROJ's
    /// geodesic routines, is the kilometres it is labelled with.
    @Test func scaleBarMatchesGeodesicDistance() throws {
        let options = [
            SceneOptions(), SceneOptions(width: 900, height: 700),
            SceneOptions(
                bbox: BoundingBox(
                    southWest: Position(longitude: -39.2, latitude: 30.6),
                    northEast: Position(longitude: -38.9, latitude: 30.8))),
        ]
        for option in options {
            let scene = try FixtureMap.layout("2024-03-06", options: option)
            let bar = try #require(scene.scaleBar)
            let centre = scene.viewport.position(atPixelX: scene.width / 2, y: scene.height / 2)
            let start = scene.viewport.pixel(centre)
            let end = scene.viewport.position(atPixelX: start.x + bar.pixels, y: start.y)
            let metres = Geodesic.wgs84.distance(from: centre, to: end)
            #expect(
                abs(metres / 1000 - bar.kilometres) / bar.kilometres < 0.015, "\(metres) m for \(bar.kilometres) km")
        }
    }
}
