import Chronology
import Description
import GeoJSON
import Localization

/// Puts a map into words (its alt text): the facts of ``MapDescription`` gathered from the snapshot the map is
/// drawn from, the legend as drawn, and the areas from `Dataset.controlAreas(on:)`, the computation behind
/// `chronomap areas` and `timeline --areas`.
public struct MapDescriber: Sendable {
    public let catalog: Catalog
    public let region: Region

    /// - Parameters:
    ///   - catalog: the language of the words.
    ///   - region: the parties' wording and the data's credits.
    public init(catalog: Catalog, region: Region) {
        self.catalog = catalog
        self.region = region
    }

    /// The facts of a map of a day.
    /// - Parameters:
    ///   - snapshot: the state on the day, as drawn.
    ///   - dataset: the data set (for the areas held).
    ///   - legend: the legend lines of what was drawn.
    ///   - extent: the geographic box the map shows.
    ///   - names: the rule place labels follow.
    ///   - showsNamesLine: whether the map says which names its labels show: a map none of whose labels is a
    ///     dual name does not explain dual names.
    /// - Throws: `DateError` if the day is before the data's range.
    public func describe(
        _ snapshot: Snapshot, dataset: Dataset, legend: [LegendLine], extent: BoundingBox, names: NameRule,
        showsNamesLine: Bool = true
    ) throws(DateError) -> MapDescription {
        let wording = EventWording(catalog: catalog, region: region)
        let day = snapshot.day
        func described(_ event: DatedFeature, isRecent: Bool) -> DescribedEvent {
            var when: String? = wording.when(event, isRecent: isRecent, on: day)
            if when == wording.shortDate(day) { when = nil }
            return DescribedEvent(
                title: event.string("title") ?? event.id, when: when, attribution: wording.attribution(of: event))
        }
        let events = snapshot.events.sorted(by: Self.chronological).map { described($0, isRecent: false) }
        let recent = snapshot.recentEvents.sorted(by: Self.chronological).map { described($0, isRecent: true) }
        var groups: [MapDescription.LegendGroup] = []
        for line in legend {
            if let index = groups.firstIndex(where: { $0.title == line.groupTitle }) {
                if !groups[index].labels.contains(line.label) { groups[index].labels.append(line.label) }
            } else {
                groups.append(MapDescription.LegendGroup(title: line.groupTitle, labels: [line.label]))
            }
        }
        return MapDescription(
            title: region.title.text(in: catalog.language), date: wording.longDate(day),
            areas: heldAreas(try dataset.controlAreas(on: day)), events: events, recentEvents: recent,
            recentWindowDays: snapshot.eventsWindowDays, legend: groups,
            extent: [
                extent.southWest.longitude, extent.southWest.latitude, extent.northEast.longitude,
                extent.northEast.latitude,
            ],
            namesLine: showsNamesLine ? names.legendText(catalog) : "", isBeyondAsOf: snapshot.isBeyondAsOf,
            credit: DataCredit(region: region, catalog: catalog))
    }

    /// The areas in legend order (the parties, contested, then ground changing hands), each with its wording; sides
    /// holding nothing are left out.
    public func heldAreas(_ areas: [Controller: Double]) -> [HeldArea] {
        (region.controllers + [.transition]).compactMap { controller in
            guard let area = areas[controller], area > 0 else { return nil }
            let party = region.party(controller.id)
            return HeldArea(
                name: name(of: controller), squareKilometres: area, isRemainder: party.map { !$0.isLabelled } ?? false)
        }
    }

    /// A side's wording: the party's legend name in the catalog's language, "Contested" or "Changing hands".
    public func name(of controller: Controller) -> String {
        if controller.isContested { return catalog.text(.zoneContested) }
        if controller == .transition { return catalog.text(.zoneChangingHands) }
        return region.party(controller.id)?.name.text(in: catalog.language) ?? controller.id
    }

    /// Events in the order they happened: those that began before the day first, then by time of day.
    static func chronological(_ lhs: DatedFeature, _ rhs: DatedFeature) -> Bool {
        (lhs.eventDate?.dayNumber ?? 0, lhs.string("time") ?? "99:99", lhs.id)
            < (rhs.eventDate?.dayNumber ?? 0, rhs.string("time") ?? "99:99", rhs.id)
    }
}
