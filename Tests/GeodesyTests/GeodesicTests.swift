import GeoJSON
import Geodesy
import Testing

// Expected values come from pyproj 3.7.2 (PROJ's geodesic code driven from Python, independent of
// this wrapper), run once with `g = pyproj.Geod(ellps='WGS84')`; each test quotes the call.

private func position(_ longitude: Double, _ latitude: Double) -> Position {
    Position(longitude: longitude, latitude: latitude)
}

/// A closed ring through the corners in the given order.
private func ring(_ corners: [(Double, Double)]) -> LinearRing {
    let positions = corners.map { position($0.0, $0.1) }
    return positions + [positions[0]]
}

/// Whether two values agree to a relative tolerance (1e-9: millimetres on these distances,
/// square metres on these areas; well beyond the data's 6 decimals).
private func close(_ actual: Double, _ expected: Double, relative: Double = 1e-9) -> Bool {
    abs(actual - expected) <= relative * abs(expected)
}

@Suite struct GeodesicTests {
    let geodesic = Geodesic.wgs84

    // MARK: - Areas

    @Test func oneDegreeCellAtTheEquator() {
        // g.polygon_area_perimeter([0,1,1,0], [0,0,1,1])[0] -> 12308778361.469452
        // (the familiar 12,308.8 km² of a 1° × 1° cell on the equator).
        let cell = Geometry.polygon(Polygon([ring([(0, 0), (1, 0), (1, 1), (0, 1)])]))
        #expect(close(geodesic.area(of: cell), 12_308_778_361.469452))
        #expect(close(geodesic.areaInSquareKilometres(of: cell), 12_308.778361469452))
    }

    @Test func oneDegreeCellAt40North() {
        // g.polygon_area_perimeter([0,1,1,0], [40,40,41,41])[0] -> 9412788745.688965
        // g.polygon_area_perimeter([46,47,47,46], [40,40,41,41])[0] -> 9412788745.688965 (same, shifted east)
        let cell = Geometry.polygon(Polygon([ring([(0, 40), (1, 40), (1, 41), (0, 41)])]))
        #expect(close(geodesic.area(of: cell), 9_412_788_745.688965))
        let karabakhCell = Geometry.polygon(Polygon([ring([(46, 40), (47, 40), (47, 41), (46, 41)])]))
        #expect(close(geodesic.area(of: karabakhCell), 9_412_788_745.688965))
    }

    @Test func areaDoesNotDependOnRingOrientationOrClosure() {
        // g.polygon_area_perimeter([0,0,1,1], [0,1,1,0])[0] -> -12308778361.469452 (clockwise: signed)
        let counterClockwise = Geometry.polygon(Polygon([ring([(0, 0), (1, 0), (1, 1), (0, 1)])]))
        let clockwise = Geometry.polygon(Polygon([ring([(0, 0), (0, 1), (1, 1), (1, 0)])]))
        let unclosed = Geometry.polygon(Polygon([[position(0, 0), position(1, 0), position(1, 1), position(0, 1)]]))
        #expect(close(geodesic.area(of: clockwise), 12_308_778_361.469452))
        #expect(geodesic.area(of: clockwise) == geodesic.area(of: counterClockwise))
        #expect(close(geodesic.area(of: unclosed), 12_308_778_361.469452))
    }

    @Test func holesAreSubtractedWhateverTheirOrientation() {
        // g.geometry_area_perimeter(Polygon([(0,40),(1,40),(1,41),(0,41),(0,40)],
        //     [[(0.25,40.25),(0.25,40.75),(0.75,40.75),(0.75,40.25),(0.25,40.25)]]))[0] -> 7059556965.1024475
        let exterior = ring([(0, 40), (1, 40), (1, 41), (0, 41)])
        let clockwiseHole = ring([(0.25, 40.25), (0.25, 40.75), (0.75, 40.75), (0.75, 40.25)])
        let expected = 7_059_556_965.1024475
        #expect(close(geodesic.area(of: .polygon(Polygon([exterior, clockwiseHole]))), expected))
        // The same hole written against the right-hand rule, and the shell too.
        let reversed = Polygon([exterior.reversed(), clockwiseHole.reversed()])
        #expect(close(geodesic.area(of: .polygon(reversed)), expected))
    }

