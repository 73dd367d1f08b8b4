import Chronology
import Localization
import Style

/// A style made concrete for one data set and one language: every layer repeated for the region's parties or
/// overlay kinds (`chronomap-repeat`) becomes one layer per party or overlay, with its colour and legend
/// wording, and every legend label is in the map's language.
public struct BoundStyle: Sendable {
    /// The concrete layers, in draw order.
    public var layers: [BoundLayer]
    public var style: Style

    /// - Parameters:
    ///   - style: the style as read.
    ///   - region: the data set's parties and overlays.
    ///   - language: the legend's language.
    public init(_ style: Style, region: Region, language: String) {
        self.style = style
        var layers: [BoundLayer] = []
        for layer in style.layers {
            guard let repetition = layer.repetition else {
                layers.append(
                    BoundLayer(
                        layer, id: layer.id, match: nil, symbolizer: layer.symbolizer,
                        legendLabel: layer.legend?.label(in: language)))
                continue
            }
            switch repetition.subject {
            case .parties:
                for (index, party) in region.parties.enumerated() {
                    let color = party.color.flatMap(StyleColor.init(css:)) ?? style.palette.partyColor(at: index)
                    layers.append(
                        BoundLayer(
                            layer, id: "\(layer.id):\(party.id)",
                            match: .init(property: repetition.property, value: party.id),
                            symbolizer: layer.recoloured(color, hatchTurn: Double(index) * repetition.hatchAngleStep),
                            legendLabel: party.name.text(in: language)))
                }
            case .overlays:
                for (index, overlay) in region.overlays.enumerated() {
                    let color = overlay.color.flatMap(StyleColor.init(css:)) ?? style.palette.overlayColor(at: index)
                    layers.append(
                        BoundLayer(
                            layer, id: "\(layer.id):\(overlay.kind)",
                            match: .init(property: repetition.property, value: overlay.kind),
                            symbolizer: layer.recoloured(color, hatchTurn: Double(index) * repetition.hatchAngleStep),
                            legendLabel: overlay.name.text(in: language)))
                }
            }
        }
        self.layers = layers
    }

    /// The fill colour each party is drawn in by the first repeated zone fill layer: for charts and legends
    /// drawn outside a map.
    public func partyFillColors(region: Region) -> [String: StyleColor] {
        var colors: [String: StyleColor] = [:]
        for layer in layers where layer.source == .zones {
            guard let match = layer.match, region.party(match.value) != nil, colors[match.value] == nil,
                case .fill(let fill) = layer.symbolizer
            else { continue }
            colors[match.value] = fill.color
        }
        return colors
    }
}

/// One concrete layer of a bound style.
public struct BoundLayer: Sendable {
    /// A property value a repeated layer's features must have (`controller` = `hill-front`).
    public struct Match: Sendable, Hashable {
        public var property: String
        public var value: String
    }

    /// The concrete id: the style layer's id, or `id:party` for a repeated one.
    public var id: String
    /// The style layer's own id.
    public var styleLayerID: String
    public var source: Layer?
    public var filter: StyleFilter?
    public var match: Match?
    public var minZoom: Double
    public var maxZoom: Double
    public var symbolizer: Symbolizer
    /// The legend's group, and its label in the map's language (`{name}` still to be filled); nil for no line.
    public var legendGroup: LegendGroup?
    public var legendLabel: String?

    init(_ layer: StyleLayer, id: String, match: Match?, symbolizer: Symbolizer, legendLabel: String?) {
        self.id = id
        styleLayerID = layer.id
        source = layer.source.flatMap { Layer(rawValue: $0.rawValue) }
        filter = layer.filter
        self.match = match
        minZoom = layer.minZoom
        maxZoom = layer.maxZoom
        self.symbolizer = symbolizer
        legendGroup = layer.legend?.group
        self.legendLabel = layer.legend == nil ? nil : legendLabel
    }

    /// Whether the layer draws at a zoom (`minzoom` inclusive, `maxzoom` exclusive).
    public func isVisible(atZoom zoom: Double) -> Bool { zoom >= minZoom && zoom < maxZoom }
}
