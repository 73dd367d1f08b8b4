import Chronology
import GeoJSON

/// What differs between the viewer `chronomap serve` sends and the one a static site holds; everything else
/// (the page, its script, the URL scheme) is the same.
public struct ViewerSettings: Sendable {
    /// Who answers the viewer's requests.
    public enum Mode: String, Sendable {
        /// `chronomap serve`: tiles of any day, drawn on demand; changes between any two days.
        case server
        /// A static site: the tiles of its key dates only (a day shows the last key date on or before it), and
        /// the changes between the pairs it holds.
        case staticSite = "static"
    }

    /// Who answers the viewer's requests.
    public var mode: Mode
    /// The days the slider covers.
    public var range: ClosedRange<Day>
    /// The zooms the tiles exist at.
    public var zooms: ClosedRange<Int>
    /// The area the map opens on.
    public var extent: BoundingBox
    /// The language the page opens in (`--lang`); a reader's `?lang=xx` switches it.
    public var language: String
    /// A basemap beneath the tiles, or nil for the map alone (its own base).
    public var basemap: Basemap?
    /// Whether the tiles are the style's transparent overlay (`--overlay`), made to go over a basemap.
    public var isOverlay: Bool
    /// The pairs of `changes/<before>_<after>.geojson` a static site holds; nil where any pair can be asked for.
    public var changePairs: [String]?
    /// The key dates a static site has tiles of; nil where every day can be drawn.
    public var siteDays: [Day]?
    /// The tiles' URL template, relative to the page, with `{date}` for the day.
    public var tileTemplate: String

    /// - Parameters: as described on each property.
    public init(
        mode: Mode, range: ClosedRange<Day>, zooms: ClosedRange<Int>, extent: BoundingBox, language: String,
        basemap: Basemap? = nil, isOverlay: Bool = false, changePairs: [String]? = nil, siteDays: [Day]? = nil,
        tileTemplate: String = "tiles/{date}/{z}/{x}/{y}.png"
    ) {
        self.mode = mode
        self.range = range
        self.zooms = zooms
        self.extent = extent
        self.language = language
        self.basemap = basemap
        self.isOverlay = isOverlay
        self.changePairs = changePairs
        self.siteDays = siteDays
        self.tileTemplate = tileTemplate
    }
}
