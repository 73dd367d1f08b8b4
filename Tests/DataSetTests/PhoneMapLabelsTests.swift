import Chronomap
import Testing
import WorldBase
import _ChronomapTestSupport

/// On the phone-sized maps of the seed day (1080×1350 portrait, 1080×1080 square, as `render --preset
/// social-portrait` and `social-square` draw them, with the world base's locator inset), the capital keeps its name
/// although its surroundings are crowded with event icons and markers: the default style lets a capital's label
/// cover the markers of minor places (rank 3 and above), as zone labels may. Stepanakert / Khankendi is the data
/// set's only rank-1 place (places.geojson).
@Suite struct PhoneMapLabelsTests {
    @Test(arguments: [(1080.0, 1350.0, MapLayout.portrait), (1080.0, 1080.0, MapLayout.square)])
    func theCapitalIsNamedOnPhoneSizedMaps(width: Double, height: Double, layout: MapLayout) throws {
        let extent = try BundledData.dataset.get().region.extent
        let scene = try MapFixture.scene(
            "2023-09-19",
            options: SceneOptions(
                width: width, height: height,
                locator: LocatorBase(
                    worldBase: WorldBase(path: TestPaths.worldBase), around: extent, engine: GeometryEngine()),
                layout: layout))
        #expect(!scene.placedLabels.isEmpty)
        #expect(scene.placedLabels.contains { $0.featureID == "stepanakert" }, "\(layout)")
    }
}
