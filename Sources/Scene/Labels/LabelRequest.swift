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
}
