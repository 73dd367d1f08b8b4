import Chronology
import Localization
import Logging
import Style

/// Turns the state on a day into a scene, in named steps, each its own type with its inputs and outputs:
///
/// 1. ``MapFrame``: the viewport (the extent fitted between title band and footer) and the symbol scales;
/// 2. ``BoundStyle``: the style's layers made concrete for the data set's parties and overlays;
/// 3. ``HighlightDrawing``: the areas a comparison highlights, and their labels;
/// 4. ``LayerDrawing``: for each layer, ``FeatureSelection`` picks its features and ``GeometryDrawing`` (fills,
///    lines), ``MarkerCollection`` or ``IconCollection`` turn them into items, markers and icon requests; the
///    highlights go after the last zone layer; ``LabelCollection`` then turns the text layers into label requests;
/// 5. ``MarkerDeclutter`` keeps the markers that do not sit on a more important one;
/// 6. ``FurnitureFit`` lays out title, legend (from ``LegendBuilder``), events, inset, scale bar and footer with
///    ``FurnitureLayout`` (the events panel's corner chosen by what it would hide, ``CoveredInk``), again without
///    the markers it covers until nothing changes, and their boxes go into the one ``CollisionIndex``;
/// 7. ``IconPlacement`` and ``LabelPlacement`` place icons, then labels in priority order, over that index;
/// 8. ``MetadataAssembly`` writes the metadata and, for a map with furniture, its alt text.
///
/// A landscape map may then be composed once more: moved sideways clear of its legend (``movedClearOfLegend``).
public struct SceneBuilder: Sendable {
    public var style: Style
    public var options: SceneOptions
    let measurer: any TextMeasurer
    let logger = Logger(label: "chronomap.scene")

    /// - Parameters:
    ///   - style: the map style.
    ///   - options: size, extent, layers, names, language.
    ///   - measurer: measures text as the painter will draw it.
    public init(style: Style, options: SceneOptions, measurer: any TextMeasurer) {
        self.style = style
        self.options = options
        self.measurer = measurer
    }

    /// Builds the scene of a snapshot.
    /// - Parameters:
    ///   - snapshot: the state on the day.
    ///   - dataset: the data set (for the latest event before the day, and the base countries of the inset).
    /// - Throws: `TopologyError` if GEOS fails on a zone; `DateError` if the day is before the data's range.
    public func build(_ snapshot: Snapshot, dataset: Dataset) throws -> Scene {
        let first = try compose(snapshot, dataset: dataset, panelsHeight: nil)
        // Portrait and square maps hold legend and events in a band under the map; its height is known once they
        // are laid out, so the map is laid out again with the band they need.
        guard options.furnitureReserve == nil, let needed = first.neededPanelsHeight,
            abs(needed - first.panelsHeight) > 1
        else {
            return try movedClearOfLegend(first, snapshot: snapshot, dataset: dataset)
        }
        return try compose(snapshot, dataset: dataset, panelsHeight: needed).scene
    }

    /// A landscape map whose legend hides more than a sliver of zones, drawn again with the extent moved left just
    /// enough to bring them out from under it (as far as the room left of the extent allows, so it stays whole in
    /// view), kept when the panels then hide less of the zones and markers by at least half of what the legend hid.
    /// Only where ``SceneOptions/movesClearOfLegend`` allows it.
    func movedClearOfLegend(_ first: Composition, snapshot: Snapshot, dataset: Dataset) throws -> Scene {
        // A sliver under the legend's edge (a quarter of a percent of the map) is not worth moving the map for.
        let worthMoving = first.scene.width * first.scene.height * 0.0025
        guard options.movesClearOfLegend, options.viewport == nil, let cover = first.cover,
            cover.underLegend > worthMoving, cover.shift > 1
        else { return first.scene }
        let moved = try compose(snapshot, dataset: dataset, panelsHeight: nil, shift: cover.shift)
        // Kept when it saves at least half of what the legend hid, all panels counted (the events panel may now hide
        // more on the left).
        guard let after = moved.cover, after.underPanels <= cover.underPanels - cover.underLegend / 2 else {
            return first.scene
        }
        logger.debug(
            "map moved \(Int(cover.shift)) px left: the panels hide \(Int(after.underPanels)) px² of zones, not \(Int(cover.underPanels))"
        )
        return moved.scene
    }

