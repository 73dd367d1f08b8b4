/// A side of a conflict as a data set declares it in `region.json`: who may hold a control zone, and how
/// maps word it.
///
/// Wording follows wire-service practice: neutral, no side's self-name presented as fact.
public struct Party: Sendable, Hashable, Identifiable {
    /// A stable slug (`valley-council`), the value of a control zone's `controller`.
    public var id: String
    /// The legend's wording ("Valley Council forces").
    public var name: LocalizedText
    /// The wording for area labels, after "held by".
    public var short: LocalizedText
    /// The wording for claims and denials ("the Valley Council"); `name` when not given.
    public var authority: LocalizedText
    /// The party's fill colour as `#rrggbb`, or nil for the style's palette colour of its position.
    public var color: String?
    /// Whether its zones get an area label ("held by ..., 2,453 km²"). A data set turns it off for the party that
    /// holds the rest of a study area whose outer edge no source drew: that area's size says nothing.
    public var isLabelled: Bool

    /// - Parameters:
    ///   - id: the slug zones name as `controller`.
    ///   - name: legend wording.
    ///   - short: area-label wording (defaults to `name`).
    ///   - authority: wording for claims and denials (defaults to `name`).
    ///   - color: `#rrggbb`, or nil for the style's palette.
    ///   - isLabelled: whether its zones get an area label (`labelled` in region.json, default true).
    public init(
        id: String, name: LocalizedText, short: LocalizedText? = nil, authority: LocalizedText? = nil,
        color: String? = nil,
        isLabelled: Bool = true
    ) {
        self.id = id
        self.name = name
        self.short = short ?? name
        self.authority = authority ?? name
        self.color = color
        self.isLabelled = isLabelled
    }
}

/// An overlay zone kind a data set uses (a peacekeeping zone, an attack, a ceasefire), drawn over the control
/// zones with its own legend line.
public struct OverlayKind: Sendable, Hashable {
    /// The zones' `kind` (`peacekeeping`).
    public var kind: String
    /// The legend's wording.
    public var name: LocalizedText
    /// `#rrggbb`, or nil for the style's overlay palette.
    public var color: String?

    /// - Parameters:
    ///   - kind: the zones' `kind`.
    ///   - name: the legend's wording.
    ///   - color: `#rrggbb`, or nil for the style's overlay palette.
    public init(kind: String, name: LocalizedText, color: String? = nil) {
        self.kind = kind
        self.name = name
        self.color = color
    }
}
