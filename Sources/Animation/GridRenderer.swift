import Canvas
import Chronology
import Description
import Foundation
import GeoJSON
import Projection
import Render
import Scene
import Style
import Support

/// Small multiples: the maps of several days side by side on one extent and one scale, each titled with its day
/// and what happened, under one title, with one shared legend (``LegendSheet``) and one footer.
public struct GridRenderer: Sendable {
    public let renderer: MapRenderer

    /// - Parameter renderer: builds and paints the panels.
    public init(renderer: MapRenderer) { self.renderer = renderer }

    /// A grid ready to paint: its furniture as a scene, and each panel's map with where it goes.
    public struct Grid: Sendable {
        /// The title, captions, frames, legend and footer, on the whole image.
        public var frame: Scene
        /// The panels' maps (no furniture), each with its top-left corner on the image.
        public var panels: [(scene: Scene, origin: PixelPoint)]
        /// The layout's columns.
        public var columns: Int
    }

    /// Lays out the grid of `days`.
    /// - Parameters:
    ///   - days: the panels' days, in order.
    ///   - columns: panels per row; nil to choose the layout (columns, and the legend under or beside the panels)
    ///     whose panels are largest and closest to the map's shape.
    ///   - options: the whole image's size, the layers, names and language; the extent (`bbox`), else the union
    ///     of the days' extents.
    ///   - eventsWindowDays: the events window of each panel.
    /// - Throws: `DateError`, `RenderError`.
    public func grid(
        _ dataset: Dataset, days: [Day], columns: Int?, options: SceneOptions, eventsWindowDays: Int
    ) throws -> Grid {
        let catalog = options.catalog, style = renderer.style, furniture = style.furniture
        let extent =
            try options.bbox ?? SeriesExtent.union(of: days, dataset: dataset, eventsWindowDays: eventsWindowDays)
        let snapshots = try days.map { day throws(DateError) in
            try dataset.snapshot(on: day, eventsWindowDays: eventsWindowDays)
        }
        // The layout depends on the legend's size and the legend on what the panels draw: build the panels once
        // at a provisional size to learn the legend, then at their final size.
        var panelOptions = options
        panelOptions.bbox = extent
        panelOptions.drawsFurniture = false
        panelOptions.drawsLegend = false
        let provisional = GridLayout(
            width: options.width, height: options.height, count: days.count,
            columns: columns ?? max(1, Int(Double(days.count).squareRoot().rounded(.up))), furniture: furniture)
        let probe = try panels(snapshots, dataset: dataset, options: panelOptions, size: provisional.panelSize)
        let legendLines = probe.flatMap(\.legend)
        let layout = chooseLayout(
            width: options.width, height: options.height, count: days.count, columns: columns, legend: legendLines,
            mapAspect: Self.aspect(of: extent))
        let size = layout.panelSize
        let scenes =
            size == provisional.panelSize
            ? probe : try panels(snapshots, dataset: dataset, options: panelOptions, size: size)
        var items: [SceneItem] = []
        let text = GridText(measurer: renderer.measurer, furniture: furniture, scale: layout.scale)
        let wording = EventWording(catalog: catalog, region: dataset.region)
        let title = catalog.text(
            .gridTitle,
            [
                "title": options.title ?? dataset.region.title.text(in: catalog.language),
                "from": wording.longDate(days[0]), "to": wording.longDate(days[days.count - 1]),
            ])
        items += text.header(
            title: title, subtitle: catalog.text(.gridSubtitle, ["count": String(days.count)]), layout: layout)
        items += text.scaleBar(
            viewport: scenes[0].viewport, panelHeight: size.height, right: options.width - layout.padding,
            top: layout.headerHeight - layout.subtitleSize * 1.2, catalog: catalog)
        var placed: [(scene: Scene, origin: PixelPoint)] = []
        let events = dataset.features(in: .events)
        for (index, (scene, snapshot)) in zip(scenes, snapshots).enumerated() {
            let cell = layout.cell(index)
            items += text.caption(
                date: wording.longDate(snapshot.day), line: wording.subtitle(for: snapshot, events: events),
                cell: cell, mapTop: cell.y + layout.captionHeight)
            let origin = PixelPoint(x: cell.x, y: cell.y + layout.captionHeight)
            items.append(
                .rect(
                    .init(
                        rect: PixelRect(
                            x: origin.x - 0.5, y: origin.y - 0.5, width: size.width + 1, height: size.height + 1),
                        fill: nil, stroke: furniture.panelBorderColor, strokeWidth: 1, layer: .furniture(.panel))))
            placed.append((scene, origin))
        }
        items +=
            LegendSheet.layout(
                legendLines, width: layout.legendSize.width, origin: layout.legendOrigin, style: style,
                measurer: renderer.measurer
            ).items
        items += text.footer(
            sources: catalog.text(
                .footerSources, ["attribution": dataset.region.attribution.text(in: catalog.language)]),
            dataLine: catalog.text(
                .footerLine,
                [
                    "region": dataset.region.id, "version": dataset.region.version,
                    "date": wording.longDate(dataset.region.asOf),
                ])
                + (scenes.contains(where: \.showsDualNames) ? " \u{00B7} " + options.names.legendText(catalog) : ""),
            layout: layout)
        let altText = try describe(
            dataset, snapshots: snapshots, scenes: scenes, columns: layout.columns, options: options)
        let region = dataset.region
        let metadata = SceneMetadata(
            title: title, description: altText.short, source: region.attribution.text(in: catalog.language),
            date: days.map(\.description).joined(separator: ","),
            dataVersion: "\(region.id) \(region.version), data as of \(region.asOf)", altText: altText)
        let frame = Scene(
            width: options.width, height: options.height, viewport: scenes[0].viewport, background: .white,
            items: items, title: title, metadata: metadata)
        return Grid(frame: frame, panels: placed, columns: layout.columns)
    }