    /// A scene as composed, with what the layout needs to decide on a second one.
    struct Composition {
        var scene: Scene
        /// The band under the map (portrait and square), and the height its panels need.
        var panelsHeight: Double
        var neededPanelsHeight: Double?
        /// In landscape with furniture, for a map that may move clear of its legend: the zones and markers the legend
        /// and all the panels hide (square pixels), and how far left the map could move to clear the legend.
        var cover: (underLegend: Double, underPanels: Double, shift: Double)?
    }

    /// The scene with a band of the given height under the map (nil for a first guess) and the extent moved
    /// `shift` pixels left of the middle.
    func compose(
        _ snapshot: Snapshot, dataset: Dataset, panelsHeight: Double?, shift: Double = 0
    ) throws -> Composition {
        let region = snapshot.region, catalog = options.catalog
        let wording = EventWording(catalog: catalog, region: region)
        let (title, subtitle) = titles(snapshot, dataset: dataset, wording: wording)
        let kit = FurnitureKit(measurer: measurer, style: style.furniture, scale: MapFrame.furnitureScale(options))
        // The footer keeps room for the longer data line, the one that names the names shown.
        let footer = footerTexts(snapshot, wording: wording, showsNamesLine: true)
        let frame = MapFrame(
            options: options, extent: region.extent, furniture: style.furniture,
            lines: FurnitureLayout.textLines(
                title: title, subtitle: subtitle, sources: footer.sources, dataLine: footer.dataLine, kit: kit,
                width: options.width, layout: options.layout),
            panelsHeight: panelsHeight, shift: shift)
        let bound = BoundStyle(style, region: region, language: catalog.language)
        let highlights = try HighlightDrawing(frame: frame, style: style.furniture).draw(options.highlights)
        let drawing = try LayerDrawing(
            layers: bound.layers, frame: frame,
            selection: FeatureSelection(snapshot: snapshot, visibleBox: frame.visibleBox, chosenLayers: options.layers),
            geometry: GeometryDrawing(
                frame: frame, day: snapshot.day, innerEdges: InnerEdges(studyArea: region.studyAreaGeometry),
                partyColors: bound.partyFillColors(region: region))
        ).draw(highlights: highlights.items)
        let labelRequests = try LabelCollection(
            frame: frame, names: options.names, catalog: catalog, region: region, markerRadii: drawing.markerRadii
        ).collect(drawing.labelLayers)
        let declutter = MarkerDeclutter(frame: frame).kept(drawing.markers)
        for (marker, other) in declutter.leftOut {
            logger.debug("marker of \(marker.id) left out: it would cover the marker of \(other)")
        }
        let orderedIcons = IconCollection.ordered(drawing.iconRequests)
        let showsApproximate = drawing.showsApproximate || labelRequests.showsApproximate
        let legend = legend(
            bound, drawing, orderedIcons, showsApproximate: showsApproximate, wording: wording,
            describer: MapDescriber(catalog: catalog, region: region))
        let ink =
            options.drawsFurniture && !options.layout.isStacked
            ? coveredInk(bound, drawing, markers: declutter.kept, frame: frame) : nil
        let arranged = try arrange(
            snapshot, dataset: dataset, frame: frame, kit: kit, wording: wording, titles: (title, subtitle),
            drawing: drawing, icons: orderedIcons, labelRequests: highlights.labels + labelRequests.requests,
            showsDualNames: labelRequests.showsDualNames, kept: declutter.kept, legend: legend, ink: ink)
        let (fitted, icons, labels) = (arranged.fitted, arranged.icons, arranged.labels)
        let drawnMarkers = arranged.drawnMarkers, showsNamesLine = arranged.showsNamesLine
        let drawn = drawing.drawnLayerIDs.union(
            drawnMarkers.map(\.layerID) + icons.drawnLayerIDs + labels.drawnLayerIDs)
        let metadata = try MetadataAssembly(options: options, region: region).metadata(
            title: title, subtitle: subtitle, snapshot: snapshot, dataset: dataset, legend: fitted.legend,
            extent: frame.visibleBox, showsNamesLine: showsNamesLine)
        let scene = Scene(
            width: options.width, height: options.height, viewport: frame.viewport, background: style.backgroundColor,
            items: drawing.items + drawnMarkers.map(\.item) + icons.items + labels.items + fitted.furniture.items,
            drawnLayerIDs: (bound.layers.map(\.id) + [HighlightDrawing.layerID]).filter(drawn.contains),
            drawnEventKinds: icons.drawnKinds, legend: fitted.legend, placedLabels: labels.placed,
            unplacedLabels: labels.unplaced, showsApproximateFeatures: showsApproximate,
            showsUncertainDates: drawing.showsUncertain, showsDualNames: showsNamesLine,
            furnitureBoxes: fitted.furniture.boxes,
            scaleBar: fitted.furniture.scaleBar, title: title, subtitle: subtitle, metadata: metadata)
        let boxes = fitted.furniture.boxes
        // Measured only for a map that may move: a pair's or a series' maps would measure it for nothing.
        let cover = (options.movesClearOfLegend ? ink : nil).map { ink in
            let legendBox = boxes["legend"]
            return (
                underLegend: legendBox.map(ink.hidden(by:)) ?? 0,
                underPanels: ["legend", "events", "inset"].compactMap { boxes[$0] }.reduce(0) {
                    $0 + ink.hidden(by: $1)
                },
                shift: min(
                    legendBox.flatMap { box in ink.rightmostInk(under: box).map { $0 - box.minX } }.map {
                        $0 + 12 * frame.furnitureScale
                    } ?? 0,
                    frame.roomLeft(of: options.bbox ?? region.extent))
            )
        }
        return Composition(
            scene: scene, panelsHeight: frame.panelsHeight,
            neededPanelsHeight: fitted.furniture.neededPanelsHeight, cover: cover)
    }

