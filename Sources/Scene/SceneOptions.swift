import Chronology
import Projection
import GeoJSON

/// What to draw and how big: the choices of `chronomap render` that shape the scene.
public struct SceneOptions: Sendable {
    /// Logical size in pixels.
    public var width: Double
    public var height: Double
    /// The geographic box to show; nil for the region's extent (fitted beside the title and footer).
    public var bbox: BoundingBox?
    /// The data layers to draw; nil for all.
    public var layers: Set<Layer>?
    public var names: NameRule
    /// Overrides of the title and the subtitle.
    public var title: String?
    public var subtitle: String?
    /// Title, legend, scale bar, inset and footer. Off for tiles.
    public var drawsFurniture: Bool
    /// An exact viewport, overriding `bbox` (tiles: the pixel grid of a zoom level).
    public var viewport: Viewport?
    /// The legend panel (off when several maps share one legend, as in a before/after pair).
    public var drawsLegend: Bool
    /// Areas to outline and label on top of the zones (what changed hands in a comparison).
    public var highlights: [HighlightArea]
    /// The legend line of the highlights.
    public var highlightLegend: String

    public init(width: Double = 1600, height: Double = 1200, bbox: BoundingBox? = nil, layers: Set<Layer>? = nil,
                names: NameRule = .dual, title: String? = nil, subtitle: String? = nil, drawsFurniture: Bool = true,
                drawsLegend: Bool = true, highlights: [HighlightArea] = [], highlightLegend: String = "Changed hands") {
        self.width = width
        self.height = height
        self.bbox = bbox
        self.layers = layers
        self.names = names
        self.title = title
        self.subtitle = subtitle
        self.drawsFurniture = drawsFurniture
        self.drawsLegend = drawsLegend
        self.highlights = highlights
        self.highlightLegend = highlightLegend
    }
}

/// An area drawn on top of a map and labelled inside, e.g. "Artsakh → Azerbaijan, 2,453 km²".
public struct HighlightArea: Sendable {
    public var geometry: Geometry
    public var lines: [String]

    public init(geometry: Geometry, lines: [String]) {
        self.geometry = geometry
        self.lines = lines
    }
}
