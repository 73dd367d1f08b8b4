/// How a symbol layer draws labels: the `text-field` template, font, size, colours, and where labels go.
public struct TextSymbolizer: Sendable, Hashable {
    /// Where a label is placed.
    public enum Placement: String, Sendable, Hashable {
        /// Beside a point (a place's marker).
        case point
        /// Near a line's middle.
        case line
        /// Inside a polygon, from its pole of inaccessibility.
        case interior
    }

    /// Letter case applied to the text.
    public enum Transform: String, Sendable, Hashable {
        case none, uppercase, lowercase
    }

    /// `{name}` follows the names rule, `{chronomap:controller}` and `{chronomap:area}` describe a control zone,
    /// any other `{key}` is the property's value; `\n` breaks lines.
    public var template: String
    public var size: Double
    /// A font role of the style's `chronomap-fonts`.
    public var fontRole: String
    public var transform: Transform
    /// Space between letters, in ems (`text-letter-spacing`); drawn as thin spaces, so any value above 0 spaces
    /// the letters by a fifth of an em.
    public var letterSpacing: Double
    /// The text colour with `text-opacity` applied.
    public var color: StyleColor
    public var haloColor: StyleColor?
    public var haloWidth: Double
    public var placement: Placement
    /// Lower is placed first (`chronomap-label-priority`).
    public var priority: Double

    /// - Parameters: as the properties say.
    public init(
        template: String, size: Double, fontRole: String = "regular", transform: Transform = .none, color: StyleColor,
        haloColor: StyleColor? = nil, haloWidth: Double = 0, placement: Placement = .point, priority: Double = 100,
        letterSpacing: Double = 0
    ) {
        self.template = template
        self.letterSpacing = letterSpacing
        self.size = size
        self.fontRole = fontRole
        self.transform = transform
        self.color = color
        self.haloColor = haloColor
        self.haloWidth = haloWidth
        self.placement = placement
        self.priority = priority
    }

    init(_ values: PropertyValues) {
        template = values.string("text-field")
        size = values.number("text-size")
        fontRole = values.fontRole("text-font")
        transform = Transform(rawValue: values.string("text-transform")) ?? .none
        letterSpacing = values.number("text-letter-spacing")
        let base = values.color("text-color") ?? .black
        color = base.withAlpha(base.alpha * values.number("text-opacity"))
        haloColor = values.color("text-halo-color")
        haloWidth = haloColor == nil ? 0 : values.number("text-halo-width")
        let chosen = values.optionalString("chronomap-placement") ?? values.string("symbol-placement")
        placement = Placement(rawValue: chosen) ?? .point
        priority = values.number("chronomap-label-priority")
    }
}
