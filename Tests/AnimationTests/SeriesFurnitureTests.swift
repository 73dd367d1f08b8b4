import Chronology
import Scene
import Testing
import _ChronomapTestSupport

@testable import Animation

/// A portrait series keeps one header and one band under the map for all its frames, so its maps stand still. On
/// the fixture region (`FixtureRegion`), with three days of events shown: 1 February 2024 lists one event (the
/// decree), 7 March three (the offensive under way since 5 March, the strike of 6 March beyond the extent and the
/// clash of 7 March), and on their own their maps sit differently.
@Suite struct SeriesFurnitureTests {
    static let days = [try! Day(iso: "2024-02-01"), try! Day(iso: "2024-03-07")]

    static func scenes(_ options: SceneOptions) throws -> [Scene] {
        let dataset = try FixtureRegion.dataset.get(), renderer = try FixtureMap.renderer.get()
        return try days.map { day in
            try renderer.scene(of: dataset.snapshot(on: day, eventsWindowDays: 3), dataset: dataset, options: options)
        }
    }

    @Test func everyFrameDrawsItsMapAtTheSamePlace() throws {
        var options = SceneOptions(width: 1080, height: 1350, layout: .portrait)
        options.bbox = try FixtureRegion.dataset.get().region.extent
        let dataset = try FixtureRegion.dataset.get()
        let events = try Self.days.map { try Set(dataset.snapshot(on: $0, eventsWindowDays: 3).allEvents.map(\.id)) }
        #expect(events == [["event-decree"], ["event-offensive", "event-strike", "event-clash"]])
        let alone = try Self.scenes(options)
        #expect(alone[0].viewport != alone[1].viewport)
        #expect(alone[0].furnitureBoxes["panels"]!.height < alone[1].furnitureBoxes["panels"]!.height)
        let reserve = try #require(
            try SeriesFurniture.reserve(
                FixtureRegion.dataset.get(), days: Self.days, options: options, eventsWindowDays: 3,
                renderer: FixtureMap.renderer.get()))
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
                FixtureRegion.dataset.get(), days: Self.days, options: SceneOptions(), eventsWindowDays: 3,
                renderer: FixtureMap.renderer.get()) == nil)
    }
}
