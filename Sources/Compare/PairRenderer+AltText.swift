import Changes
import Chronology
import Description
import Scene

extension PairRenderer {
    /// The pair in words: which map is which, what changed hands (the areas of ``ChangeSet``, as the pair's note
    /// gives them) and what each side held on both dates, with both maps' own descriptions in the long form.
    /// - Throws: `DateError` if a day is before the data's range.
    static func altText(
        before: (snapshot: Snapshot, scene: Scene), after: (snapshot: Snapshot, scene: Scene), dataset: Dataset,
        changes: ChangeSet, naming: ControllerNaming, names: NameRule, layout: PairLayout
    ) throws(DateError) -> AltText {
        let catalog = naming.catalog
        let describer = MapDescriber(catalog: catalog, region: dataset.region)
        func map(_ side: (snapshot: Snapshot, scene: Scene)) throws(DateError) -> MapDescription {
            try describer.describe(
                side.snapshot, dataset: dataset, legend: side.scene.legend, extent: side.scene.viewport.geographicBox,
                names: names)
        }
        let beforeMap = try map(before), afterMap = try map(after)
        let description = PairDescription(
            title: dataset.region.title.text(in: catalog.language), before: beforeMap.date, after: afterMap.date,
            arrangement: layout == .horizontal ? .sideBySide : .stacked,
            changes: changes.areas.map {
                "\(naming.direction(from: $0.from, to: $0.to)): \(catalog.area(squareKilometres: $0.areaKm2))"
            },
            beforeMap: beforeMap, afterMap: afterMap)
        return description.altText(catalog)
    }
}
