/// How an area chart spreads time along its axis.
public enum ChartTimeScale: Sendable, Equatable {
    /// Every day the same width: what a chart of a range chosen on purpose shows.
    case linear
    /// Long quiet spans shortened: every span of more than ``quietDays`` days in which no side's area changes and
    /// no key event falls is drawn as a narrow break of ``breakShare`` of the axis (less when many breaks would
    /// take more than ``breaksLimit`` together), and the rest of the axis is to scale. Where there is nothing to
    /// shorten, or nothing but quiet spans, the axis is linear.
    case compressed

    /// The longest span kept to scale.
    public static let quietDays = 60
    /// The share of the axis each break takes.
    public static let breakShare = 0.025
    /// The most the breaks take together.
    public static let breaksLimit = 0.4
}
