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

    /// - Parameters: as the properties say.
    public init(
        radius: Double = IconSymbolizer.baseRadius, haloColor: StyleColor = .white, fillColor: StyleColor = .white,
        badgeTextColor: StyleColor = .white, opacity: Double = 1, recentOpacity: Double = 0.45
    ) {
        self.radius = radius
        self.haloColor = haloColor
        self.fillColor = fillColor
        self.badgeTextColor = badgeTextColor
        self.opacity = opacity
        self.recentOpacity = recentOpacity
    }

    init(_ values: PropertyValues) {
        radius = Self.baseRadius * values.number("icon-size")
        haloColor = values.color("icon-halo-color") ?? .white
        fillColor = values.color("chronomap-icon-fill-color") ?? .white
        badgeTextColor = values.color("chronomap-badge-text-color") ?? .white
        opacity = values.number("icon-opacity")
        recentOpacity = values.number("chronomap-recent-opacity")
    }
}
