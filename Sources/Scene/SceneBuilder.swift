import Chronology
import Foundation
import GeoJSON
import Geodesy
import Logging
import Projection
import Style
import Topology

/// Turns the state on a day into a scene: projects every feature, styles it by the style's layers,
/// places every label through one collision index, and lays out the map furniture.
///
/// The steps, in order:
/// 1. the viewport (the region's extent fitted beside the title and footer, or `bbox`);
/// 2. geometry of every style layer (fills, lines, markers), noting which layers drew something;
/// 3. the furniture (title, legend built from what was drawn, events list, inset, scale bar,
///    footer), whose boxes go into the collision index first;
/// 4. markers and event icons, which labels must not cover;
/// 5. labels, in priority order, each trying its candidate positions until one is free.
public struct SceneBuilder {
    public var style: Style
    public var options: SceneOptions
    let measurer: any TextMeasurer
    let logger = Logger(label: "chronomap.scene")

    public init(style: Style, options: SceneOptions, measurer: any TextMeasurer) {
        self.style = style
        self.options = options
        self.measurer = measurer
    }

    /// Builds the scene of a snapshot.
    /// - Parameters:
    ///   - snapshot: the state on the day.
    ///   - dataset: the data set (for the latest event before the day, and the region).
    /// - Throws: `TopologyError` if GEOS fails on a zone.
    public func build(_ snapshot: Snapshot, dataset: Dataset) throws -> Scene {
        var state = BuildState(builder: self, snapshot: snapshot, dataset: dataset)
        return try state.run()
    }

    /// A sentence on what happened on the day, for the subtitle: the day's most significant events
    /// (an offensive or ceasefire before a mine incident), or the latest event before it.
    public static func subtitle(for snapshot: Snapshot, dataset: Dataset) -> String {
        // Events that start on the day come first; one that merely spans it ("war begins" on its 24th day) last.
        func key(_ event: DatedFeature) -> (Int, Int, String, String) {
            (event.eventDate == snapshot.day ? 0 : 1, significance(event.kind), event.string("time") ?? "99:99", event.id)
        }
        let today = snapshot.events.sorted { key($0) < key($1) }
        var sentence: String
        if !today.isEmpty {
            let titles = today.prefix(2).map { event -> String in
                var title = event.string("title") ?? event.id
                if let start = event.eventDate, start < snapshot.day {
                    title += " (since \(start.longDescription))"
                } else if let time = event.string("time") {
                    title += " (\(time))"
                }
                return title + claimSuffix(event, title: title)
            }
            sentence = titles.joined(separator: "; ") + (today.count > 2 ? "; \(today.count - 2) more below" : "")
        } else if let latest = dataset.features(in: .events).filter({ ($0.eventDate ?? snapshot.day) < snapshot.day })
            .max(by: { ($0.eventDate!, $0.id) < ($1.eventDate!, $1.id) }) {
            sentence = "Control as on this day. Latest recorded event: \(latest.string("title") ?? latest.id) (\(latest.eventDate!.longDescription))"
        } else {
            sentence = "Control as on this day"
        }
        if snapshot.isBeyondAsOf { sentence += ". Last known state: data as of \(snapshot.region.asOf.longDescription)" }
        return sentence
    }

    /// " (per Azerbaijan)" when the event is one side's claim and its title does not say so already.
    public static func claimSuffix(_ event: DatedFeature, title: String) -> String {
        guard let claim = event.claimAttribution, !title.lowercased().contains("per ") else { return "" }
        return " (\(claim))"
    }

    /// Lower is more significant, for choosing what the subtitle names.
    static func significance(_ kind: String) -> Int {
        ["offensive", "ceasefire", "agreement", "handover", "capture", "decree", "declaration", "flag", "blockade", "closure",
         "checkpoint", "exodus", "withdrawal", "explosion", "strike", "clash", "mine", "aid"].firstIndex(of: kind) ?? 99
    }
}

