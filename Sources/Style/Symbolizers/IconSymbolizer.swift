/// How a symbol layer with `icon-image` draws event icons: a disc with the event kind's glyph (from the style's
/// `chronomap-event-symbols`) and a number badge.
public struct IconSymbolizer: Sendable, Hashable {
    /// The disc's radius, logical pixels (9 times `icon-size`).
    public var radius: Double
    public var haloColor: StyleColor
    public var fillColor: StyleColor
    public var badgeTextColor: StyleColor
    public var opacity: Double
    /// The opacity of events of the days before the map's day.
    public var recentOpacity: Double

    /// The disc radius of `icon-size` 1.
    public static let baseRadius = 9.0

    /// The symbolizer with every property at its default (the defaults of the style keys' table).
    public static let standard = IconSymbolizer(PropertyValues(.icon))

    /// - Parameters: as the properties say; a property left out has its default.
    public init(
        radius: Double = IconSymbolizer.standard.radius, haloColor: StyleColor = IconSymbolizer.standard.haloColor,
        fillColor: StyleColor = IconSymbolizer.standard.fillColor,
        badgeTextColor: StyleColor = IconSymbolizer.standard.badgeTextColor,
        opacity: Double = IconSymbolizer.standard.opacity,
        recentOpacity: Double = IconSymbolizer.standard.recentOpacity
    ) {
        self.radius = radius
        self.haloColor = haloColor
        self.fillColor = fillColor
        self.badgeTextColor = badgeTextColor
        self.opacity = opacity
        self.recentOpacity = recentOpacity
    }

    init(_ values: PropertyValues) {
        radius = Self.baseRadius * values[.iconSize]
        haloColor = values[.iconHaloColor]
        fillColor = values[.iconFillColor]
        badgeTextColor = values[.badgeTextColor]
        opacity = values[.iconOpacity]
        recentOpacity = values[.iconRecentOpacity]
    }
}
