import Chronology
import Render
import Scene

/// The room a series of portrait or square maps keeps for its header and for the band under the map. Each map
/// there fits its band to its own legend and events, so a frame with more events would draw its map smaller and
/// higher up; the series lays every day out once, and all its frames keep the most any of them needs.
enum SeriesFurniture {
    /// The tallest header and band of the days' maps; nil for landscape maps (their furniture is over the map) and
    /// maps without furniture.
    /// - Throws: `RenderError` or `DateError`, as drawing the frames would.
    static func reserve(
        _ dataset: Dataset, days: [Day], options: SceneOptions, eventsWindowDays: Int, renderer: MapRenderer
    ) throws -> FurnitureReserve? {
        guard options.layout != .landscape, options.drawsFurniture else { return nil }
        var options = options
        options.furnitureReserve = nil
        var reserve = FurnitureReserve(headerHeight: 0, panelsHeight: 0)
        for day in days {
            let snapshot = try dataset.snapshot(on: day, eventsWindowDays: eventsWindowDays)
            let boxes = try renderer.scene(of: snapshot, dataset: dataset, options: options).furnitureBoxes
            reserve.headerHeight = max(reserve.headerHeight, boxes["header"]?.height ?? 0)
            reserve.panelsHeight = max(reserve.panelsHeight, boxes["panels"]?.height ?? 0)
        }
        return reserve
    }
}