/// The working state of one build.
struct BuildState {
    let builder: SceneBuilder
    let snapshot: Snapshot
    let dataset: Dataset
    var style: Style { builder.style }
    var options: SceneOptions { builder.options }

    let viewport: Viewport
    let visibleBox: BoundingBox
    let furnitureScale: Double
    /// Labels, markers and icons shrink on small maps, but never below 70% (legibility).
    let symbolScale: Double
    let headerHeight: Double
    let footerHeight: Double

    var items: [SceneItem] = []
    var labelItems: [SceneItem] = []
    var drawnLayerIDs: [String] = []
    var drawnEventKinds: [String] = []
    var collisions: CollisionIndex
    var placedLabels: [PlacedLabel] = []
    var unplacedLabels: [String] = []
    var showsApproximate = false
    var labelCandidates: [LabelRequest] = []
    var markers: [Marker] = []
    var keptMarkers: [Marker] = []
    var iconRequests: [IconRequest] = []
    var furnitureBoxes: [String: PixelRect] = [:]
    var legend: [LegendLine] = []

    init(builder: SceneBuilder, snapshot: Snapshot, dataset: Dataset) {
        self.builder = builder
        self.snapshot = snapshot
        self.dataset = dataset
        let options = builder.options
        let k = min(max(min(options.width / 1600, options.height / 1200), 0.55), 1.25)
        furnitureScale = k
        symbolScale = min(max(k, 0.7), 1.25)
        let titleSize = builder.style.furnitureNumber("title-size", default: 30) * k
        let subtitleSize = builder.style.furnitureNumber("subtitle-size", default: 16) * k
        let footerSize = builder.style.furnitureNumber("footer-size", default: 11) * k
        headerHeight = options.drawsFurniture ? (titleSize * 1.3 + subtitleSize * 1.45 * 2 + 22 * k) : 0
        // Three lines: the sources (wrapped to two, never cut) and the data version.
        footerHeight = options.drawsFurniture ? footerSize * 3 * 1.35 + 8 * k : 0
        viewport = options.viewport ?? Viewport(fitting: options.bbox ?? snapshot.region.extent, width: options.width, height: options.height,
                                                margins: EdgeInsets(top: headerHeight, left: 0, bottom: footerHeight, right: 0))
        visibleBox = viewport.geographicBox
        collisions = CollisionIndex(bounds: PixelRect(x: 0, y: 0, width: options.width, height: options.height))
    }

