/// The shape a map is laid out for, and so where its furniture goes.
public enum MapLayout: String, Sendable, CaseIterable {
    /// Legend, events and scale bar over the map's lower corners: screens and slides.
    case landscape
    /// Legend and events in a band under the map, the type sized for a phone: tall social posts, A4 pages.
    case portrait
    /// A compact legend and a shorter events list under the map, the type sized for a phone: square posts.
    case square

    /// The layout whose shape is closest to an image's: wider than 6:5 is landscape, taller than 5:6 portrait,
    /// square between.
    public static func fitting(width: Double, height: Double) -> MapLayout {
        let aspect = width / max(height, 1)
        if aspect > 1.2 { return .landscape }
        if aspect < 1 / 1.2 { return .portrait }
        return .square
    }

    /// Furniture under the map rather than over it.
    var isStacked: Bool { self != .landscape }

    /// The smallest scale of the furniture's type for an image this wide. Phone shapes are seen about 1080 pixels
    /// wide; there the furniture's smallest type (10 px at scale 1) must come out at 14 px or more, and a title of
    /// 30 px (cap height about 22 px in the default fonts) at 24 px cap height or more. Landscape maps keep their
    /// own scale.
    func minimumTypeScale(width: Double) -> Double {
        isStacked ? 1.4 * width / 1080 : 0
    }

    /// The most of the height between header and footer the band under the map may take: more in portrait, where
    /// the legend and the whole events list go under the map, less in a square, whose map is shallower already.
    var maximumPanelsShare: Double {
        switch self {
        case .landscape: 0
        case .portrait: 0.58
        case .square: 0.45
        }
    }

    /// The lines the footer's sources may wrap to.
    var sourcesLines: Int { isStacked ? 3 : 2 }
}

/// The room a series of portrait or square maps keeps for its header and for the band under the map: the most any
/// of its maps needs (``Scene/furnitureBoxes``' `header` and `panels` heights), so their maps stand still.
public struct FurnitureReserve: Sendable, Equatable {
    public var headerHeight: Double
    public var panelsHeight: Double

    /// - Parameters: as described on each property.
    public init(headerHeight: Double, panelsHeight: Double) {
        self.headerHeight = headerHeight
        self.panelsHeight = panelsHeight
    }
}