    /// The title (the region's or the user's, with the day) and the subtitle (the user's, or the latest event).
    func titles(_ snapshot: Snapshot, dataset: Dataset, wording: EventWording) -> (title: String, subtitle: String) {
        let catalog = options.catalog
        let title = catalog.text(
            .titleFormat,
            [
                "title": options.title ?? snapshot.region.title.text(in: catalog.language),
                "date": wording.longDate(snapshot.day),
            ])
        return (title, options.subtitle ?? wording.subtitle(for: snapshot, events: dataset.features(in: .events)))
    }

    /// The legend of what is drawn once these markers are: the layers that drew, the event kinds with an icon
    /// (in numbering order), the ground changing hands (named by `describer`), the highlights and the notes.
    func legend(
        _ bound: BoundStyle, _ drawing: LayerDrawing.Result, _ orderedIcons: [IconRequest], showsApproximate: Bool,
        wording: EventWording, describer: MapDescriber
    ) -> ([Marker]) -> [LegendLine] {
        let catalog = options.catalog, furniture = style.furniture
        let builder = LegendBuilder(layers: bound.layers, catalog: catalog, eventWording: wording, furniture: furniture)
        var eventKinds: [EventSymbols.Symbol] = []
        for request in orderedIcons where !eventKinds.contains(where: { $0.kind == request.event.kind }) {
            eventKinds.append(style.eventSymbols.symbol(for: request.event.kind))
        }
        let drawn = LegendBuilder.Drawn(
            layerIDs: drawing.drawnLayerIDs, firstFeatures: drawing.firstFeatures, eventKinds: eventKinds,
            highlightLegend: options.highlights.isEmpty
                ? nil : options.highlightLegend ?? catalog.text(.legendGroupChange),
            highlightStyle: (furniture.highlightFillColor, furniture.highlightHatch, furniture.highlightColor),
            showsApproximate: showsApproximate, showsUncertain: drawing.showsUncertain,
            uncertainHatch: drawing.uncertainHatch,
            changingHands: drawing.changingHands.map { mark in
                let label = catalog.text(
                    .legendChangingHands,
                    [
                        "from": describer.name(of: mark.from), "to": describer.name(of: mark.to),
                        "dates": wording.dateRange(mark.window),
                    ])
                return (label, mark.fill, mark.hatch)
            })
        return { markers in
            var withMarkers = drawn
            withMarkers.layerIDs.formUnion(markers.map(\.layerID))
            return builder.lines(for: withMarkers)
        }
    }

