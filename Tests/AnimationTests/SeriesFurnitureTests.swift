import Chronology
import Scene
import Testing
import _ChronomapTestSupport

@testable import Animation

/// A portrait series keeps one header and one band under the map for all its frames, so its maps stand still:
/// 1 October 2020 lists one event, 4 October six (events.geojson), and on their own their maps sit differently.
@Suite struct SeriesFurnitureTests {
    static let days = [try! Day(iso: "2020-10-01"), try! Day(iso: "2020-10-04")]

    static func scenes(_ options: SceneOptions) throws -> [Scene] {
        let dataset = try BundledData.dataset.get(), renderer = try MapFixture.renderer.get()
        return try days.map { day in
            try renderer.scene(of: dataset.snapshot(on: day, eventsWindowDays: 3), dataset: dataset, options: options)
        }
    }

    @Test func everyFrameDrawsItsMapAtTheSamePlace() throws {
        var options = SceneOptions(width: 1080, height: 1350, layout: .portrait)
        options.bbox = try BundledData.dataset.get().region.extent
        let alone = try Self.scenes(options)
        #expect(alone[0].viewport != alone[1].viewport)
        #expect(alone[0].furnitureBoxes["panels"]!.height < alone[1].furnitureBoxes["panels"]!.height)
        let reserve = try #require(
            try SeriesFurniture.reserve(
                BundledData.dataset.get(), days: Self.days, options: options, eventsWindowDays: 3,
                renderer: MapFixture.renderer.get()))
        #expect(reserve.panelsHeight == alone.map { $0.furnitureBoxes["panels"]!.height }.max())
        #expect(reserve.headerHeight == alone.map { $0.furnitureBoxes["header"]!.height }.max())
        options.furnitureReserve = reserve
        let steady = try Self.scenes(options)
        #expect(steady[0].viewport == steady[1].viewport)
        #expect(steady[0].furnitureBoxes["panels"] == steady[1].furnitureBoxes["panels"])
    }

    @Test func landscapeSeriesKeepNoReserve() throws {
        #expect(
            try SeriesFurniture.reserve(
                BundledData.dataset.get(), days: Self.days, options: SceneOptions(), eventsWindowDays: 3,
                renderer: MapFixture.renderer.get()) == nil)
    }
}
