import Chronomap
import Testing
import _ChronomapTestSupport

/// The measure of steady labels on the bundled data's war of autumn 2020, a frame a day from 27 September to
/// 10 November: a label whose text is unchanged and which moved between two frames must have had its old spot
/// taken on the new frame (by another label, a marker, an icon or the furniture, or the frame's edge), judged from
/// the painted items rather than from the placement's own records.
@Suite struct SteadyWarLabelsTests {
    @Test func noLabelMovesUnlessItsSpotIsTaken() throws {
        let (compared, forced, unforced) = try Self.moves(steady: true)
        print("steady labels, 2020 war: \(compared) label pairs compared, \(forced) forced, \(unforced.count) unforced")
        #expect(compared > 500)
        #expect(unforced.isEmpty, "\(unforced)")
        // Each frame placed on its own, as before: the count the series brings down.
        let alone = try Self.moves(steady: false)
        print(
            "each frame on its own: \(alone.compared) compared, \(alone.forced) forced, \(alone.unforced.count) unforced"
        )
    }

    static func moves(steady: Bool) throws -> (compared: Int, forced: Int, unforced: [String]) {
        let dataset = try BundledData.dataset.get(), renderer = try MapFixture.renderer.get()
        let first = try Day(iso: "2020-09-27")
        let days = (0...44).map { first.adding(days: $0) }
        var options = SceneOptions(width: 1600, height: 1200)
        options.bbox = try SeriesExtent.union(of: days, dataset: dataset, eventsWindowDays: 3)
        let labels = try SeriesLabels(
            count: steady ? days.count : 0, snapshot: { try dataset.snapshot(on: days[$0], eventsWindowDays: 3) },
            dataset: dataset, options: options, renderer: renderer)
        var before: Scene?
        var compared = 0, forced = 0, unforced: [String] = []
        for (index, day) in days.enumerated() {
            let scene = try renderer.scene(
                of: dataset.snapshot(on: day, eventsWindowDays: 3), dataset: dataset,
                options: steady ? labels.options(options, at: index) : options)
            defer { before = scene }
            guard let before else { continue }
            let obstacles =
                Array(scene.furnitureBoxes.values)
                + scene.items.compactMap { item -> PixelRect? in
                    switch item {
                    case .circle, .icon: item.inkBounds
                    default: nil
                    }
                }
            let frame = PixelRect(x: 0, y: 0, width: scene.width, height: scene.height)
            for label in scene.placedLabels {
                guard let old = before.placedLabels.first(where: { $0.featureID == label.featureID }),
                    old.text == label.text
                else { continue }
                compared += 1
                guard label.box != old.box else { continue }
                let taken =
                    !frame.contains(old.box) || obstacles.contains { $0.intersects(old.box) }
                    || scene.placedLabels.contains { $0.featureID != label.featureID && $0.box.intersects(old.box) }
                if taken { forced += 1 } else { unforced.append("\(day): \(label.featureID)") }
            }
        }
        return (compared, forced, unforced)
    }
}
