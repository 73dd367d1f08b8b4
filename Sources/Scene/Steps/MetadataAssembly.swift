import Chronology
import Description
import GeoJSON
import Localization

/// Writes what the image says about itself: title, credits, the day and the data version and, for a map with
/// furniture, its alt text (whose short form becomes the description). A map with furniture is an image people
/// see on its own; a tile is not, so tiles get no alt text.
struct MetadataAssembly {
    let options: SceneOptions
    let region: Region

    /// - Parameters:
    ///   - title: the map's title.
    ///   - subtitle: the map's subtitle, the description of a map without alt text.
    ///   - snapshot: the state on the day.
    ///   - dataset: the data set (for the areas held).
    ///   - legend: the legend as drawn.
    ///   - extent: the geographic box the map shows.
    ///   - showsNamesLine: whether the legend says which names the labels show.
    /// - Throws: `DateError` if the day is before the data's range.
    func metadata(
        title: String, subtitle: String, snapshot: Snapshot, dataset: Dataset, legend: [LegendLine],
        extent: BoundingBox, showsNamesLine: Bool
    ) throws -> SceneMetadata {
        let catalog = options.catalog
        var metadata = SceneMetadata(
            title: title, description: subtitle, source: region.attribution.text(in: catalog.language),
            date: snapshot.day.description,
            dataVersion: "\(region.id) \(region.version), data as of \(region.asOf)")
        guard options.drawsFurniture else { return metadata }
        var description = try MapDescriber(catalog: catalog, region: region).describe(
            snapshot, dataset: dataset, legend: legend, extent: extent, names: options.names,
            showsNamesLine: showsNamesLine)
        description.highlights = options.highlights.map { $0.lines.joined(separator: ", ") }
        description.highlightTitle = options.highlightLegend ?? catalog.text(.legendGroupChange)
        let altText = description.altText(catalog)
        metadata.altText = altText
        metadata.description = altText.short
        return metadata
    }
}
