import CCairo

/// How the corners of a stroked path are drawn.
public enum LineJoin: Sendable, Hashable, CaseIterable {
    /// A sharp corner, cut to a bevel past Cairo's miter limit.
    case miter
    /// A rounded corner: the usual choice for borders drawn from jagged survey data.
    case round
    /// A corner cut straight across.
    case bevel

    var cairoValue: cairo_line_join_t {
        switch self {
        case .miter: return CAIRO_LINE_JOIN_MITER
        case .round: return CAIRO_LINE_JOIN_ROUND
        case .bevel: return CAIRO_LINE_JOIN_BEVEL
        }
    }
}