    @Test func multiPolygonsAndCollectionsAddTheirPolygons() {
        // g.geometry_area_perimeter(MultiPolygon([holey, Polygon([(46,40),(47,40),(47,41),(46,41)])]))[0]
        //   -> 16472345710.791412 (holey as in the test above)
        let holey: [LinearRing] = [
            ring([(0, 40), (1, 40), (1, 41), (0, 41)]),
            ring([(0.25, 40.25), (0.25, 40.75), (0.75, 40.75), (0.75, 40.25)]),
        ]
        let cell = [ring([(46, 40), (47, 40), (47, 41), (46, 41)])]
        let multi = Geometry.multiPolygon(MultiPolygon([holey, cell]))
        #expect(close(geodesic.area(of: multi), 16_472_345_710.791412))
        let collection = Geometry.geometryCollection(
            GeometryCollection([
                .polygon(Polygon(holey)), .point(Point(position(46.75, 39.81))), .polygon(Polygon(cell)),
            ]))
        #expect(close(geodesic.area(of: collection), 16_472_345_710.791412))
    }

    @Test func geometriesWithoutAreaGiveZero() {
        #expect(geodesic.area(of: .point(Point(position(46.75, 39.81)))) == 0)
        #expect(geodesic.area(of: .lineString(LineString([position(0, 0), position(1, 1)]))) == 0)
        #expect(geodesic.area(of: .polygon(Polygon([]))) == 0)
    }

    // MARK: - Distances and directions

    @Test func stepanakertToShusha() {
        // g.inv(46.7519, 39.8153, 46.7483, 39.7583) -> (-177.209281800359, 2.7884144416971424, 6336.249032930768)
        let stepanakert = position(46.7519, 39.8153), shusha = position(46.7483, 39.7583)
        #expect(close(geodesic.distance(from: stepanakert, to: shusha), 6_336.249032930768))
        #expect(abs(geodesic.azimuth(from: stepanakert, to: shusha) - -177.209281800359) < 1e-9)
    }

    @Test func yerevanToBaku() {
        // g.inv(44.5167, 40.1833, 49.8822, 40.3953) -> (85.31297369773802, -91.21595248015275, 456777.7335054649)
        let yerevan = position(44.5167, 40.1833), baku = position(49.8822, 40.3953)
        #expect(close(geodesic.distance(from: yerevan, to: baku), 456_777.7335054649))
        #expect(close(geodesic.distance(from: baku, to: yerevan), 456_777.7335054649))
        #expect(abs(geodesic.azimuth(from: yerevan, to: baku) - 85.31297369773802) < 1e-9)
    }

    @Test func directAndInverseAreEachOthersInverse() {
        // g.fwd(44.5167, 40.1833, 45.0, 100000.0) -> (45.35482374642875, 40.81706092145422, -134.45566618087923)
        let yerevan = position(44.5167, 40.1833)
        let arrival = geodesic.destination(from: yerevan, azimuthDegrees: 45, distanceMetres: 100_000)
        #expect(abs(arrival.longitude - 45.35482374642875) < 1e-12)
        #expect(abs(arrival.latitude - 40.81706092145422) < 1e-12)
        #expect(arrival.altitude == nil)
        #expect(abs(geodesic.distance(from: yerevan, to: arrival) - 100_000) < 1e-6)
        #expect(abs(geodesic.azimuth(from: yerevan, to: arrival) - 45) < 1e-9)
    }

    @Test func lengthOfAPath() {
        // g.line_length([44.5167, 46.7519, 49.8822], [40.1833, 39.8153, 40.3953]) -> 469733.4152230038
        let path = [position(44.5167, 40.1833), position(46.7519, 39.8153), position(49.8822, 40.3953)]
        #expect(close(geodesic.length(of: path), 469_733.4152230038))
        #expect(close(geodesic.length(of: .lineString(LineString(path))), 469_733.4152230038))
        #expect(
            close(geodesic.length(of: .multiLineString(MultiLineString([path, [position(0, 0)]]))), 469_733.4152230038))
        #expect(geodesic.length(of: [position(1, 1)]) == 0)
        #expect(geodesic.length(of: .polygon(Polygon([ring([(0, 0), (1, 0), (1, 1)])]))) == 0)
    }
}
