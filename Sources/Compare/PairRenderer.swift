import Canvas
import Chronology
import Foundation
import GeoJSON
import Geodesy
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

/// Draws a before/after pair on one extent and one style: `before.png` and `after.png` (identical world
/// files), `pair.png` (both, one shared legend, both dates in large type, what changed hands hatched and
/// labelled with its area on the after side), `changes.geojson` and a self-contained `compare.html`.
public struct PairRenderer: Sendable {
    public let renderer: MapRenderer

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
        let width = box.northEast.longitude - box.southWest.longitude, height = box.northEast.latitude - box.southWest.latitude
        // Context: a third of the larger side around the changes, and never narrower than 0.8°, so that
        // the nearest towns and the line around the change are on the map too.
        let margin = max(max(width, height) / 3, (0.8 - min(width, height)) / 2, 0.15)
        return BoundingBox(southWest: Position(longitude: box.southWest.longitude - margin, latitude: box.southWest.latitude - margin),
                           northEast: Position(longitude: box.northEast.longitude + margin, latitude: box.northEast.latitude + margin))
    }

    static func controllerName(_ controller: Controller) -> String {
        switch controller {
        case .artsakh: "Artsakh"
        case .azerbaijan: "Azerbaijan"
        case .contested: "Contested"
        }
    }

    /// Compares two days and writes the five outputs into `folder`.
    /// - Parameters:
    ///   - options: size, names, layers and (optionally) the extent; the same for both maps.
    /// - Throws: `RenderError`, `DateError`, or GEOS errors.
    public func compare(_ dataset: Dataset, before: Day, after: Day, eventsWindowDays: Int, options: SceneOptions, scale: Double,
                        layout: PairLayout, folder: String) throws -> Output {
        let beforeSnapshot = try dataset.snapshot(on: before, eventsWindowDays: eventsWindowDays)
        let afterSnapshot = try dataset.snapshot(on: after, eventsWindowDays: eventsWindowDays)
        let changes = try ChangeSet.between(beforeSnapshot, afterSnapshot, places: dataset.features(in: .places))
        let extent = options.bbox ?? Self.extent(for: changes, region: dataset.region)

        var beforeOptions = options
        beforeOptions.bbox = extent
        var afterOptions = beforeOptions
        afterOptions.highlights = changes.areas.map { change in
            HighlightArea(geometry: change.geometry, lines: ["\(Self.controllerName(change.from)) \u{2192} \(Self.controllerName(change.to))", AreaText.squareKilometres(change.areaKm2)])
        }
        afterOptions.highlightLegend = "Changed hands since \(before.longDescription)"
        let beforeScene = try renderer.scene(of: beforeSnapshot, dataset: dataset, options: beforeOptions)
        let afterScene = try renderer.scene(of: afterSnapshot, dataset: dataset, options: afterOptions)

        var files: [String] = []
        for (name, scene) in [("before.png", beforeScene), ("after.png", afterScene)] {
            let path = folder + "/" + name
            try renderer.write(scene, to: path, format: .png, scale: scale)
            files += [path, GeoReference.worldFilePath(forImage: path), path + ".aux.xml"]
        }

        var panelBefore = beforeOptions, panelAfter = afterOptions
        panelBefore.drawsLegend = false
        panelAfter.drawsLegend = false
        let pair = try pairImage(before: try renderer.scene(of: beforeSnapshot, dataset: dataset, options: panelBefore),
                                 after: try renderer.scene(of: afterSnapshot, dataset: dataset, options: panelAfter),
                                 legend: beforeScene.legend + afterScene.legend, changes: changes, layout: layout, scale: scale)
        let pairPath = folder + "/pair.png"
        do { try AtomicFile.write(pair, to: pairPath) } catch { throw RenderError.write(error.description) }
        files.append(pairPath)

        let changesPath = folder + "/changes.geojson"
        do { try AtomicFile.write(GeoJSONWriter().data(for: changes.featureCollection), to: changesPath) } catch { throw RenderError.write(error.description) }
        files.append(changesPath)

        let htmlPath = folder + "/compare.html"
        let page = ComparisonPage.html(before: try renderer.pngData(of: beforeScene, scale: scale), after: try renderer.pngData(of: afterScene, scale: scale),
                                       beforeDay: before, afterDay: after, changes: changes, region: dataset.region)
        do { try AtomicFile.write(Data(page.utf8), to: htmlPath) } catch { throw RenderError.write(error.description) }
        files.append(htmlPath)
        return Output(changes: changes, files: files, extent: extent, beforeScene: beforeScene, afterScene: afterScene)
    }

    /// The two maps side by side (or stacked) under a band with both dates, above one shared legend.
    func pairImage(before: Scene, after: Scene, legend: [LegendLine], changes: ChangeSet, layout: PairLayout, scale: Double) throws(RenderError) -> Data {
        let style = renderer.style
        let gap = 16.0
        let bandHeight = 64.0
        let mapsWidth = layout == .horizontal ? before.width * 2 + gap : before.width
        let mapsHeight = layout == .horizontal ? before.height : before.height * 2 + gap
        var summary = changes.areas.map { "\(Self.controllerName($0.from)) \u{2192} \(Self.controllerName($0.to)): \(AreaText.squareKilometres($0.areaKm2))" }.joined(separator: "; ")
        summary = changes.isEmpty ? "Nothing changed hands between the two dates." : "Hatched on the right: changed hands \u{2014} " + summary
        if changes.areas.count > 1 { summary += "; total \(AreaText.squareKilometres(changes.totalKm2))" }
        let sheet = LegendSheet.layout(legend, width: mapsWidth, origin: PixelPoint(x: 0, y: bandHeight + mapsHeight + gap),
                                       style: style, measurer: renderer.measurer, note: summary)
        let totalHeight = bandHeight + mapsHeight + gap + sheet.height
        let ink = style.furnitureColor("text-color", default: .black)
        var items = sheet.items
        let dateSize = 34.0
        let origins: [PixelPoint] = layout == .horizontal
            ? [PixelPoint(x: 0, y: bandHeight), PixelPoint(x: before.width + gap, y: bandHeight)]
            : [PixelPoint(x: 0, y: bandHeight), PixelPoint(x: 0, y: bandHeight + before.height + gap)]
        let labels = ["Before: " + changes.before.longDescription, "After: " + changes.after.longDescription]
        for (index, label) in labels.enumerated() {
            let metrics = renderer.measurer.measure(label, fontRole: "bold", size: dateSize)
            let x: Double, baseline: Double
            if layout == .horizontal {
                x = origins[index].x + (before.width - metrics.advance) / 2
                baseline = bandHeight - 18
            } else {
                // Stacked: both dates in the band, before on the left and after on the right.
                x = index == 0 ? 16 : mapsWidth - metrics.advance - 16
                baseline = bandHeight - 18
            }
            items.append(.text(.init(string: label, origin: PixelPoint(x: x, y: baseline), fontRole: "bold", size: dateSize, color: ink, halo: nil,
                                     haloWidth: 0, box: metrics.inkBox.offsetBy(dx: x, dy: baseline), layerID: "furniture:pair")))
        }
        let frame = Scene.sheet(width: mapsWidth, height: totalHeight, background: .white, items: items, viewport: before.viewport)
        let surface = try RenderError.drawing { () throws(CanvasError) in try Surface(width: Int(mapsWidth), height: Int(totalHeight.rounded(.up)), scale: scale) }
        try renderer.paint(frame, on: surface)
        for (scene, origin) in zip([before, after], origins) {
            let image = try renderer.image(of: scene, scale: scale)
            try RenderError.drawing { () throws(CanvasError) in try surface.draw(image, at: CanvasPoint(x: origin.x, y: origin.y)) }
        }
        var options = MapRenderer.pngOptions(for: after, scale: scale)
        options.textChunks = [PNGOptions.TextChunk(key: "Title", value: "\(labels[0]) / \(labels[1])"),
                              PNGOptions.TextChunk(key: "Description", value: summary),
                              PNGOptions.TextChunk(key: "Source", value: after.metadata.first { $0.0 == "Source" }?.1 ?? "")]
        return try RenderError.drawing { () throws(CanvasError) in try surface.pngData(options: options) }
    }
}
