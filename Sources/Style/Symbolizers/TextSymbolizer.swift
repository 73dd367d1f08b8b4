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
    /// Places of this rank or a higher number give way to this layer's labels (`chronomap-label-outranks-rank`):
    /// a label with no free room may sit on their markers, and those places lose marker and label. Nil: none do.
    public var outranksRank: Int?
    /// An interior label that does not fit may have its longest line broken at a space, up to this many lines
    /// (`chronomap-label-max-lines`); 0 keeps the template's lines.
    public var maxLines: Int
    /// An interior label whose polygon covers at least this many square pixels of the map (at symbol scale 1; it
    /// scales with the labels) is always drawn: inside the polygon, else beside it on a leader line
    /// (`chronomap-label-required-area`). Nil: labels that find no room inside are left out.
    public var requiredArea: Double?

    /// The symbolizer with every property at its default (the defaults of the style keys' table).
    public static let standard = TextSymbolizer(PropertyValues(.text))

    /// - Parameters: as the properties say; a property left out has its default.
    public init(
        template: String, size: Double, fontRole: String = TextSymbolizer.standard.fontRole,
        transform: Transform = TextSymbolizer.standard.transform, color: StyleColor, haloColor: StyleColor? = nil,
        haloWidth: Double = TextSymbolizer.standard.haloWidth, placement: Placement = TextSymbolizer.standard.placement,
        priority: Double = TextSymbolizer.standard.priority,
        letterSpacing: Double = TextSymbolizer.standard.letterSpacing,
        outranksRank: Int? = nil, maxLines: Int = TextSymbolizer.standard.maxLines, requiredArea: Double? = nil
    ) {
        self.outranksRank = outranksRank
        self.maxLines = maxLines
        self.requiredArea = requiredArea
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
        template = values[.textField]
        size = values[.textSize]
        fontRole = values[.textFont]
        transform = values[.textTransform]
        letterSpacing = values[.textLetterSpacing]
        let base = values[.textColor]
        color = base.withAlpha(base.alpha * values[.textOpacity])
        haloColor = values[.textHaloColor]
        haloWidth = haloColor == nil ? 0 : values[.textHaloWidth]
        placement = values[.placement] ?? values[.symbolPlacement]
        priority = values[.labelPriority]
        outranksRank = values[.labelOutranksRank].map { Int($0) }
        maxLines = Int(values[.labelMaxLines])
        requiredArea = values[.labelRequiredArea]
    }
}