    mutating func run() throws -> Scene {
        // Highlights go over the zones and their overlays, under lines, markers and labels: right after the
        // style's last layer that paints zones, wherever the style puts it.
        let lastZoneLayer = style.layers.lastIndex { $0.source == "zones" && $0.type != .symbol }
        for (index, layer) in style.layers.enumerated() {
            if layer.isVisible(atZoom: viewport.zoom) { try draw(layer) }
            if index == lastZoneLayer { drawHighlights() }
        }
        if lastZoneLayer == nil { drawHighlights() }
        let title = (options.title ?? snapshot.region.title) + " \u{2014} " + snapshot.day.longDescription
        let subtitle = options.subtitle ?? SceneBuilder.subtitle(for: snapshot, dataset: dataset)
        declutterMarkers()
        var furnitureItems: [SceneItem] = []
        var scaleBar: (kilometres: Double, pixels: Double)?
        if options.drawsFurniture {
            // The legend lists only what is drawn, and a marker under a panel is not drawn: lay out,
            // drop the covered markers, and lay out again until nothing changes (the legend only shrinks).
            var covered = Set<String>()
            while true {
                var layout = FurnitureLayout(state: self, title: title, subtitle: subtitle, markerLayerIDs: markerLayerIDs(excluding: covered))
                let items = layout.build()
                let nowCovered = Set(keptMarkers.filter { marker in layout.boxes.values.contains { $0.intersects(marker.box) } }.map(\.id))
                if nowCovered == covered {
                    furnitureItems = items
                    furnitureBoxes = layout.boxes
                    legend = layout.legend
                    scaleBar = (layout.scaleBarKilometres, layout.scaleBarPixels)
                    break
                }
                covered = nowCovered
            }
            keptMarkers.removeAll { covered.contains($0.id) }
            for (name, box) in furnitureBoxes.sorted(by: { $0.key < $1.key }) { collisions.insert(box, .furniture(name)) }
        }
        for marker in keptMarkers {
            collisions.insert(marker.box, .marker(marker.id))
            items.append(marker.item)
        }
        let drawnMarkerLayers = markerLayerIDs(excluding: [])
        placeIcons()
        placeLabels()
        let drawn = Set(drawnLayerIDs).union(drawnMarkerLayers)
        let metadata = [
            ("Title", title),
            ("Description", subtitle),
            ("Source", snapshot.region.attribution),
            ("Date", snapshot.day.description),
            ("Data version", "\(snapshot.region.id) \(snapshot.region.version), data as of \(snapshot.region.asOf)"),
            ("Software", "Chronomap"),
        ]
        return Scene(width: options.width, height: options.height, viewport: viewport, background: style.backgroundColor,
                     items: items + labelItems + furnitureItems, drawnLayerIDs: style.layers.map(\.id).filter(drawn.contains),
                     drawnEventKinds: drawnEventKinds, legend: legend, placedLabels: placedLabels, unplacedLabels: unplacedLabels,
                     showsApproximateFeatures: showsApproximate, furnitureBoxes: furnitureBoxes, scaleBar: scaleBar,
                     title: title, subtitle: subtitle, metadata: metadata)
    }

    // MARK: Features of a layer

    /// A feature with the synthetic properties filters may use: `chronomap:recent` for events of the window.
    struct Candidate {
        var feature: DatedFeature
        var isRecent: Bool
    }

    func candidates(for layer: StyleLayer) -> [Candidate] {
        guard let sourceName = layer.source, let source = Layer(rawValue: sourceName) else { return [] }
        if let chosen = options.layers, !chosen.contains(source) { return [] }
        var list = snapshot.features(in: source).map { Candidate(feature: $0, isRecent: false) }
        if source == .events { list += snapshot.recentEvents.map { Candidate(feature: $0, isRecent: true) } }
        return list.filter { candidate in
            guard let geometry = candidate.feature.geometry, let box = geometry.boundingBox, box.intersects(visibleBox) else { return false }
            guard let filter = layer.filter else { return true }
            let properties = candidate.feature.feature.properties
            let geometryType = Self.simpleType(geometry)
            return filter.matches { key in
                switch key {
                case "$type": .string(geometryType)
                case "chronomap:recent": .bool(candidate.isRecent)
                default: properties?[key]
                }
            }
        }
    }

    static func simpleType(_ geometry: Geometry) -> String {
        switch geometry {
        case .point, .multiPoint: "Point"
        case .lineString, .multiLineString: "LineString"
        case .polygon, .multiPolygon: "Polygon"
        case .geometryCollection: "GeometryCollection"
        }
    }

    func pixel(_ position: Position) -> PixelPoint {
        let point = viewport.pixel(position)
        return PixelPoint(x: point.x, y: point.y)
    }

    func project(_ positions: [Position]) -> [PixelPoint] {
        // Consecutive positions closer than a tenth of a pixel add nothing but work.
        var points: [PixelPoint] = []
        points.reserveCapacity(positions.count)
        for position in positions {
            let point = pixel(position)
            if let last = points.last, abs(last.x - point.x) < 0.1, abs(last.y - point.y) < 0.1 { continue }
            points.append(point)
        }
        if let first = positions.first, positions.count > 1, let last = positions.last, first == last, let start = points.first, points.last != start {
            points.append(start)
        }
        return points
    }

