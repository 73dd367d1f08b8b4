/// The icon of each event kind (`chronomap-event-symbols`): a glyph and a colour, one per kind so that the
/// legend can explain each, and one for kinds the style does not list (`default`).
public struct EventSymbols: Sendable, Hashable {
    /// One kind's icon.
    public struct Symbol: Sendable, Hashable {
        /// The event kind (`mine`).
        public var kind: String
        /// The character drawn in the disc, from the style's regular font.
        public var glyph: String
        public var color: StyleColor

        /// - Parameters: as described on each property.
        public init(kind: String, glyph: String, color: StyleColor) {
            self.kind = kind
            self.glyph = glyph
            self.color = color
        }
    }

    /// The icons by kind.
    public var byKind: [String: Symbol]
    /// The icon of a kind the style does not list.
    public var fallback: Symbol

    /// - Parameters: as described on each property.
    public init(
        byKind: [String: Symbol] = [:],
        fallback: Symbol = Symbol(kind: "", glyph: "\u{25CF}", color: StyleColor(red: 0.27, green: 0.27, blue: 0.27))
    ) {
        self.byKind = byKind
        self.fallback = fallback
    }

    /// The icon of an event kind.
    public func symbol(for kind: String) -> Symbol {
        if let symbol = byKind[kind] { return symbol }
        var other = fallback
        other.kind = kind
        return other
    }
}

/// Colours for parties and overlay kinds a data set gives no colour (`chronomap-palette`), used in order.
public struct StylePalette: Sendable, Hashable {
    public var parties: [StyleColor]
    public var overlays: [StyleColor]

    /// - Parameters: the two lists, in order of use.
    public init(parties: [StyleColor], overlays: [StyleColor]) {
        self.parties = parties
        self.overlays = overlays
    }

    /// The colour of the party at a position of `region.json`'s list.
    public func partyColor(at index: Int) -> StyleColor {
        parties.isEmpty ? .black : parties[index % parties.count]
    }

    /// The colour of the overlay kind at a position of `region.json`'s list.
    public func overlayColor(at index: Int) -> StyleColor {
        overlays.isEmpty ? .black : overlays[index % overlays.count]
    }
}
