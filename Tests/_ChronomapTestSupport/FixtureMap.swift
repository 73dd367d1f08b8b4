import Chronology
import Render
import Scene
import Style

/// `MapFixture`'s twin on the hand-made `FixtureRegion`: scenes of the fixture's dates with the default style, for
/// the engine's map tests, which must not change when a bundled data set does.
public enum FixtureMap {
    /// The fixture's days the map tests draw (see `FixtureRegion.keyDates`).
    public static var keyDates: [String] { FixtureRegion.keyDates }

    /// The default style's file.
    public static var defaultStylePath: String { MapFixture.defaultStylePath }

    /// The default style, read (the same value as `MapFixture.style`: a style is not data).
    public static var style: Result<Style, any Error> { MapFixture.style }

    /// The default style with its fonts (the same value as `MapFixture.renderer`).
    public static var renderer: Result<MapRenderer, any Error> { MapFixture.renderer }

    /// Where a position falls on a scene, by the spherical Web Mercator formulas (see `MapFixture`).
    public static func independentPixel(longitude: Double, latitude: Double, in scene: Scene) -> (x: Double, y: Double)
    {
        MapFixture.independentPixel(longitude: longitude, latitude: latitude, in: scene)
    }

    /// The scene of a fixture date with the default style and the real fonts.
    public static func scene(
        _ date: String, options: SceneOptions = SceneOptions(), eventsWindowDays: Int = 3
    ) throws -> Scene {
        try MapFixture.scene(
            of: FixtureRegion.dataset.get(), on: date, options: options, eventsWindowDays: eventsWindowDays)
    }

    /// The scene of a fixture date laid out with a fixed-advance measurer: no fonts, no Cairo.
    public static func layout(_ date: String, options: SceneOptions = SceneOptions()) throws -> Scene {
        try MapFixture.layout(of: FixtureRegion.dataset.get(), on: date, options: options)
    }
}
