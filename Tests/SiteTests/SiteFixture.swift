import Chronology
import Foundation
import Render
import Scene
import Site
import Style
import Tiles
import _ChronomapTestSupport

/// Sites built once per test process from the fixture region (`FixtureRegion`): its spring, from the contested
/// weeks to the settled handover, at zooms 7-8 (the viewer's tests open it in Chromium), and small ones for re-runs
/// and overlays.
enum SiteFixture {
    static var stylePath: String { TestPaths.packageRoot.appendingPathComponent("styles/default.json").path }

    static func day(_ text: String) throws -> Day { try Day(iso: text) }

    /// Builds a site of the fixture region into a folder.
    static func build(
        into folder: URL, from: String, to: String, zooms: ClosedRange<Int>, variant: StyleVariant = .standard
    ) throws -> SiteBuilder.Summary {
        let dataset = try FixtureRegion.dataset.get()
        let renderer = try MapRenderer(styleFile: stylePath, variant: variant)
        let tiles = TileRenderer(dataset: dataset, renderer: renderer, options: SceneOptions(names: .dual(in: "en")))
        let plan = SitePlan(dataset: dataset, range: try day(from)...(try day(to)))
        return try SiteBuilder(
            dataset: dataset, tiles: tiles, plan: plan, zooms: zooms, folder: folder.path,
            isOverlay: variant == .overlay,
            jobs: 2
        ).build()
    }

    /// The fixture's spring, 5 March to 5 May 2024, zooms 7 and 8.
    static let springSite: Result<URL, any Error> = Result {
        let folder = try TestPaths.makeScratchFolder("spring-site").appendingPathComponent("site")
        _ = try build(into: folder, from: "2024-03-05", to: "2024-05-05", zooms: 7...8)
        return folder
    }

    /// The key dates of that range, read from the fixture's files by hand: the zones, routes and places that start
    /// or end on them and the days of events (the contested strip and the offensive, the strike, the clash, the
    /// handover, the ceasefire, the hands settling and the flag).
    static let springDays = ["2024-03-05", "2024-03-06", "2024-03-07", "2024-05-01", "2024-05-04", "2024-05-05"]
}