    mutating func noteDrawn(_ layer: StyleLayer) {
        if !drawnLayerIDs.contains(layer.id) { drawnLayerIDs.append(layer.id) }
    }

    mutating func draw(_ layer: StyleLayer) throws {
        if layer.type == .background {
            items.append(.rect(.init(rect: PixelRect(x: 0, y: 0, width: options.width, height: options.height),
                                     fill: layer.color("background-color") ?? .white, stroke: nil, strokeWidth: 0, dash: [], hatch: nil)))
            return
        }
        let features = candidates(for: layer)
        guard !features.isEmpty else { return }
        switch layer.type {
        case .background: break
        case .fill: drawFills(layer, features)
        case .line: drawLines(layer, features)
        case .circle: collectMarkers(layer, features)
        case .symbol:
            if layer.string("icon-image") != nil {
                collectIcons(layer, features)
            } else {
                try collectLabels(layer, features)
            }
        }
    }

    mutating func drawFills(_ layer: StyleLayer, _ features: [Candidate]) {
        let opacity = layer.number("fill-opacity", default: 1)
        let color = (layer.color("fill-color") ?? .black).withAlpha((layer.color("fill-color")?.alpha ?? 1) * opacity)
        var hatch: SceneItem.Fill.Hatch?
        if let hatchColor = layer.color("chronomap-hatch-color") {
            hatch = .init(color: hatchColor, spacing: layer.number("chronomap-hatch-spacing", default: 8),
                          angleDegrees: layer.number("chronomap-hatch-angle", default: 45), width: layer.number("chronomap-hatch-width", default: 1.5))
        }
        let approximateDash = layer.numbers("chronomap-approximate-dasharray")
        for candidate in features {
            let polygons = candidate.feature.geometry!.polygons.map { $0.map(project) }
            guard !polygons.isEmpty else { continue }
            items.append(.fill(.init(polygons: polygons, color: color, hatch: hatch, layerID: layer.id)))
            if let outline = layer.color("fill-outline-color") {
                let dash = candidate.feature.isApproximate ? approximateDash : []
                if candidate.feature.isApproximate && !approximateDash.isEmpty { showsApproximate = true }
                items.append(.stroke(.init(paths: polygons.flatMap { $0 }, isClosed: true, color: outline,
                                           width: layer.number("chronomap-outline-width", default: 1), dash: dash,
                                           casing: nil, arrowhead: false, roundCaps: true, layerID: layer.id)))
            }
        }
        noteDrawn(layer)
    }

    mutating func drawLines(_ layer: StyleLayer, _ features: [Candidate]) {
        let baseColor = layer.color("line-color") ?? .black
        let opacity = layer.number("line-opacity", default: 1)
        let recentOpacity = layer.number("chronomap-recent-opacity", default: opacity)
        let casingColor = layer.color("chronomap-casing-color")
        for candidate in features {
            let geometry = candidate.feature.geometry!
            let isPolygon = !geometry.polygons.isEmpty
            let paths = isPolygon ? geometry.polygons.flatMap { $0.map(project) } : geometry.lines.map(project)
            guard !paths.isEmpty else { continue }
            let alpha = candidate.isRecent ? recentOpacity : opacity
            if candidate.feature.isApproximate && layer.source == "events" { showsApproximate = true }
            items.append(.stroke(.init(paths: paths, isClosed: isPolygon, color: baseColor.withAlpha(baseColor.alpha * alpha),
                                       width: layer.number("line-width", default: 1), dash: layer.numbers("line-dasharray"),
                                       casing: casingColor.map { ($0.withAlpha($0.alpha * alpha), layer.number("chronomap-casing-width", default: 0)) },
                                       arrowhead: layer.bool("chronomap-arrow", default: false),
                                       roundCaps: layer.string("line-cap", default: "round") == "round", layerID: layer.id)))
        }
        noteDrawn(layer)
    }

