import Canvas
import Changes
import Chronology
import Description
import Foundation
import GeoJSON
import Projection
import Render
import Scene
import Style
import Support

/// How the two maps of a pair sit.
public enum PairLayout: String, Sendable, CaseIterable {
    case horizontal
    case vertical
}

/// Draws a before/after pair on one extent and one style: `before.png` and `after.png` (identical world files),
/// `pair.png` (both, one shared legend, both dates in large type, what changed hands hatched and labelled with its
/// area on the after side), `changes.geojson` and a self-contained `compare.html`.
public struct PairRenderer: Sendable {
    public let renderer: MapRenderer

    /// - Parameter renderer: builds and paints the scenes.
    public init(renderer: MapRenderer) { self.renderer = renderer }

    /// What a comparison wrote.
    public struct Output: Sendable {
        public var changes: ChangeSet
        public var files: [String]
        /// The extent both maps show.
        public var extent: BoundingBox
        public var beforeScene: Scene
        public var afterScene: Scene
    }

    /// The default extent: the changes with context around them, or the region's extent when nothing changed.
    public static func extent(for changes: ChangeSet, region: Region) -> BoundingBox {
        guard let box = changes.boundingBox else { return region.extent }
        let width = box.northEast.longitude - box.southWest.longitude,
            height = box.northEast.latitude - box.southWest.latitude
        // Context: a third of the larger side around the changes, and never narrower than 0.8°, so that the
        // nearest towns and the line around the change are on the map too.
        let margin = max(max(width, height) / 3, (0.8 - min(width, height)) / 2, 0.15)
        return BoundingBox(
            southWest: Position(longitude: box.southWest.longitude - margin, latitude: box.southWest.latitude - margin),
            northEast: Position(longitude: box.northEast.longitude + margin, latitude: box.northEast.latitude + margin))
    }

    /// Compares two days and writes the five outputs into `folder`.
    /// - Parameters:
    ///   - options: size, names, layers, language and (optionally) the extent; the same for both maps.
    /// - Throws: `RenderError`, `DateError`, `TemplateError` or GEOS errors.
    public func compare(
        _ dataset: Dataset, before: Day, after: Day, eventsWindowDays: Int, options: SceneOptions, scale: Double,
        layout: PairLayout,
        folder: String
    ) throws -> Output {
        let beforeSnapshot = try dataset.snapshot(on: before, eventsWindowDays: eventsWindowDays)
        let afterSnapshot = try dataset.snapshot(on: after, eventsWindowDays: eventsWindowDays)
        let changes = try ChangeSet.between(beforeSnapshot, afterSnapshot, places: dataset.features(in: .places))
        let naming = ControllerNaming(region: dataset.region, catalog: options.catalog)
        let catalog = options.catalog
        let extent = options.bbox ?? Self.extent(for: changes, region: dataset.region)

        var beforeOptions = options
        beforeOptions.bbox = extent
        var afterOptions = beforeOptions
        afterOptions.highlights = changes.areas.map { change in
            HighlightArea(
                geometry: change.geometry,
                lines: [
                    naming.direction(from: change.from, to: change.to), catalog.area(squareKilometres: change.areaKm2),
                ])
        }
        afterOptions.highlightLegend = catalog.text(
            .legendChangedSince, ["date": catalog.longDate(before)])
        let beforeScene = try renderer.scene(of: beforeSnapshot, dataset: dataset, options: beforeOptions)
        let afterScene = try renderer.scene(of: afterSnapshot, dataset: dataset, options: afterOptions)

        let pngWriter = PNGMapWriter(renderer: renderer)
        var files: [String] = []
        var pngs: [Data] = []
        for (name, scene) in [("before.png", beforeScene), ("after.png", afterScene)] {
            let path = folder + "/" + name
            let data = try pngWriter.pngData(of: scene, scale: scale)
            try RenderError.writing { () throws(AtomicFile.WriteError) in
                try AtomicFile.write(together: PNGMapWriter.files(data, scene: scene, path: path, scale: scale))
            }
            pngs.append(data)
            files += [
                path, GeoReference.worldFilePath(forImage: path), path + ".aux.xml", path + ".txt", path + ".long.txt",
            ]
        }

        var panelBefore = beforeOptions, panelAfter = afterOptions
        panelBefore.drawsLegend = false
        panelAfter.drawsLegend = false
        let pairAltText = try Self.altText(
            before: (beforeSnapshot, beforeScene), after: (afterSnapshot, afterScene), dataset: dataset,
            changes: changes, naming: naming, names: options.names, layout: layout)
        let pair = try pairImage(
            before: try renderer.scene(of: beforeSnapshot, dataset: dataset, options: panelBefore),
            after: try renderer.scene(of: afterSnapshot, dataset: dataset, options: panelAfter),
            legend: beforeScene.legend + afterScene.legend, changes: changes, naming: naming, layout: layout,
            scale: scale, altText: pairAltText)
        let pairPath = folder + "/pair.png"
        let changesPath = folder + "/changes.geojson"
        let htmlPath = folder + "/compare.html"
        let page = try ComparisonPage.html(
            before: pngs[0], after: pngs[1], beforeDay: before, afterDay: after, changes: changes,
            region: dataset.region, naming: naming)
        try RenderError.writing { () throws(AtomicFile.WriteError) in
            try AtomicFile.write(together: [(pairPath, pair)] + pairAltText.files(besideImage: pairPath))
            try AtomicFile.write(GeoJSONWriter().data(for: changes.featureCollection(naming: naming)), to: changesPath)
            try AtomicFile.write(Data(page.utf8), to: htmlPath)
        }
        files += [pairPath, pairPath + ".txt", pairPath + ".long.txt", changesPath, htmlPath]
        return Output(changes: changes, files: files, extent: extent, beforeScene: beforeScene, afterScene: afterScene)
    }

