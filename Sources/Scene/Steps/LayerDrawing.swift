import Chronology
import Style
import Topology

/// Draws the style's layers in order: backgrounds, fills and lines become items, circles become markers (kept or
/// not later), icons and labels become requests placed later. A comparison's highlights go right after the last
/// zone layer (over the zones and their overlays, under lines, markers and labels), or last if there is none.
struct LayerDrawing {
    /// The features of a text layer, waiting for the markers their labels keep clear of.
    struct LabelLayer {
        var layer: BoundLayer
        var text: TextSymbolizer
        var features: [SelectedFeature]
    }

    /// What the layers drew and asked for.
    struct Result {
        var items: [SceneItem] = []
        /// Layers that drew an item (the highlights' as ``HighlightDrawing/layerID``); markers, icons and labels
        /// count once they are placed.
        var drawnLayerIDs: Set<String> = []
        /// The first feature each layer drew (for a legend label's `{name}`).
        var firstFeatures: [String: DatedFeature] = [:]
        var showsApproximate = false
        var showsUncertain = false
        /// The fine hatching drawn over date-uncertain features, for the legend.
        var uncertainHatch: Hatch?
        /// Control zones drawn as changing hands, for the legend.
        var changingHands: [GeometryDrawing.ChangingHandsMark] = []
        var markers: [Marker] = []
        var iconRequests: [IconRequest] = []
        /// Events of icon layers whose place lies outside the map body, listed rather than drawn.
        var listedEvents: [ListedEvent] = []
        var labelLayers: [LabelLayer] = []

        /// Marker radii by feature id (the first marker's, if a feature has several), so that a label keeps clear
        /// of its own marker.
        var markerRadii: [String: Double] {
            Dictionary(markers.map { ($0.id, $0.box.width / 2) }, uniquingKeysWith: { first, _ in first })
        }

        mutating func record(_ drawing: GeometryDrawing.Result, layerID: String) {
            items += drawing.items
            if drawing.drewSomething { drawnLayerIDs.insert(layerID) }
            if let first = drawing.firstFeature, firstFeatures[layerID] == nil { firstFeatures[layerID] = first }
            showsApproximate = showsApproximate || drawing.showsApproximate
            showsUncertain = showsUncertain || drawing.showsUncertain
            uncertainHatch = uncertainHatch ?? drawing.uncertainHatch
            for mark in drawing.changingHands where !changingHands.contains(mark) { changingHands.append(mark) }
        }

        mutating func add(highlights: [SceneItem]) {
            guard !highlights.isEmpty else { return }
            items += highlights
            drawnLayerIDs.insert(HighlightDrawing.layerID)
        }
    }

    let layers: [BoundLayer]
    let frame: MapFrame
    let selection: FeatureSelection
    let geometry: GeometryDrawing

    /// The index of the last zone layer that draws shapes (not text), after which highlights go.
    var lastZoneLayer: Int? {
        layers.lastIndex { layer in
            guard layer.source == .zones else { return false }
            if case .text = layer.symbolizer { return false }
            return true
        }
    }

    /// - Parameter highlights: the items of ``HighlightDrawing``, put in after the last zone layer.
    func draw(highlights: [SceneItem]) throws(TopologyError) -> Result {
        var result = Result()
        let highlightsAfter = lastZoneLayer
        for (index, layer) in layers.enumerated() {
            try draw(layer, into: &result)
            if index == highlightsAfter { result.add(highlights: highlights) }
        }
        if highlightsAfter == nil { result.add(highlights: highlights) }
        return result
    }

    func draw(_ layer: BoundLayer, into result: inout Result) throws(TopologyError) {
        guard layer.isVisible(atZoom: frame.viewport.zoom) else { return }
        if case .background(let color) = layer.symbolizer {
            result.items.append(.rect(.init(rect: frame.bounds, fill: color, layer: .style(layer.id))))
            return
        }
        let features = selection.features(for: layer)
        guard !features.isEmpty else { return }
        switch layer.symbolizer {
        case .background: break
        case .fill(let fill):
            result.record(try geometry.draw(layer, fill: fill, features: features), layerID: layer.id)
        case .line(let line):
            result.record(geometry.draw(layer, line: line, features: features), layerID: layer.id)
        case .circle(let circle):
            result.markers += MarkerCollection(frame: frame).collect(layer, circle: circle, features: features)
        case .icon(let icon):
            let (requests, listed) = IconCollection(frame: frame).collect(layer, icon: icon, features: features)
            result.iconRequests += requests
            for event in listed
            where !result.listedEvents.contains(where: { $0.selected.feature.id == event.selected.feature.id }) {
                result.listedEvents.append(event)
            }
            if requests.contains(where: \.event.isApproximate) { result.showsApproximate = true }
        case .text(let text):
            result.labelLayers.append(LabelLayer(layer: layer, text: text, features: features))
        }
    }
}