    mutating func collectMarkers(_ layer: StyleLayer, _ features: [Candidate]) {
        let radius = layer.number("circle-radius", default: 3) * symbolScale
        let fill = (layer.color("circle-color") ?? .black).withAlpha(layer.number("circle-opacity", default: 1))
        let strokeWidth = layer.number("circle-stroke-width", default: 0) * symbolScale
        for candidate in features {
            guard let position = candidate.feature.geometry?.pointPosition else { continue }
            let center = pixel(position)
            let rank = Int(candidate.feature.number("rank") ?? 5)
            let reach = radius + strokeWidth / 2
            let box = PixelRect(x: center.x - reach, y: center.y - reach, width: 2 * reach, height: 2 * reach)
            let item = SceneItem.circle(.init(center: center, radius: radius, fill: fill, stroke: layer.color("circle-stroke-color"),
                                              strokeWidth: strokeWidth, isSquare: candidate.feature.kind == "capital", layerID: layer.id))
            markers.append(Marker(box: box, rank: rank, id: candidate.feature.id, layerID: layer.id, item: item))
        }
    }

    /// Outlines and hatches the highlight areas, and asks for their labels (before any place label).
    mutating func drawHighlights() {
        guard !options.highlights.isEmpty else { return }
        let ink = StyleColor(red: 0.1, green: 0.1, blue: 0.1)
        for (index, highlight) in options.highlights.enumerated() {
            let polygons = highlight.geometry.polygons.map { $0.map(project) }
            guard !polygons.isEmpty else { continue }
            items.append(.fill(.init(polygons: polygons, color: StyleColor(red: 1, green: 1, blue: 1, alpha: 0.15),
                                     hatch: .init(color: StyleColor(red: 0.1, green: 0.1, blue: 0.1, alpha: 0.55), spacing: 9, angleDegrees: -45, width: 1.2),
                                     layerID: "highlight")))
            items.append(.stroke(.init(paths: polygons.flatMap { $0 }, isClosed: true, color: ink, width: 2.2, dash: [],
                                       casing: (StyleColor.white.withAlpha(0.9), 4.6), arrowhead: false, roundCaps: true, layerID: "highlight")))
            if let anchor = try? interiorAnchor(of: highlight.geometry) {
                labelCandidates.append(LabelRequest(featureID: "highlight-\(index)", lines: highlight.lines, fontRole: "bold", size: 14 * symbolScale,
                                                    color: ink, halo: .white, haloWidth: 2.4 * symbolScale, priority: -10, rank: nil,
                                                    anchor: anchor, layerID: "highlight", isRequired: false))
            }
        }
        if !drawnLayerIDs.contains("highlight") { drawnLayerIDs.append("highlight") }
    }

    /// Markers in rank order; a lower-ranked marker that would sit on a higher-ranked one is left out
    /// (the airport beside Khojaly at this scale), and logged.
    mutating func declutterMarkers() {
        let frame = PixelRect(x: 0, y: 0, width: options.width, height: options.height)
        var kept: [Marker] = []
        for marker in markers.sorted(by: { ($0.rank, $0.id) < ($1.rank, $1.id) }) where frame.contains(marker.box) {
            if let other = kept.first(where: { $0.box.intersects(marker.box) }) {
                builder.logger.debug("marker of \(marker.id) left out: it would cover the marker of \(other.id)")
                continue
            }
            kept.append(marker)
        }
        keptMarkers = kept
    }

    /// The marker layers with at least one kept marker not in `excluded`.
    func markerLayerIDs(excluding excluded: Set<String>) -> Set<String> {
        Set(keptMarkers.filter { !excluded.contains($0.id) }.map(\.layerID))
    }
}

/// A point marker before placement.
struct Marker {
    var box: PixelRect
    var rank: Int
    var id: String
    var layerID: String
    var item: SceneItem
}