    /// What the panels would hide: the fills of the zones' layers (seen: a see-through fill or a hatch) and the
    /// markers kept. Only landscape maps with furniture ask, so tiles and stacked maps do not gather it. A shape
    /// drawn twice (a zone's fill and its hatch over it, a contested zone and its overlay) counts once.
    func coveredInk(
        _ bound: BoundStyle, _ drawing: LayerDrawing.Result, markers: [Marker], frame: MapFrame
    )
        -> CoveredInk
    {
        let zoneLayers = Set(bound.layers.filter { $0.source == .zones }.map(\.id))
        var seen = Set<[[PixelPoint]]>()
        let fills = drawing.items.flatMap { item -> [[[PixelPoint]]] in
            guard case .fill(let fill) = item, case .style(let id) = fill.layer, zoneLayers.contains(id),
                fill.color.alpha > 0 || fill.hatch != nil
            else { return [] }
            return fill.polygons.filter { seen.insert($0).inserted }
        }
        return CoveredInk(zoneFills: fills, markers: markers.map(\.box), symbolScale: frame.symbolScale)
    }

    /// What the furniture shows: the legend and the events of the day in the map's language, the footer's
    /// sources and data line (with the names rule while a dual name is drawn), and the inset's countries.
    func furnitureInput(
        frame: MapFrame, snapshot: Snapshot, dataset: Dataset, title: String, subtitle: String, icons: [IconRequest],
        listed: [ListedEvent], wording: EventWording, showsNamesLine: Bool, ink: CoveredInk?
    ) throws -> FurnitureInput {
        let catalog = options.catalog, region = snapshot.region
        let rows = icons.enumerated().map { index, request in
            EventRow(
                number: String(index + 1),
                when: wording.when(request.event, isRecent: request.isRecent, on: snapshot.day),
                title: wording.titleWithAttribution(request.event), isRecent: request.isRecent,
                symbol: style.eventSymbols.symbol(for: request.event.kind))
        }
        // Events the map cannot point to (no place given, or beyond the map body) follow, without a number.
        let unnumbered = listed.map { event in
            let selected = event.selected
            return EventRow(
                number: "", when: wording.when(selected.feature, isRecent: selected.isRecent, on: snapshot.day),
                title: wording.titleWithAttribution(selected.feature) + " " + catalog.text(event.reason),
                isRecent: selected.isRecent, symbol: style.eventSymbols.symbol(for: selected.feature.kind))
        }
        let heading: String
        if snapshot.events.isEmpty {
            heading = catalog.text(.eventsHeadingBefore, ["count": String(snapshot.eventsWindowDays)])
        } else {
            heading = catalog.text(icons.contains(where: \.isRecent) ? .eventsHeadingDayAndBefore : .eventsHeadingDay)
        }
        let footer = footerTexts(snapshot, wording: wording, showsNamesLine: showsNamesLine)
        let inset = LocatorCountries(region: region, base: dataset.features(in: .base)).countries(options.locator)
        return FurnitureInput(
            frame: frame, title: title, subtitle: subtitle, legend: [], drawsLegend: options.drawsLegend,
            namesLine: footer.namesLine, eventsHeading: heading, eventRows: rows + unnumbered,
            sources: footer.sources, dataLine: footer.dataLine,
            inset: inset.countries.isEmpty
                ? nil
                : LocatorInset.Input(
                    countries: inset.countries, caption: region.insetTitle?.text(in: catalog.language), box: inset.box),
            pointers: EdgePointers.targets(
                listed, places: snapshot.features(in: .places), names: options.names, frame: frame, catalog: catalog,
                title: { wording.titleWithAttribution($0) }),
            ink: ink
        )
    }

    /// The footer's sources line and data line (with the names rule while a dual name is drawn), and that rule.
    func footerTexts(
        _ snapshot: Snapshot, wording: EventWording, showsNamesLine: Bool
    ) -> (sources: String, dataLine: String, namesLine: String) {
        let catalog = options.catalog, region = snapshot.region
        var dataLine = catalog.text(
            .footerLine,
            [
                "region": region.id, "version": region.version, "date": wording.longDate(region.asOf),
            ])
        let namesLine = showsNamesLine ? options.names.legendText(catalog) : ""
        if showsNamesLine { dataLine += " \u{00B7} " + namesLine }
        if snapshot.isBeyondAsOf { dataLine += " \u{00B7} " + catalog.text(.footerLastKnownState) }
        let sources = catalog.text(.footerSources, ["attribution": region.attribution.text(in: catalog.language)])
        return (sources, dataLine, namesLine)
    }
}
