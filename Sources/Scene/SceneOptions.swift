import Chronology
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

    public init(width: Double = 1600, height: Double = 1200, bbox: BoundingBox? = nil, layers: Set<Layer>? = nil,
                names: NameRule = .dual, title: String? = nil, subtitle: String? = nil, drawsFurniture: Bool = true) {
        self.width = width
        self.height = height
        self.bbox = bbox
        self.layers = layers
        self.names = names
        self.title = title
        self.subtitle = subtitle
        self.drawsFurniture = drawsFurniture
    }
}
