import GeoJSON

/// What the reader needs to know of the style keys: the kinds of value they take, the sections they are set in,
/// and the keys of each section by name. The keys themselves, with their defaults, are ``StyleKey``s in
/// `StyleKey+Table.swift`.
///
/// Names follow the MapLibre style specification where MapLibre has the property; properties MapLibre lacks
/// start with `chronomap-` and are documented in `styles/README.md`.
enum StyleProperty {
    /// What a property's value must be.
    enum Kind: Sendable {
        case color
        case number(ClosedRange<Double>)
        case numbers
        case string
        case choice([String])
        case boolean
        case fonts
    }

    /// Which symbolizer a layer's properties describe: symbol layers draw icons or labels.
    enum Table: Sendable, Hashable, CaseIterable {
        case background, fill, line, circle, icon, text
    }

    /// Where a key is set.
    enum Owner: Sendable, Hashable {
        case paint(Table)
        case layout(Table)
        /// The style's `chronomap-furniture`.
        case furniture

        /// The symbolizer the key describes (nil: the furniture).
        var table: Table? {
            switch self {
            case .paint(let table), .layout(let table): table
            case .furniture: nil
            }
        }
    }

    /// The keys of each section, by name: the names are resolved here once, when the style is read.
    static let byOwner: [Owner: [String: AnyStyleKey]] = Dictionary(grouping: keys, by: \.owner).mapValues {
        Dictionary(uniqueKeysWithValues: $0.map { ($0.name, $0) })
    }

    /// The keys set in one section.
    static func keys(_ owner: Owner) -> [String: AnyStyleKey] { byOwner[owner] ?? [:] }
}