    /// The two maps side by side (or stacked) under a band with both dates, above one shared legend.
    func pairImage(
        before: Scene, after: Scene, legend: [LegendLine], changes: ChangeSet, naming: ControllerNaming,
        layout: PairLayout, scale: Double, altText: AltText? = nil
    ) throws(RenderError) -> Data {
        let style = renderer.style
        let catalog = naming.catalog
        let gap = 16.0
        let bandHeight = 64.0
        let mapsWidth = layout == .horizontal ? before.width * 2 + gap : before.width
        let mapsHeight = layout == .horizontal ? before.height : before.height * 2 + gap
        var summary = changes.areas.map {
            "\(naming.direction(from: $0.from, to: $0.to)): \(catalog.area(squareKilometres: $0.areaKm2))"
        }
        .joined(separator: "; ")
        summary =
            changes.isEmpty
            ? catalog.text(.pairNothingChanged) : catalog.text(.pairHatchedChanges, ["changes": summary])
        if changes.areas.count > 1 {
            summary += "; " + catalog.text(.pairTotal, ["area": catalog.area(squareKilometres: changes.totalKm2)])
        }
        let sheet = LegendSheet.layout(
            legend, width: mapsWidth, origin: PixelPoint(x: 0, y: bandHeight + mapsHeight + gap), style: style,
            measurer: renderer.measurer,
            note: summary)
        let totalHeight = bandHeight + mapsHeight + gap + sheet.height
        let ink = style.furniture.textColor
        var items = sheet.items
        let dateSize = 34.0
        let origins: [PixelPoint] =
            layout == .horizontal
            ? [PixelPoint(x: 0, y: bandHeight), PixelPoint(x: before.width + gap, y: bandHeight)]
            : [PixelPoint(x: 0, y: bandHeight), PixelPoint(x: 0, y: bandHeight + before.height + gap)]
        let labels = [
            catalog.text(.pairBefore, ["date": catalog.longDate(changes.before)]),
            catalog.text(.pairAfter, ["date": catalog.longDate(changes.after)]),
        ]
        for (index, label) in labels.enumerated() {
            let metrics = renderer.measurer.measure(label, fontRole: "bold", size: dateSize)
            let x: Double
            if layout == .horizontal {
                x = origins[index].x + (before.width - metrics.advance) / 2
            } else {
                // Stacked: both dates in the band, before on the left and after on the right.
                x = index == 0 ? 16 : mapsWidth - metrics.advance - 16
            }
            let baseline = bandHeight - 18
            items.append(
                .text(
                    .init(
                        string: label, origin: PixelPoint(x: x, y: baseline), fontRole: "bold", size: dateSize,
                        color: ink,
                        box: metrics.inkBox.offsetBy(dx: x, dy: baseline), layer: .furniture(.pair))))
        }
        let frame = Scene(
            width: mapsWidth, height: totalHeight, viewport: before.viewport, background: .white, items: items)
        let surface = try RenderError.drawing { () throws(CanvasError) in
            try Surface(width: Int(mapsWidth), height: Int(totalHeight.rounded(.up)), scale: scale)
        }
        try renderer.paint(frame, on: surface)
        for (scene, origin) in zip([before, after], origins) {
            let image = try renderer.image(of: scene, scale: scale)
            try RenderError.drawing { () throws(CanvasError) in
                try surface.draw(image, at: CanvasPoint(x: origin.x, y: origin.y))
            }
        }
        var metadata = after.metadata
        metadata.title = "\(labels[0]) / \(labels[1])"
        metadata.description = altText?.short ?? summary
        metadata.altText = altText
        metadata.date = "\(changes.before)/\(changes.after)"
        return try PNGMapWriter(renderer: renderer).pngData(of: surface, metadata: metadata)
    }
}