    /// The layout with the largest panels closest to the map's shape, over the columns allowed and the two places
    /// the legend can go (under the panels across the whole width, or beside them in a column).
    func chooseLayout(
        width: Double, height: Double, count: Int, columns: Int?, legend: [LegendLine], mapAspect: Double
    ) -> GridLayout {
        let furniture = renderer.style.furniture
        let scale = GridLayout(width: width, height: height, count: count, columns: 1, furniture: furniture).scale
        // A column beside the panels must hold the widest legend line (LegendSheet's column: swatch, padding, label).
        let widest =
            legend.map { renderer.measurer.measure($0.label, fontRole: "regular", size: furniture.legendSize).advance }
            .max() ?? 0
        let sideWidth = max(GridLayout.sideLegendWidth(imageWidth: width, scale: scale), widest + 26 + 12 * 3.2)
        func sheet(_ sheetWidth: Double) -> (width: Double, height: Double) {
            let height = LegendSheet.layout(
                legend, width: sheetWidth, origin: PixelPoint(x: 0, y: 0), style: renderer.style,
                measurer: renderer.measurer
            ).height
            return (sheetWidth, height)
        }
        let sheets: [(GridLayout.LegendPlacement, (width: Double, height: Double))] =
            [
                (.bottom, sheet(width))
            ] + (sideWidth <= width * 0.4 ? [(.right, sheet(sideWidth))] : [])
        var best: GridLayout?
        for (placement, sheetSize) in sheets {
            for candidate in columns.map({ [$0] }) ?? Array(1...max(1, count)) {
                let layout = GridLayout(
                    width: width, height: height, count: count, columns: candidate, furniture: furniture,
                    legendPlacement: placement, legendSize: sheetSize)
                guard layout.fits else { continue }
                if best.map({ layout.score(mapAspect: mapAspect) > $0.score(mapAspect: mapAspect) }) ?? true {
                    best = layout
                }
            }
        }
        return best
            ?? GridLayout(
                width: width, height: height, count: count, columns: columns ?? 1, furniture: furniture,
                legendPlacement: .bottom, legendSize: sheets[0].1)
    }

    /// Width over height of a box in Web Mercator, the shape a map of it takes.
    static func aspect(of box: BoundingBox) -> Double {
        let projected = WebMercator.project(box)
        return projected.height > 0 ? projected.width / projected.height : 1
    }

    /// The panels' maps, without furniture and without the numbers on event icons (no panel lists its events by
    /// number; the caption says what happened). Their labels are placed once for the series (``SeriesLabels``),
    /// then the panels are built in parallel (one scene per core at a time).
    func panels(
        _ snapshots: [Snapshot], dataset: Dataset, options: SceneOptions, size: (width: Double, height: Double)
    ) throws -> [Scene] {
        var sized = options
        sized.width = size.width
        sized.height = size.height
        let options = sized
        let renderer = self.renderer
        let labels = try SeriesLabels(
            count: snapshots.count, snapshot: { snapshots[$0] }, dataset: dataset, options: options,
            renderer: renderer)
        let results = Array(snapshots.indices).concurrentMap { index in
            Result { () throws(RenderError) -> Scene in
                try renderer.scene(of: snapshots[index], dataset: dataset, options: labels.options(options, at: index))
            }
        }
        return try results.map { result in
            var scene = try result.get()
            scene.items = scene.items.map { item in
                guard case .icon(var icon) = item else { return item }
                icon.badge = nil
                return .icon(icon)
            }
            return scene
        }
    }

    /// The grid in words: the days, each side's area on the first and the last, every panel's areas and events.
    func describe(
        _ dataset: Dataset, snapshots: [Snapshot], scenes: [Scene], columns: Int, options: SceneOptions
    ) throws(DateError) -> AltText {
        let catalog = options.catalog
        let describer = MapDescriber(catalog: catalog, region: dataset.region)
        var frames: [SeriesDescription.Frame] = []
        for (snapshot, scene) in zip(snapshots, scenes) {
            let map = try describer.describe(
                snapshot, dataset: dataset, legend: scene.legend, extent: scene.viewport.geographicBox,
                names: options.names, showsNamesLine: scene.showsDualNames)
            frames.append(
                SeriesDescription.Frame(
                    shortDate: catalog.shortDate(month: snapshot.day.month, day: snapshot.day.day), map: map))
        }
        return SeriesDescription(
            title: dataset.region.title.text(in: catalog.language), form: .grid(columns: columns), frames: frames
        ).altText(catalog)
    }
}
