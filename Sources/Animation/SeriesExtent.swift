import Chronology
import GeoJSON

/// The one extent every map of a sequence shares (an animation's frames, a grid's panels), so that nothing moves
/// but what changed: the region's extent grown to take in the events drawn on any of the days.
public enum SeriesExtent {
    /// How far past the region's extent an event may lie and still widen the map, as a share of the extent's size
    /// on each side: a strike just outside is shown, a statement signed in a distant capital does not zoom the map
    /// out to a continent.
    public static let reach = 0.5

    /// The union of the days' extents: the region's extent and the events drawn on each day (the day's own and
    /// those of the events window), with a margin so an icon at the edge is not cut.
    /// - Throws: `DateError` for a day before the data's range.
    public static func union(of days: [Day], dataset: Dataset, eventsWindowDays: Int) throws(DateError) -> BoundingBox {
        let extent = dataset.region.extent
        let width = extent.northEast.longitude - extent.southWest.longitude
        let height = extent.northEast.latitude - extent.southWest.latitude
        let limit = BoundingBox(
            southWest: Position(
                longitude: extent.southWest.longitude - width * reach,
                latitude: extent.southWest.latitude - height * reach),
            northEast: Position(
                longitude: extent.northEast.longitude + width * reach,
                latitude: extent.northEast.latitude + height * reach))
        var union = extent
        for day in days {
            for event in try dataset.snapshot(on: day, eventsWindowDays: eventsWindowDays).allEvents {
                guard let box = event.geometry?.boundingBox, limit.contains(box) else { continue }
                union = union.union(box)
            }
        }
        guard union != extent else { return extent }
        let margin = max(width, height) * 0.03
        return BoundingBox(
            southWest: Position(
                longitude: union.southWest.longitude - margin, latitude: union.southWest.latitude - margin),
            northEast: Position(
                longitude: union.northEast.longitude + margin, latitude: union.northEast.latitude + margin))
    }
}

extension BoundingBox {
    /// Whether `other` lies wholly inside this box.
    func contains(_ other: BoundingBox) -> Bool {
        other.southWest.longitude >= southWest.longitude && other.southWest.latitude >= southWest.latitude
            && other.northEast.longitude <= northEast.longitude && other.northEast.latitude <= northEast.latitude
    }
}
