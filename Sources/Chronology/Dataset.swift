import GeoJSON

/// A region's data set: its `region.json` and the features of its five layers.
///
/// Load it with ``Dataset/load(from:checkingInvariants:)``; ask it what was true on a day with
/// ``Dataset/snapshot(on:eventsWindowDays:)``.
public struct Dataset: Sendable {
    public var region: Region
    /// The folder it was read from.
    public var directory: String
    /// Every feature, in layer order then file order.
    public var features: [DatedFeature]
    /// Warnings found while loading (the data is usable).
    public var warnings: [Diagnostic]

    public init(region: Region, directory: String, features: [DatedFeature], warnings: [Diagnostic] = []) {
        self.region = region
        self.directory = directory
        self.features = features
        self.warnings = warnings
    }

    /// The features of one layer.
    public func features(in layer: Layer) -> [DatedFeature] { features.filter { $0.layer == layer } }

    /// The feature with this id.
    public func feature(id: String) -> DatedFeature? { features.first { $0.id == id } }

    /// The days maps can be drawn for: from the region's first date to its `as_of` date.
    /// Later dates are allowed and show the last known state.
    public var range: ClosedRange<Day> { region.firstDate...region.asOf }

    /// Checks that a day can be drawn: not before the region's first date.
    /// - Throws: `DateError` naming the range ("control data starts on 1994-05-12").
    public func checkDrawable(_ day: Day) throws(DateError) {
        guard day >= region.firstDate else {
            throw DateError(
                text: day.description,
                reason:
                    "is before the data's range: control data starts on \(region.firstDate) (data as of \(region.asOf))"
            )
        }
    }
}
