import GeoJSON
import Projection
import Testing

@Suite struct WebMercatorTests {
    @Test func projectsLikePROJ() {
        // pyproj.Transformer.from_crs(4326, 3857, always_xy=True).transform(46.7519, 39.8153)
        let point = WebMercator.project(Position(longitude: 46.7519, latitude: 39.8153))
        #expect(abs(point.x - 5_204_397.7016) < 0.001)
        #expect(abs(point.y - 4_839_138.3676) < 0.001)
    }

    @Test func roundTrips() {
        for (longitude, latitude) in [(46.7519, 39.8153), (-179.9, -80.0), (0, 0), (179.99, 85.0)] {
            let back = WebMercator.unproject(WebMercator.project(Position(longitude: longitude, latitude: latitude)))
            #expect(abs(back.longitude - longitude) < 1e-9)
            #expect(abs(back.latitude - latitude) < 1e-9)
        }
    }
}

@Suite struct ViewportTests {
    static let extent = BoundingBox(
        southWest: Position(longitude: 45.4, latitude: 38.9), northEast: Position(longitude: 47.6, latitude: 40.6))

    @Test func fitsTheExtentInsideTheFreeArea() {
        let margins = EdgeInsets(top: 100, left: 0, bottom: 40, right: 0)
        let viewport = Viewport(fitting: Self.extent, width: 1600, height: 1200, margins: margins)
        let southWest = viewport.pixel(Self.extent.southWest)
        let northEast = viewport.pixel(Self.extent.northEast)
        #expect(southWest.x >= -1e-6 && northEast.x <= 1600 + 1e-6)
        #expect(northEast.y >= 100 - 1e-6 && southWest.y <= 1160 + 1e-6)
        // The extent's limiting side touches the free area: here the height (projected 246 km over 1,060 px).
        #expect(abs((southWest.y - northEast.y) - 1060) < 1e-6)
    }

    @Test func pixelsRoundTrip() {
        let viewport = Viewport(fitting: Self.extent, width: 800, height: 600)
        let position = Position(longitude: 46.7519, latitude: 39.8153)
        let pixel = viewport.pixel(position)
        let back = viewport.position(atPixelX: pixel.x, y: pixel.y)
        #expect(abs(back.longitude - position.longitude) < 1e-9 && abs(back.latitude - position.latitude) < 1e-9)
    }

    @Test func worldFileNamesTheTopLeftPixelCentre() {
        let box = MercatorBox(minX: 5_000_000, minY: 4_700_000, maxX: 5_160_000, maxY: 4_820_000)
        let lines = Viewport(box: box, width: 1600, height: 1200).worldFile(scale: 2).split(separator: "\n").map {
            Double($0)!
        }
        // 160 km over 3,200 device pixels = 50 m; the first pixel's centre is 25 m in from the corner.
        #expect(lines == [50, 0, 0, -50, 5_000_025, 4_819_975])
    }
}

@Suite struct TileCoordinateTests {
    // Expected tiles from the formula of the OpenStreetMap wiki ("Slippy map tilenames"), computed in Python.
    @Test func tileOfAPosition() {
        let stepanakert = Position(longitude: 46.7519, latitude: 39.8153)
        #expect(TileCoordinate(containing: stepanakert, zoom: 10) == TileCoordinate(z: 10, x: 644, y: 388))
        #expect(TileCoordinate(containing: stepanakert, zoom: 12) == TileCoordinate(z: 12, x: 2579, y: 1553))
    }

    @Test func tileBoundsAndTMSFlip() {
        let tile = TileCoordinate(z: 10, x: 644, y: 388)
        #expect(abs(tile.bounds.southWest.longitude - 46.40625) < 1e-9)
        #expect(abs(tile.bounds.northEast.latitude - 39.90973623453718) < 1e-9)
        #expect(abs(tile.bounds.southWest.latitude - 39.639537564366705) < 1e-9)
        #expect(tile.tmsY == 1023 - 388)
        #expect(TileCoordinate(z: 0, x: 0, y: 0).tmsY == 0)
    }

    @Test func tilesCoveringTheRegion() {
        let tiles = TileCoordinate.covering(ViewportTests.extent, zoom: 8)
        #expect(
            tiles == [
                TileCoordinate(z: 8, x: 160, y: 96), TileCoordinate(z: 8, x: 161, y: 96),
                TileCoordinate(z: 8, x: 160, y: 97), TileCoordinate(z: 8, x: 161, y: 97),
            ])
    }
}
