import Chronology
import GeoJSON
import Localization
import Render
import Scene
import Testing
import _ChronomapTestSupport

@testable import Animation

/// Labels keep still across a series on a fixture region: a town whose label had to stand on its left while a
/// capital stood beside it keeps it there once the capital is gone, where a map drawn on its own would put it on
/// the right; the zone's label and the other towns' labels do not move, and a redrawn zone's label stays put.
@Suite struct SeriesLabelsTests {
    static let days = [try! Day(iso: "2000-05-01"), try! Day(iso: "2000-05-02"), try! Day(iso: "2000-05-03")]

    static let region = Region(
        id: "fixture", name: LocalizedText("Fixture"), title: LocalizedText("Fixture land"),
        extent: BoundingBox(
            southWest: Position(longitude: 0, latitude: 0), northEast: Position(longitude: 1, latitude: 1)),
        firstDate: try! Day(iso: "2000-01-01"), version: "1", asOf: try! Day(iso: "2001-01-01"),
        attribution: LocalizedText("Fixture sources"), licence: "L",
        parties: [Party(id: "north", name: LocalizedText("Northern forces"))])

    static func feature(
        _ id: String, _ layer: Layer, _ geometry: Geometry, kind: String, _ properties: JSONObject,
        from start: String = "2000-01-01", until end: String = "2001-01-01"
    ) -> DatedFeature {
        var properties = properties
        properties["kind"] = .string(kind)
        return DatedFeature(
            id: id, layer: layer, kind: kind,
            validity: ValidityInterval(start: try! Day(iso: start), end: try! Day(iso: end)),
            feature: Feature(geometry: geometry, properties: properties))
    }

    static func town(
        _ id: String, _ longitude: Double, _ latitude: Double, rank: Int, until end: String = "2001-01-01"
    )
        -> DatedFeature
    {
        feature(
            id, .places, .point(Point(Position(longitude: longitude, latitude: latitude))),
            kind: rank == 1 ? "capital" : "town", ["name:en": .string(id.capitalized), "rank": .number(Double(rank))],
            until: end)
    }

    /// A zone over the west half, redrawn a little smaller on the third day (a new feature with a new area), three
    /// towns, and a capital just east of Midtown on the first day only.
    static let dataset: Dataset = {
        func zone(_ id: String, east: Double, from start: String, until end: String) -> DatedFeature {
            let ring = [(0.05, 0.1), (east, 0.1), (east, 0.9), (0.05, 0.9), (0.05, 0.1)].map {
                Position(longitude: $0.0, latitude: $0.1)
            }
            return feature(
                id, .zones, .polygon(Polygon([ring])), kind: "control", ["controller": "north"], from: start,
                until: end)
        }
        return Dataset(
            region: region, directory: "/nowhere",
            features: [
                zone("zone-west", east: 0.45, from: "2000-01-01", until: "2000-05-03"),
                zone("zone-west-smaller", east: 0.42, from: "2000-05-03", until: "2001-01-01"),
                town("midtown", 0.6, 0.5, rank: 2), town("capitol", 0.625, 0.5, rank: 1, until: "2000-05-02"),
                town("westfield", 0.25, 0.7, rank: 2), town("eastbury", 0.8, 0.3, rank: 3),
            ])
    }()

    static let options = SceneOptions(width: 1200, height: 900)

    static func scenes() throws -> [Scene] {
        let renderer = try FixtureMap.renderer.get()
        let snapshots = try days.map { try dataset.snapshot(on: $0, eventsWindowDays: 0) }
        let labels = try SeriesLabels(
            count: snapshots.count, snapshot: { snapshots[$0] }, dataset: dataset, options: options,
            renderer: renderer)
        return try snapshots.indices.map {
            try renderer.scene(of: snapshots[$0], dataset: dataset, options: labels.options(options, at: $0))
        }
    }

    /// Expects every label of a map whose text is unchanged from the map before to stand where it stood; returns
    /// how many were compared.
    static func expectUnchangedLabelsStill(_ scenes: [Scene]) -> Int {
        var compared = 0
        for (before, after) in zip(scenes, scenes.dropFirst()) {
            for label in after.placedLabels {
                guard let old = before.placedLabels.first(where: { $0.featureID == label.featureID }),
                    old.text == label.text
                else { continue }
                #expect(label.box == old.box, "\(label.featureID) moved from \(old.box) to \(label.box)")
                compared += 1
            }
        }
        return compared
    }

    static func label(_ id: String, in scene: Scene) throws -> PlacedLabel {
        try #require(scene.placedLabels.first { $0.featureID == id }, "\(id) is not labelled")
    }

