/// What a scene item belongs to: a style layer of the map, or a part of its furniture. Furniture is known by this
/// case, not by a naming rule: tests, painters and exporters can tell the map body from the furniture around it.
public enum ItemLayer: Hashable, Sendable, CustomStringConvertible {
    /// A style layer, by its id (`background` included); charts name their own parts this way (`chart:axis`).
    case style(String)
    /// A part of the map's furniture.
    case furniture(FurniturePart)

    /// Whether the item is map furniture (title, legend, panels, scale bar, inset, footer).
    public var isFurniture: Bool {
        if case .furniture = self { true } else { false }
    }

    /// The style layer's id, or `furniture:` and the part, for messages and SVG group names.
    public var description: String {
        switch self {
        case .style(let id): id
        case .furniture(let part): "furniture:\(part.rawValue)"
        }
    }
}

/// The parts of a map's furniture, each drawn by its own step of the furniture layout.
public enum FurniturePart: String, Sendable {
    case title, subtitle, header, footer, attribution, legend, events, inset, pointer, band, panel, scale, north
    /// The labels and frames of a grid of maps.
    case grid
    /// The labels of a before/after pair.
    case pair
}
