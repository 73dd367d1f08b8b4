import Chronology
import Render
import Scene

/// Labels placed once for a whole series of maps (an animation's frames, a grid's panels): each map's labels try
/// first where they stood on the map before, so a label moves only when something on its own map takes its place.
///
/// Each map depends on the one before, so the labels are placed in order, one map after another; the frames can
/// then be built again in any order (in parallel) from ``previous`` and come out the same, as a scene is built
/// deterministically from its snapshot and options.
public struct SeriesLabels: Sendable {
    /// For each map, the labels of the map before it (none for the first): what its `SceneOptions.previousLabels`
    /// must be.
    public let previous: [[PlacedLabel]]

    /// Places the labels of the series' maps in order.
    /// - Parameters:
    ///   - count: how many maps.
    ///   - snapshot: the state of the map at an index (asked once per map, in order, so a long series holds one
    ///     snapshot at a time).
    ///   - options: the maps' options, the same for all (one extent and size); their `previousLabels` is ignored.
    /// - Throws: what `snapshot` throws, or `RenderError` if a map cannot be built.
    public init(
        count: Int, snapshot: (Int) throws -> Snapshot, dataset: Dataset, options: SceneOptions,
        renderer: MapRenderer
    ) throws {
        var previous: [[PlacedLabel]] = []
        var labels: [PlacedLabel] = []
        for index in 0..<count {
            previous.append(labels)
            labels = try renderer.scene(
                of: snapshot(index), dataset: dataset, options: Self.options(options, labels)
            ).placedLabels
        }
        self.previous = previous
    }

    /// The options of the map at `index`.
    public func options(_ options: SceneOptions, at index: Int) -> SceneOptions {
        Self.options(options, previous[index])
    }

    static func options(_ options: SceneOptions, _ labels: [PlacedLabel]) -> SceneOptions {
        var options = options
        options.previousLabels = labels
        return options
    }
}
