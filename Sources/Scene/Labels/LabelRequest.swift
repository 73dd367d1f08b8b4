import Style
import Topology

/// A label waiting for a place.
struct LabelRequest {
    enum Anchor {
        /// Beside a point marker of this radius.
        case point(PixelPoint, radius: Double)
        /// Inside a polygon, starting at its pole of inaccessibility; `extent` is the pixel box of the polygon's
        /// visible part, searched when no place near the pole is free.
        case interior(PixelPoint, shape: PreparedTopologyGeometry, extent: PixelRect)
        /// Near points along a line, best first.
        case line([PixelPoint])
        /// Centred on a label point (a sea's), or close by.
        case centre(PixelPoint)
    }

    var featureID: String
    var lines: [String]
    var fontRole: String
    var size: Double
    var color: StyleColor
    var halo: StyleColor?
    var haloWidth: Double
    var priority: Double
    var rank: Int?
    var anchor: Anchor
    var layerID: String
    /// Rank 1 and 2 places must be labelled: they get more, farther candidates.
    var isRequired: Bool
    /// Whether the text is a dual name, which the legend's names line then explains.
    var isDualName = false
    /// The text broken into more lines, tried in order when the lines as written find no room (narrow areas).
    var alternatives: [[String]] = []
    /// Places of this rank or a higher number give way: the label may cover their markers when it finds no free
    /// room, and those places are then left out.
    var outranksRank: Int?
    /// The label must be drawn: when no room inside its polygon is found, it goes beside it on a leader line.
    var drawsLeaderIfNoRoom = false

    /// The same label with other lines.
    func with(lines: [String]) -> LabelRequest {
        var copy = self
        copy.lines = lines
        return copy
    }
}
