/// The layers of the world base (`world/base.sqlite`, see `world/README.md` and `docs/data-format.md`), each the
/// value of the file's `layer` column.
public enum WorldBaseLayer: String, Sendable, CaseIterable {
    /// Countries at 1:10 million: land split along the land boundaries, breakaway units merged into their sovereign.
    case country
    /// International land boundaries (lines), without disputed lines and lines of control.
    case border
    /// Disputed boundaries and lines of control: never drawn as base; a data set dates them if its sources say so.
    case disputedLine = "disputed-line"
    /// Disputed areas and breakaway units (polygons), kept apart for the same reason.
    case disputedArea = "disputed-area"
    /// Lakes and reservoirs.
    case lake
    /// Rivers (centre lines).
    case river
    /// One label point per sea, gulf or bay.
    case sea
    /// The seas, gulfs and bays as coarse polygons (about 5 km), to name each from the part of it in view.
    case seaArea = "sea-area"
    /// One label point per country.
    case countryLabel = "country-label"
    /// Populated places.
    case place
    /// The countries, simplified for a locator inset, a row per grid cell of their parts (overseas parts read only
    /// where they lie).
    case insetCountry = "inset-country"
    /// The borders, simplified for a locator inset.
    case insetBorder = "inset-border"
}
