/// Which drawing of a style to read: the map as it stands alone, or the transparent overlay that goes over a
/// basemap of the reader's choice.
///
/// The overlay is data too: the style's `chronomap-overlay` section names the layers it removes (the base's
/// land and water fills) and the paint properties it changes (no background, semi-transparent control fills,
/// stronger casings and halos), so a style author decides what stays legible over OpenStreetMap or imagery.
public enum StyleVariant: String, Sendable, CaseIterable {
    /// The style as its layers say: an opaque map that stands on its own.
    case standard
    /// The style with its `chronomap-overlay` section applied: tiles to draw over a basemap.
    case overlay
}
