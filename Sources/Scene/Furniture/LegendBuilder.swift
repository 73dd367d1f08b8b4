import Chronology
import Localization
import Style

/// Builds the legend from what was drawn, never from what the style could draw: a line per drawing layer that
/// drew something, per event kind with an icon, the highlights of a comparison, and notes on approximate and
/// date-uncertain features.
struct LegendBuilder {
    let layers: [BoundLayer]
    let catalog: Catalog
    let eventWording: EventWording
    let furniture: FurnitureStyle

    struct Drawn {
        /// Concrete layer ids that drew something.
        var layerIDs: Set<String>
        /// The first feature each layer drew (for `{name}` labels).
        var firstFeatures: [String: DatedFeature]
        /// Event kinds with an icon, in numbering order.
        var eventKinds: [EventSymbols.Symbol]
        var highlightLegend: String?
        var highlightStyle: (fill: StyleColor, hatch: Hatch, outline: StyleColor)?
        var showsApproximate: Bool
        var showsUncertain: Bool
        var uncertainHatch: Hatch?
        /// A line per control zone drawn as changing hands: its words, the new controller's fill and the hatch.
        var changingHands: [(label: String, fill: StyleColor, hatch: Hatch)] = []
    }

    func lines(for drawn: Drawn) -> [LegendLine] {
        var lines: [LegendLine] = []
        var seen = Set<String>()
        func add(_ group: LegendGroup, _ label: String, _ swatch: LegendLine.Swatch, layerID: String? = nil) {
            guard seen.insert(group.rawValue + "\u{0}" + label).inserted else { return }
            lines.append(
                LegendLine(group: group, groupTitle: title(of: group), label: label, swatch: swatch, layerID: layerID))
        }
        if let highlight = drawn.highlightLegend, let style = drawn.highlightStyle {
            add(.change, highlight, .fill(style.fill, hatch: style.hatch, outline: style.outline, dash: []))
        }
        for layer in layers where drawn.layerIDs.contains(layer.id) {
            guard let group = layer.legendGroup, var label = layer.legendLabel else { continue }
            if label.contains("{name}") {
                let feature = drawn.firstFeatures[layer.id]
                let name = feature?.string("name:\(catalog.language)") ?? feature?.string("name") ?? ""
                label = label.replacingOccurrences(of: "{name}", with: name)
            }
            add(group, label, Self.swatch(of: layer.symbolizer), layerID: layer.id)
        }
        for mark in drawn.changingHands {
            add(.control, mark.label, .fill(mark.fill, hatch: mark.hatch, outline: nil, dash: []))
        }
        for symbol in drawn.eventKinds {
            add(.events, eventWording.kindLabel(symbol.kind), .icon(symbol))
        }
        let notes = furniture.approximateColor
        if drawn.showsApproximate {
            add(
                .notes, catalog.text(.legendApproximate),
                .fill(notes.withAlpha(0), hatch: nil, outline: notes, dash: [4, 3]))
        }
        if drawn.showsUncertain {
            add(
                .notes, catalog.text(.legendDateUncertain),
                .fill(notes.withAlpha(0), hatch: drawn.uncertainHatch, outline: notes, dash: [1.2, 2.4]))
        }
        // Groups keep the order of their first line, except that the change and the notes frame the rest.
        let order = lines.map(\.group).reduce(into: [LegendGroup]()) { if !$0.contains($1) { $0.append($1) } }
        func rank(_ group: LegendGroup) -> Int {
            group == .change ? -1 : group == .notes ? 1000 : order.firstIndex(of: group) ?? 0
        }
        return lines.enumerated().sorted { (rank($0.element.group), $0.offset) < (rank($1.element.group), $1.offset) }
            .map(\.element)
    }

    func title(of group: LegendGroup) -> String {
        let phrase: Phrase =
            switch group {
            case .change: .legendGroupChange
            case .control: .legendGroupControl
            case .overlays: .legendGroupOverlays
            case .lines: .legendGroupLines
            case .roads: .legendGroupRoads
            case .events: .legendGroupEvents
            case .places: .legendGroupPlaces
            case .notes: .legendGroupNotes
            case .map: .legendGroupMap
            }
        return catalog.text(phrase)
    }

    /// The swatch of a symbolizer: the same colours, hatch, dash and casing the map uses.
    static func swatch(of symbolizer: Symbolizer) -> LegendLine.Swatch {
        switch symbolizer {
        case .fill(let fill): .fill(fill.color, hatch: fill.hatch, outline: fill.outlineColor, dash: fill.outlineDash)
        case .line(let line):
            .line(
                line.color.withAlpha(line.color.alpha * line.opacity), width: line.width, dash: line.dash,
                casing: line.casing?.color)
        case .circle(let circle):
            .marker(circle.color, radius: circle.radius, isSquare: circle.isSquare, stroke: circle.strokeColor)
        case .background, .icon, .text: .none
        }
    }
}
