import Chronology
import Foundation
import Render
import Scene
import Site
import Style
import Tiles
import _ChronomapTestSupport

/// Sites built once per test process from the bundled data: the end of the 2020 war at zooms 7-8 (the viewer's
/// tests open it in Chromium), and small ones for re-runs and overlays.
enum SiteFixture {
    static var stylePath: String { TestPaths.packageRoot.appendingPathComponent("styles/default.json").path }

    static func day(_ text: String) throws -> Day { try Day(iso: text) }

    /// Builds a site of the bundled data into a folder.
    static func build(
        into folder: URL, from: String, to: String, zooms: ClosedRange<Int>, variant: StyleVariant = .standard
    ) throws -> SiteBuilder.Summary {
        let dataset = try BundledData.dataset.get()
        let renderer = try MapRenderer(styleFile: stylePath, variant: variant)
        let tiles = TileRenderer(dataset: dataset, renderer: renderer, options: SceneOptions(names: .dual(in: "en")))
        let plan = SitePlan(dataset: dataset, range: try day(from)...(try day(to)))
        return try SiteBuilder(
            dataset: dataset, tiles: tiles, plan: plan, zooms: zooms, folder: folder.path,
            isOverlay: variant == .overlay,
            jobs: 2
        ).build()
    }

    /// The war's last weeks, 25 October to 10 November 2020, zooms 7 and 8.
    static let warSite: Result<URL, any Error> = Result {
        let folder = try TestPaths.makeScratchFolder("war-site").appendingPathComponent("site")
        _ = try build(into: folder, from: "2020-10-25", to: "2020-11-10", zooms: 7...8)
        return folder
    }

    /// The key dates of that range, read from the data files by hand: the zones, routes and events that start or
    /// end on them.
    static let warDays = [
        "2020-10-25", "2020-10-26", "2020-10-27", "2020-10-28", "2020-11-05", "2020-11-08", "2020-11-09",
        "2020-11-10",
    ]
}
