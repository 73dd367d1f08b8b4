import Chronology
import GeoJSON
import Localization
import Projection

/// What to draw and how big: the choices of `chronomap render` that shape the scene.
public struct SceneOptions: Sendable {
    /// Logical size in pixels.
    public var width: Double
    public var height: Double
    /// The geographic box to show; nil for the region's extent (fitted beside the title and footer).
    public var bbox: BoundingBox?
    /// The data layers to draw; nil for all.
    public var layers: Set<Layer>?
    /// Which names labels show.
    public var names: NameRule
    /// The furniture's language: title date, legend, panels, scale, footer.
    public var catalog: Catalog
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
    public var highlightLegend: String?
    /// The countries of the locator inset, from the world base; nil to draw it from the data set's base countries.
    public var locator: LocatorBase?
    /// The labels of the previous map of a series (an animation's frame, a grid's panel): each label tries its spot
    /// there first, so labels keep still from map to map unless something on this map takes their place.
    public var previousLabels: [PlacedLabel]
    /// Where the furniture goes: over the map (landscape) or under it (portrait, square).
    public var layout: MapLayout
    /// In portrait and square layouts, the header and the band under the map at least this tall whatever they hold:
    /// the tallest of a series' frames, so that every frame draws its map at the same place. Nil to fit each map.
    public var furnitureReserve: FurnitureReserve?
    /// In landscape, whether the map may move sideways, its extent still whole in view, to bring zones out from
    /// under the legend. Off for maps that must keep one placement: a pair, the frames of a series, tiles.
    public var movesClearOfLegend: Bool = false

    /// - Parameters: as described on each property.
    public init(
        width: Double = 1600, height: Double = 1200, bbox: BoundingBox? = nil, layers: Set<Layer>? = nil,
        names: NameRule = .dual(),
        catalog: Catalog = .english, title: String? = nil, subtitle: String? = nil, drawsFurniture: Bool = true,
        viewport: Viewport? = nil,
        drawsLegend: Bool = true, highlights: [HighlightArea] = [], highlightLegend: String? = nil,
        locator: LocatorBase? = nil, layout: MapLayout = .landscape, furnitureReserve: FurnitureReserve? = nil,
        previousLabels: [PlacedLabel] = []
    ) {
        self.previousLabels = previousLabels
        self.width = width
        self.height = height
        self.bbox = bbox
        self.layers = layers
        self.names = names
        self.catalog = catalog
        self.title = title
        self.subtitle = subtitle
        self.drawsFurniture = drawsFurniture
        self.viewport = viewport
        self.drawsLegend = drawsLegend
        self.highlights = highlights
        self.highlightLegend = highlightLegend
        self.locator = locator
        self.layout = layout
        self.furnitureReserve = furnitureReserve
    }
}

/// An area drawn on top of a map and labelled inside, e.g. "Valley Council forces → Hill Front, 492 km²".
public struct HighlightArea: Sendable {
    public var geometry: Geometry
    public var lines: [String]

    /// - Parameters: the area and its label's lines.
    public init(geometry: Geometry, lines: [String]) {
        self.geometry = geometry
        self.lines = lines
    }
}

/// The countries a locator inset shows around a map, and the box they are cut to.
public struct LocatorBase: Sendable {
    /// One country: its polygons and its ISO 3166 alpha-3 code.
    public struct Country: Sendable {
        public var polygons: [[LinearRing]]
        public var code: String?

        /// - Parameters: as described on each property.
        public init(polygons: [[LinearRing]], code: String?) {
            self.polygons = polygons
            self.code = code
        }
    }

    /// The box the inset shows.
    public var box: BoundingBox
    public var countries: [Country]
    /// The code of the country under the centre of the map's extent, shaded so that the inset says where the map
    /// is; nil at sea.
    public var centreCountry: String?

    /// - Parameters: as described on each property.
    public init(box: BoundingBox, countries: [Country], centreCountry: String? = nil) {
        self.box = box
        self.countries = countries
        self.centreCountry = centreCountry
    }
}
