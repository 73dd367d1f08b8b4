import Chronology

extension SceneBuilder {
    /// What goes over the drawn layers, laid out together: the furniture, the event icons and the labels, and the
    /// place markers left once labels that outrank them have taken their room.
    struct Arrangement {
        var fitted: FurnitureFit.Result
        var icons: IconPlacement.Result
        var labels: LabelPlacement.Result
        var drawnMarkers: [Marker]
        /// Whether the names line is shown: only while a dual name is drawn.
        var showsNamesLine: Bool
    }

    /// The furniture first, then the icons and labels in the room it leaves. Laid out again when the names line
    /// explains no drawn dual name (furniture comes before labels, so it is laid out for the labels asked for), or
    /// when every marker of a kind gave way to labels (its legend line goes too).
    /// - Throws: `TopologyError` if GEOS fails while placing an area's label.
    func arrange(
        _ snapshot: Snapshot, dataset: Dataset, frame: MapFrame, kit: FurnitureKit, wording: EventWording,
        titles: (title: String, subtitle: String), drawing: LayerDrawing.Result, icons orderedIcons: [IconRequest],
        labelRequests: [LabelRequest], showsDualNames: Bool, kept: [Marker], legend: ([Marker]) -> [LegendLine],
        ink: CoveredInk?
    ) throws -> Arrangement {
        let placement = LabelPlacement(
            frame: frame, measurer: measurer,
            previous: Dictionary(
                options.previousLabels.map { ($0.featureID, $0) }, uniquingKeysWith: { first, _ in first }))
        let markerRanks = Dictionary(drawing.markers.map { ($0.id, $0.rank) }, uniquingKeysWith: min)
        func furnish(showsNamesLine: Bool, markers: [Marker]) throws -> Arrangement {
            let fitted =
                try options.drawsFurniture
                ? FurnitureFit(kit: kit, catalog: options.catalog).fit(
                    furnitureInput(
                        frame: frame, snapshot: snapshot, dataset: dataset, title: titles.title,
                        subtitle: titles.subtitle, icons: orderedIcons, listed: drawing.listedEvents, wording: wording,
                        showsNamesLine: showsNamesLine, ink: ink),
                    markers: markers, legend: legend)
                : FurnitureFit.none(markers: markers, legend: legend)
            var collisions = fitted.takenBoxes(bounds: frame.bounds)
            let icons = IconPlacement(symbols: style.eventSymbols).place(orderedIcons, into: &collisions)
            let labels = try placement.place(
                labelRequests, droppedMarkerIDs: Set(drawing.markers.map(\.id)).subtracting(fitted.markers.map(\.id)),
                markerRanks: markerRanks, into: &collisions)
            return Arrangement(
                fitted: fitted, icons: icons, labels: labels, drawnMarkers: labels.drawnMarkers(of: fitted.markers),
                showsNamesLine: showsNamesLine)
        }
        var arranged = try furnish(showsNamesLine: showsDualNames, markers: kept)
        let leftOut = Set(arranged.fitted.markers.map(\.id)).subtracting(arranged.drawnMarkers.map(\.id))
        if (arranged.showsNamesLine && !arranged.labels.placesDualName)
            || Set(arranged.drawnMarkers.map(\.layerID)) != Set(arranged.fitted.markers.map(\.layerID))
        {
            arranged = try furnish(
                showsNamesLine: arranged.showsNamesLine && arranged.labels.placesDualName,
                markers: kept.filter { !leftOut.contains($0.id) })
        }
        for id in arranged.icons.unplaced { logger.warning("no room for the icon of event \(id)") }
        if !arranged.labels.unplaced.isEmpty {
            let unplaced = arranged.labels.unplaced.joined(separator: ", ")
            let count = arranged.labels.unplaced.count
            logger.info("\(count) label\(count == 1 ? "" : "s") could not be placed without overlap: \(unplaced)")
        }
        return arranged
    }
}
