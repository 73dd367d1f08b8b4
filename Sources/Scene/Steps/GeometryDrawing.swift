import Chronology
import Style
import Topology

/// Draws the fill and line layers: polygons filled and outlined, lines stroked, each feature's dash saying
/// whether it is approximate or its date uncertain on the day.
struct GeometryDrawing {
    /// What one layer drew.
    struct Result {
        var items: [SceneItem] = []
        var drewSomething = false
        var showsApproximate = false
        var showsUncertain = false
        /// The fine hatching drawn over date-uncertain features, for the legend.
        var uncertainHatch: Hatch?
        /// The first feature drawn, for a legend label's `{name}`.
        var firstFeature: DatedFeature?
        /// Control zones drawn as changing hands, for the legend.
        var changingHands: [ChangingHandsMark] = []
    }

    /// A control zone drawn as changing hands: the new controller's fill under hatch lines in the earlier holder's
    /// colour.
    struct ChangingHandsMark: Hashable {
        var from: Controller
        var to: Controller
        var window: ClosedRange<Day>
        var fill: StyleColor
        var hatch: Hatch
    }

    let frame: MapFrame
    let day: Day
    let innerEdges: InnerEdges
    /// Each party's zone fill (party id to colour), for the hatch over ground changing hands.
    var partyColors: [String: StyleColor] = [:]

    /// - Throws: `TopologyError` if GEOS fails on a zone whose inner edges alone are outlined.
    func draw(_ layer: BoundLayer, fill: FillSymbolizer, features: [SelectedFeature]) throws(TopologyError) -> Result {
        var result = Result()
        for selected in features {
            let feature = selected.feature
            let polygons = (feature.geometry?.polygons ?? []).map { $0.map(frame.project) }
            guard !polygons.isEmpty else { continue }
            result.drewSomething = true
            result.firstFeature = result.firstFeature ?? feature
            if fill.color.alpha > 0 || fill.hatch != nil {
                result.items.append(
                    .fill(.init(polygons: polygons, color: fill.color, hatch: fill.hatch, layer: .style(layer.id))))
            }
            if fill.color.alpha > 0, let mark = changingHands(feature, fill: fill) {
                result.items.append(
                    .fill(
                        .init(
                            polygons: polygons, color: fill.color.withAlpha(0), hatch: mark.hatch,
                            layer: .style(layer.id)))
                )
                if !result.changingHands.contains(mark) { result.changingHands.append(mark) }
            } else if let hatch = fill.uncertainHatch, feature.isUncertain(on: day) {
                result.items.append(
                    .fill(
                        .init(polygons: polygons, color: fill.color.withAlpha(0), hatch: hatch, layer: .style(layer.id))
                    ))
                result.showsUncertain = true
                result.uncertainHatch = hatch
            }
            guard let outline = fill.outlineColor, fill.outlineWidth > 0 else { continue }
            var dash = fill.outlineDash
            if feature.isUncertain(on: day), !fill.uncertainDash.isEmpty {
                dash = fill.uncertainDash
                result.showsUncertain = true
            } else if feature.isApproximate, !fill.approximateDash.isEmpty {
                dash = fill.approximateDash
                result.showsApproximate = true
            }
            let paths: [[PixelPoint]]
            if fill.outlinesInnerEdgesOnly {
                let lines = try feature.geometry.map(innerEdges.lines) ?? []
                paths = lines.map(frame.project).filter { $0.count > 1 }
            } else {
                paths = polygons.flatMap { $0 }
            }
            guard !paths.isEmpty else { continue }
            result.items.append(
                .stroke(
                    .init(
                        paths: paths, isClosed: !fill.outlinesInnerEdgesOnly, color: outline, width: fill.outlineWidth,
                        dash: dash,
                        layer: .style(layer.id))))
        }
        return result
    }

    /// How a zone changing hands on the day is marked: hatch lines in the earlier holder's colour (opaque, as the
    /// fills are pale) over the new controller's fill; nil for every other feature.
    func changingHands(_ feature: DatedFeature, fill: FillSymbolizer) -> ChangingHandsMark? {
        guard feature.isChangingHands(on: day), let from = feature.transitionFrom, let to = feature.controller,
            let window = feature.changingHandsWindow
        else { return nil }
        let color = partyColors[from.id] ?? fill.outlineColor ?? StyleColor(red: 0.4, green: 0.4, blue: 0.4)
        let hatch = Hatch(color: color.withAlpha(1), spacing: 9, angleDegrees: 45, width: 3)
        return ChangingHandsMark(from: from, to: to, window: window, fill: fill.color, hatch: hatch)
    }

    func draw(_ layer: BoundLayer, line: LineSymbolizer, features: [SelectedFeature]) -> Result {
        var result = Result()
        for selected in features {
            let feature = selected.feature
            guard let geometry = feature.geometry else { continue }
            let isPolygon = !geometry.polygons.isEmpty
            let paths =
                isPolygon ? geometry.polygons.flatMap { $0.map(frame.project) } : geometry.lines.map(frame.project)
            guard !paths.isEmpty else { continue }
            result.drewSomething = true
            result.firstFeature = result.firstFeature ?? feature
            let alpha = selected.isRecent ? line.recentOpacity : line.opacity
            if feature.layer == .events, feature.isApproximate { result.showsApproximate = true }
            result.items.append(
                .stroke(
                    .init(
                        paths: paths, isClosed: isPolygon, color: line.color.withAlpha(line.color.alpha * alpha),
                        width: line.width,
                        dash: line.dash,
                        casing: line.casing.map {
                            Casing(color: $0.color.withAlpha($0.color.alpha * alpha), width: $0.width)
                        },
                        hasArrowhead: line.hasArrowhead, roundCaps: line.roundCaps, join: line.join,
                        layer: .style(layer.id)))
            )
        }
        return result
    }
}
