import Chronology
import Foundation
import GeoJSON
import Render
import Scene
import Style

/// The bundled data and default style, shared by the tests that build and paint maps (loaded once per process).
/// Engine tests use its twin on the hand-made region, `FixtureMap`; the bundled data is for data-set tests.
public enum MapFixture {
    /// The default style's file.
    public static var defaultStylePath: String {
        TestPaths.packageRoot.appendingPathComponent("styles/default.json").path
    }

    /// The default style, read.
    public static let style: Result<Style, any Error> = Result { try Style.load(contentsOf: defaultStylePath) }

    /// The default style with its fonts.
    public static let renderer: Result<MapRenderer, any Error> = Result { try MapRenderer(styleFile: defaultStylePath) }

    /// The scene of a bundled date with the real fonts.
    public static func scene(
        _ date: String, options: SceneOptions = SceneOptions(), eventsWindowDays: Int = 3
    ) throws -> Scene {
        try scene(of: BundledData.dataset.get(), on: date, options: options, eventsWindowDays: eventsWindowDays)
    }

    /// The scene of a bundled date laid out with a fixed-advance measurer: no fonts, no Cairo.
    public static func layout(_ date: String, options: SceneOptions = SceneOptions()) throws -> Scene {
        try layout(of: BundledData.dataset.get(), on: date, options: options)
    }

    /// The scene of a data set's date with the default style and the real fonts.
    public static func scene(
        of dataset: Dataset, on date: String, options: SceneOptions, eventsWindowDays: Int
    ) throws -> Scene {
        try renderer.get().scene(
            of: try dataset.snapshot(on: Day(iso: date), eventsWindowDays: eventsWindowDays), dataset: dataset,
            options: options)
    }

    /// The scene of a data set's date laid out with a fixed-advance measurer: no fonts, no Cairo.
    public static func layout(of dataset: Dataset, on date: String, options: SceneOptions) throws -> Scene {
        try SceneBuilder(style: style.get(), options: options, measurer: FixedAdvanceMeasurer())
            .build(try dataset.snapshot(on: Day(iso: date)), dataset: dataset)
    }

    /// Key dates of the data set the map tests draw: the ceasefire of 1994, the 2020 war, its end, the offensive of
    /// 2023 and the flag raising after it.
    public static let keyDates = ["1994-05-12", "2020-10-20", "2020-11-10", "2023-09-19", "2023-10-15"]

    /// Where a position falls on a scene, by the spherical Web Mercator formulas written out here (EPSG:3857), not
    /// by the projection code under test.
    public static func independentPixel(longitude: Double, latitude: Double, in scene: Scene) -> (x: Double, y: Double)
    {
        func mercator(_ longitude: Double, _ latitude: Double) -> (Double, Double) {
            let radius = 6_378_137.0
            let x = radius * longitude * .pi / 180
            let y = radius * log(tan(.pi / 4 + latitude * .pi / 360))
            return (x, y)
        }
        let box = scene.viewport.geographicBox
        let (west, north) = mercator(box.southWest.longitude, box.northEast.latitude)
        let (east, south) = mercator(box.northEast.longitude, box.southWest.latitude)
        let (x, y) = mercator(longitude, latitude)
        let viewportTop = scene.viewport.pixel(
            Position(longitude: box.southWest.longitude, latitude: box.northEast.latitude))
        let viewportBottom = scene.viewport.pixel(
            Position(longitude: box.northEast.longitude, latitude: box.southWest.latitude))
        let width = viewportBottom.x - viewportTop.x, height = viewportBottom.y - viewportTop.y
        return (
            viewportTop.x + (x - west) / (east - west) * width, viewportTop.y + (north - y) / (north - south) * height
        )
    }
}
