import GeoJSON
import Style
import Testing

@testable import Scene

/// Furniture scales with the map between 0.55 and 1.25 (1 at 1600 x 1200), symbols never below 0.7; a map
/// without furniture keeps no band for it.
@Suite struct MapFrameTests {
    @Test func scalesFollowTheSizeWithinTheirLimits() {
        let standard = SceneFixture.frame(width: 1600, height: 1200)
        #expect(standard.furnitureScale == 1 && standard.symbolScale == 1)
        // min(800/1600, 600/1200) = 0.5, raised to 0.55; symbols to 0.7.
        let small = SceneFixture.frame(width: 800, height: 600)
        #expect(small.furnitureScale == 0.55 && small.symbolScale == 0.7)
        // min(4000/1600, 2400/1200) = 2, capped at 1.25.
        let large = SceneFixture.frame(width: 4000, height: 2400)
        #expect(large.furnitureScale == 1.25 && large.symbolScale == 1.25)
        // The smaller ratio wins: min(1600/1600, 600/1200) = 0.5, raised to 0.55.
        let wide = SceneFixture.frame(width: 1600, height: 600)
        #expect(wide.furnitureScale == 0.55)
    }

    @Test func furnitureBandsOnlyWithFurniture() {
        let tile = SceneFixture.frame(drawsFurniture: false)
        #expect(tile.headerHeight == 0 && tile.footerHeight == 0)
        let map = SceneFixture.frame(drawsFurniture: true)
        #expect(map.headerHeight > 0 && map.footerHeight > 0)
        #expect(map.bounds == PixelRect(x: 0, y: 0, width: 1600, height: 1200))
    }

    /// Points closer than a tenth of a pixel to the last kept one are dropped; a closed ring stays closed.
    @Test func projectionDropsNearDuplicatesAndKeepsRingsClosed() {
        let frame = SceneFixture.frame()
        // One degree is hundreds of pixels here, so 1e-7 degrees is far under a tenth of a pixel.
        let ring = [
            Position(longitude: 0.2, latitude: 0.2), Position(longitude: 0.2 + 1e-7, latitude: 0.2),
            Position(longitude: 0.8, latitude: 0.2), Position(longitude: 0.8, latitude: 0.8),
            Position(longitude: 0.2, latitude: 0.2),
        ]
        let points = frame.project(ring)
        #expect(points.count == 4)
        #expect(points.first == points.last)
        // The third corner is right of and above the first (pixel y grows downwards).
        #expect(points[1].x > points[0].x && points[2].y < points[1].y)
    }
}