    @Test func positionsAreEqualAcrossFramesForUnchangedFeatures() throws {
        let scenes = try Self.scenes()
        let compared = Self.expectUnchangedLabelsStill(scenes)
        // Midtown, Westfield, Eastbury and the zone on the first pair of frames; the towns on the second.
        #expect(compared >= 7)
        #expect(scenes[0].placedLabels.contains { $0.featureID == "capitol" })
        #expect(!scenes[1].placedLabels.contains { $0.featureID == "capitol" })
    }

    /// The redrawn zone's label, with its new area, stays centred where the old zone's label stood.
    @Test func aRedrawnZonesLabelStaysWhereTheOldOneStood() throws {
        let scenes = try Self.scenes()
        let old = try Self.label("zone-west", in: scenes[1]), new = try Self.label("zone-west-smaller", in: scenes[2])
        #expect(old.text != new.text)
        #expect(abs(old.box.center.x - new.box.center.x) < 1e-6 && abs(old.box.center.y - new.box.center.y) < 1e-6)
        // On its own the map of the third day puts it elsewhere: at the new zone's pole of inaccessibility.
        let alone = try FixtureMap.renderer.get().scene(
            of: Self.dataset.snapshot(on: Self.days[2], eventsWindowDays: 0), dataset: Self.dataset,
            options: Self.options)
        let fresh = try Self.label("zone-west-smaller", in: alone)
        #expect(abs(fresh.box.center.x - old.box.center.x) > 1 || abs(fresh.box.center.y - old.box.center.y) > 1)
    }

    /// The map of the second day on its own puts Midtown's label where the capital stood: what the series avoids.
    @Test func aMapOnItsOwnWouldHaveMovedTheLabel() throws {
        let scenes = try Self.scenes()
        let alone = try FixtureMap.renderer.get().scene(
            of: Self.dataset.snapshot(on: Self.days[1], eventsWindowDays: 0), dataset: Self.dataset,
            options: Self.options)
        let first = try Self.label("midtown", in: scenes[0]), steady = try Self.label("midtown", in: scenes[1])
        let fresh = try Self.label("midtown", in: alone)
        #expect(fresh.box != first.box)
        #expect(steady.box == first.box)
        // The town's own marker is at its point: on the first day the label stands west of it, beside the capital.
        let point = alone.viewport.pixel(Position(longitude: 0.6, latitude: 0.5))
        #expect(first.box.maxX < point.x)
        #expect(fresh.box.minX > point.x)
    }

    @Test func aGridsPanelsKeepTheirLabelsStill() throws {
        let grid = try GridRenderer(renderer: FixtureMap.renderer.get()).grid(
            Self.dataset, days: Self.days, columns: 3, options: SceneOptions(width: 1800, height: 800),
            eventsWindowDays: 0)
        let panels = grid.panels.map(\.scene)
        #expect(panels.count == 3)
        #expect(Self.expectUnchangedLabelsStill(panels) >= 4)
    }
}

/// The measure of steady labels (`SteadyLabelMeasure`) on the fixture region (`FixtureRegion`), a frame a day from
/// 20 February to 10 June 2024: the opening line, the contested weeks, ground changing hands, the truce and its end,
/// eight events.
@Suite struct SteadySeriesLabelsTests {
    static let days: [Day] = {
        let first = try! Day(iso: "2024-02-20")
        return (0...111).map { first.adding(days: $0) }
    }()

    static func moves(steady: Bool) throws -> SteadyLabelMeasure.Moves {
        try SteadyLabelMeasure.moves(
            of: FixtureRegion.dataset.get(), renderer: FixtureMap.renderer.get(), days: days, steady: steady)
    }

    @Test func noLabelMovesUnlessItsSpotIsTaken() throws {
        let moves = try Self.moves(steady: true)
        print(
            "steady labels, fixture: \(moves.compared) label pairs compared, \(moves.forced) forced, "
                + "\(moves.unforced.count) unforced")
        // Highgate, Saltmere, Eastport, Brackwater, Reedby and Greystones stand on every frame, the zones' labels
        // too: at least six labels compared between each pair of frames.
        #expect(moves.compared >= 6 * (Self.days.count - 1))
        #expect(moves.unforced.isEmpty, "\(moves.unforced)")
        // Each frame placed on its own, as before: the count the series brings down.
        let alone = try Self.moves(steady: false)
        print(
            "each frame on its own: \(alone.compared) compared, \(alone.forced) forced, \(alone.unforced.count) unforced"
        )
    }
}
