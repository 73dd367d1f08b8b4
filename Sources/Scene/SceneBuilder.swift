import Chronology
import Description
import GeoJSON
import Localization
import Logging
import Style
import Topology

/// Turns the state on a day into a scene, in named steps, each its own type with its inputs and outputs:
///
/// 1. ``MapFrame``: the viewport (the extent fitted between title band and footer) and the symbol scales;
/// 2. ``BoundStyle``: the style's layers made concrete for the data set's parties and overlays;
/// 3. for each layer, ``FeatureSelection`` picks its features and ``GeometryDrawing`` (fills, lines),
///    ``MarkerCollection``, ``IconCollection`` or ``LabelCollection`` turn them into items and requests;
///    ``HighlightDrawing`` goes after the last zone layer;
/// 4. ``MarkerDeclutter`` keeps the markers that do not sit on a more important one;
/// 5. ``LegendBuilder`` lists what was drawn, ``FurnitureLayout`` lays out title, legend, events, inset, scale
///    bar and footer (again without the markers it covers, until nothing changes), and their boxes go into the
///    one ``CollisionIndex``;
/// 6. ``IconPlacement`` and ``LabelPlacement`` place icons, then labels in priority order, over that index.
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
    /// - Throws: `TopologyError` if GEOS fails on a zone.
    public func build(_ snapshot: Snapshot, dataset: Dataset) throws -> Scene {
        let region = snapshot.region
        let catalog = options.catalog
        let frame = MapFrame(options: options, extent: region.extent, furniture: style.furniture)
        let bound = BoundStyle(style, region: region, language: catalog.language)
        let selection = FeatureSelection(snapshot: snapshot, visibleBox: frame.visibleBox, chosenLayers: options.layers)
        let geometry = GeometryDrawing(
            frame: frame, day: snapshot.day, innerEdges: InnerEdges(studyArea: region.studyAreaGeometry))
        let wording = EventWording(catalog: catalog, region: region)

        var items: [SceneItem] = []
        var drawn = Set<String>(), drawnOrder: [String] = [], firstFeatures: [String: DatedFeature] = [:]
        var showsApproximate = false, showsUncertain = false
        var uncertainHatch: Hatch?
        var markers: [Marker] = [], iconRequests: [IconRequest] = [], labelRequests: [LabelRequest] = []
        var labelLayers: [(BoundLayer, TextSymbolizer, [SelectedFeature])] = []
        func noteDrawn(_ id: String) { if drawn.insert(id).inserted { drawnOrder.append(id) } }

        // Highlights go over the zones and their overlays, under lines, markers and labels.
        let lastZoneLayer = bound.layers.lastIndex { layer in
            guard layer.source == .zones else { return false }
            if case .text = layer.symbolizer { return false }
            return true
        }
        let highlights = try HighlightDrawing(frame: frame, style: style.furniture).draw(options.highlights)
        for (index, layer) in bound.layers.enumerated() {
            defer {
                if index == lastZoneLayer, !highlights.items.isEmpty {
                    items += highlights.items
                    noteDrawn(HighlightDrawing.layerID)
                }
            }
            guard layer.isVisible(atZoom: frame.viewport.zoom) else { continue }
            if case .background(let color) = layer.symbolizer {
                items.append(.rect(.init(rect: frame.bounds, fill: color, layerID: layer.id)))
                continue
            }
            let features = selection.features(for: layer)
            guard !features.isEmpty else { continue }
            func record(_ result: GeometryDrawing.Result) {
                items += result.items
                if result.drewSomething { noteDrawn(layer.id) }
                if let first = result.firstFeature, firstFeatures[layer.id] == nil { firstFeatures[layer.id] = first }
                showsApproximate = showsApproximate || result.showsApproximate
                showsUncertain = showsUncertain || result.showsUncertain
                uncertainHatch = uncertainHatch ?? result.uncertainHatch
            }
            switch layer.symbolizer {
            case .background: break
            case .fill(let fill):
                try record(geometry.draw(layer, fill: fill, features: features))
            case .line(let line):
                record(geometry.draw(layer, line: line, features: features))
            case .circle(let circle):
                markers += MarkerCollection(frame: frame).collect(layer, circle: circle, features: features)
            case .icon(let icon):
                let requests = IconCollection(frame: frame).collect(layer, icon: icon, features: features)
                iconRequests += requests
                if requests.contains(where: \.event.isApproximate) { showsApproximate = true }
            case .text(let text):
                labelLayers.append((layer, text, features))
            }
        }
        if lastZoneLayer == nil, !highlights.items.isEmpty {
            items += highlights.items
            noteDrawn(HighlightDrawing.layerID)
        }
        labelRequests += highlights.labels
        let markerRadii = Dictionary(markers.map { ($0.id, $0.box.width / 2) }, uniquingKeysWith: { first, _ in first })
        let labelCollection = LabelCollection(
            frame: frame, names: options.names, catalog: catalog, region: region, markerRadii: markerRadii)
        for (layer, text, features) in labelLayers {
            let result = try labelCollection.collect(layer, text: text, features: features)
            labelRequests += result.requests
            showsApproximate = showsApproximate || result.showsApproximate
        }

        let declutter = MarkerDeclutter(frame: frame).kept(markers)
        for (marker, other) in declutter.leftOut {
            logger.debug("marker of \(marker.id) left out: it would cover the marker of \(other)")
        }
        var keptMarkers = declutter.kept
        let orderedIcons = IconCollection.ordered(iconRequests)
        let title = catalog.text(
            .titleFormat,
            ["title": options.title ?? region.title.text(in: catalog.language), "date": wording.longDate(snapshot.day)])
        let subtitle = options.subtitle ?? wording.subtitle(for: snapshot, events: dataset.features(in: .events))
        let legendBuilder = LegendBuilder(
            layers: bound.layers, catalog: catalog, eventWording: wording, furniture: style.furniture)
        var eventKinds: [EventSymbols.Symbol] = []
        for request in orderedIcons where !eventKinds.contains(where: { $0.kind == request.event.kind }) {
            eventKinds.append(style.eventSymbols.symbol(for: request.event.kind))
        }
        func legend(markersKept: [Marker]) -> [LegendLine] {
            legendBuilder.lines(
                for: LegendBuilder.Drawn(
                    layerIDs: drawn.union(markersKept.map(\.layerID)), firstFeatures: firstFeatures,
                    eventKinds: eventKinds,
                    highlightLegend: options.highlights.isEmpty
                        ? nil : options.highlightLegend ?? catalog.text(.legendGroupChange),
                    highlightStyle: (
                        style.furniture.highlightFillColor, style.furniture.highlightHatch,
                        style.furniture.highlightColor
                    ),
                    showsApproximate: showsApproximate, showsUncertain: showsUncertain, uncertainHatch: uncertainHatch))
        }

        var collisions = CollisionIndex(bounds: frame.bounds)
        var legendLines = legend(markersKept: keptMarkers)
        var furniture = FurnitureLayout.Output()
        if options.drawsFurniture {
            let kit = FurnitureKit(measurer: measurer, style: style.furniture, scale: frame.furnitureScale)
            // The legend lists only what is drawn, and a marker under a panel is not drawn: lay out, drop the
            // covered markers, and lay out again until nothing changes (the legend only shrinks).
            while true {
                let input = try furnitureInput(
                    frame: frame, snapshot: snapshot, dataset: dataset, title: title, subtitle: subtitle,
                    legend: legendLines,
                    icons: orderedIcons, wording: wording)
                furniture = FurnitureLayout(input: input, kit: kit, catalog: catalog).build()
                let covered = keptMarkers.filter { marker in
                    furniture.boxes.values.contains { $0.intersects(marker.box) }
                }
                guard !covered.isEmpty else { break }
                let coveredIDs = Set(covered.map(\.id))
                keptMarkers.removeAll { coveredIDs.contains($0.id) }
                legendLines = legend(markersKept: keptMarkers)
            }
            for (name, box) in furniture.boxes.sorted(by: { $0.key < $1.key }) {
                collisions.insert(box, .furniture(name))
            }
        }
        for marker in keptMarkers {
            collisions.insert(marker.box, .marker(marker.id))
            items.append(marker.item)
        }
        for layerID in keptMarkers.map(\.layerID) { noteDrawn(layerID) }
        let icons = IconPlacement(symbols: style.eventSymbols).place(orderedIcons, into: &collisions)
        for id in icons.unplaced { logger.warning("no room for the icon of event \(id)") }
        let dropped = Set(markers.map(\.id)).subtracting(keptMarkers.map(\.id))
        let labels = try LabelPlacement(frame: frame, measurer: measurer).place(
            labelRequests, droppedMarkerIDs: dropped, into: &collisions)
        if !labels.unplaced.isEmpty {
            logger.info(
                "\(labels.unplaced.count) labels could not be placed without overlap: \(labels.unplaced.joined(separator: ", "))"
            )
        }
        for id in icons.drawnLayerIDs + labels.drawnLayerIDs { noteDrawn(id) }
        let layerOrder = bound.layers.map(\.id) + [HighlightDrawing.layerID]
        var metadata = SceneMetadata(
            title: title, description: subtitle, source: region.attribution.text(in: catalog.language),
            date: snapshot.day.description,
            dataVersion: "\(region.id) \(region.version), data as of \(region.asOf)")
        // A map with furniture is an image people see on its own, so it gets alt text; a tile is a piece of a map, never seen alone.
        if options.drawsFurniture {
            var description = try MapDescriber(catalog: catalog, region: region).describe(
                snapshot, dataset: dataset, legend: legendLines, extent: frame.visibleBox, names: options.names)
            description.highlights = options.highlights.map { $0.lines.joined(separator: ", ") }
            description.highlightTitle = options.highlightLegend ?? catalog.text(.legendGroupChange)
            let altText = description.altText(catalog)
            metadata.altText = altText
            metadata.description = altText.short
        }
        return Scene(
            width: options.width, height: options.height, viewport: frame.viewport, background: style.backgroundColor,
            items: items + icons.items + labels.items + furniture.items,
            drawnLayerIDs: layerOrder.filter(drawn.contains),
            drawnEventKinds: icons.drawnKinds, legend: legendLines, placedLabels: labels.placed,
            unplacedLabels: labels.unplaced,
            showsApproximateFeatures: showsApproximate, showsUncertainDates: showsUncertain,
            furnitureBoxes: furniture.boxes,
            scaleBar: furniture.scaleBar, title: title, subtitle: subtitle, metadata: metadata)
    }

    /// What the furniture shows: the legend and the events of the day in the map's language, the footer's
    /// sources and data line, and the inset's countries.
    func furnitureInput(
        frame: MapFrame, snapshot: Snapshot, dataset: Dataset, title: String, subtitle: String, legend: [LegendLine],
        icons: [IconRequest],
        wording: EventWording
    ) throws -> FurnitureInput {
        let catalog = options.catalog, region = snapshot.region
        let rows = icons.enumerated().map { index, request in
            EventRow(
                number: String(index + 1),
                when: wording.when(request.event, isRecent: request.isRecent, on: snapshot.day),
                title: wording.titleWithAttribution(request.event), isRecent: request.isRecent,
                symbol: style.eventSymbols.symbol(for: request.event.kind))
        }
        // Events whose sources give no place are listed after the numbered ones, without a number.
        let unlocated = snapshot.allEvents.filter { $0.geometry == nil }.map { event in
            EventRow(
                number: "", when: wording.when(event, isRecent: event.eventDate != snapshot.day, on: snapshot.day),
                title: wording.titleWithAttribution(event) + " " + catalog.text(.eventsNoPlace),
                isRecent: event.eventDate != snapshot.day, symbol: style.eventSymbols.symbol(for: event.kind))
        }
        let heading: String
        if snapshot.events.isEmpty {
            heading = catalog.text(.eventsHeadingBefore, ["count": String(snapshot.eventsWindowDays)])
        } else {
            heading = catalog.text(icons.contains(where: \.isRecent) ? .eventsHeadingDayAndBefore : .eventsHeadingDay)
        }
        var dataLine = catalog.text(
            .footerLine,
            [
                "region": region.id, "version": region.version, "date": wording.longDate(region.asOf),
                "names": options.names.legendText(catalog),
            ])
        if snapshot.isBeyondAsOf { dataLine += " \u{00B7} " + catalog.text(.footerLastKnownState) }
        let inset = try LocatorCountries(region: region, base: dataset.features(in: .base)).countries(options.locator)
        return FurnitureInput(
            frame: frame, title: title, subtitle: subtitle, legend: legend, drawsLegend: options.drawsLegend,
            namesLine: options.names.legendText(catalog), eventsHeading: heading, eventRows: rows + unlocated,
            sources: catalog.text(.footerSources, ["attribution": region.attribution.text(in: catalog.language)]),
            dataLine: dataLine,
            inset: inset.countries.isEmpty
                ? nil
                : LocatorInset.Input(
                    countries: inset.countries, caption: region.insetTitle?.text(in: catalog.language), box: inset.box)
        )
    }
}
