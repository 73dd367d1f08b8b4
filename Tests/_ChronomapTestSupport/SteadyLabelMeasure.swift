import Animation
import Chronology
import Render
import Scene

/// The measure of steady labels over a series of maps, a frame a day: a label whose text is unchanged and which
/// moved between two frames must have had its old spot taken on the new frame (by another label, a marker, an icon
/// or the furniture, or the frame's edge), judged from the painted items rather than from the placement's own
/// records. The engine's tests measure it on the fixture region, the data set's on the bundled war of 2020.
public enum SteadyLabelMeasure {
    /// What the measure counted.
    public struct Moves: Sendable {
        /// Label pairs compared (a label on two consecutive frames with the same text).
        public var compared = 0
        /// Moves a taken spot explains.
        public var forced = 0
        /// Moves nothing explains, as "day: feature id".
        public var unforced: [String] = []
    }

    /// The moves over `days`, each frame placed after the one before (`steady`) or on its own.
    public static func moves(
        of dataset: Dataset, renderer: MapRenderer, days: [Day], steady: Bool
    ) throws -> Moves {
        var options = SceneOptions(width: 1600, height: 1200)
        options.bbox = try SeriesExtent.union(of: days, dataset: dataset, eventsWindowDays: 3)
        let labels = try SeriesLabels(
            count: steady ? days.count : 0, snapshot: { try dataset.snapshot(on: days[$0], eventsWindowDays: 3) },
            dataset: dataset, options: options, renderer: renderer)
        var before: Scene?
        var moves = Moves()
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
                moves.compared += 1
                guard label.box != old.box else { continue }
                let taken =
                    !frame.contains(old.box) || obstacles.contains { $0.intersects(old.box) }
                    || scene.placedLabels.contains { $0.featureID != label.featureID && $0.box.intersects(old.box) }
                if taken { moves.forced += 1 } else { moves.unforced.append("\(day): \(label.featureID)") }
            }
        }
        return moves
    }
}
