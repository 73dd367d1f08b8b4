import CCairo

/// How the open ends of a stroked line are drawn.
public enum LineCap: Sendable, Hashable, CaseIterable {
    /// The stroke stops exactly at the end point.
    case butt
    /// A half circle around the end point: roads and rivers join without gaps.
    case round
    /// A half square beyond the end point.
    case square

    var cairoValue: cairo_line_cap_t {
        switch self {
        case .butt: return CAIRO_LINE_CAP_BUTT
        case .round: return CAIRO_LINE_CAP_ROUND
        case .square: return CAIRO_LINE_CAP_SQUARE
        }
    }
}
