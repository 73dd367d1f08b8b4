import Foundation
import GeoJSON

/// A map style: layers in draw order, each with a filter, a zoom range and a symbolizer, plus the fonts, the
/// look of the map furniture, the icons of event kinds and the palette for parties without a colour. Read from
/// JSON (`styles/default.json`) and decoded once into typed values.
///
/// The loader knows every key and rejects an unknown one with its JSON path, so a typo never silently falls
/// back to a default. Defaults live in one table (``StyleProperty``).
public struct Style: Sendable {
    public var name: String
    /// Font files by role (`regular`, `bold`); `text-font` names a role.
    public var fonts: [String: String]
    public var layers: [StyleLayer]
    public var furniture: FurnitureStyle
    public var eventSymbols: EventSymbols
    public var palette: StylePalette

    /// - Parameters: as described on each property.
    public init(
        name: String, fonts: [String: String], layers: [StyleLayer], furniture: FurnitureStyle = .standard,
        eventSymbols: EventSymbols = EventSymbols(), palette: StylePalette = StylePalette(parties: [], overlays: [])
    ) {
        self.name = name
        self.fonts = fonts
        self.layers = layers
        self.furniture = furniture
        self.eventSymbols = eventSymbols
        self.palette = palette
    }

    /// The background colour (the first background layer's), white if none.
    public var backgroundColor: StyleColor {
        for layer in layers { if case .background(let color) = layer.symbolizer { return color } }
        return .white
    }

    /// Reads a style file.
    /// - Parameters:
    ///   - path: the style file.
    ///   - variant: the style as it stands, or its transparent overlay (`chronomap-overlay`) for a basemap.
    /// - Throws: `StyleError` with the file and the line and column (syntax) or JSON path (rules); a file that
    ///   cannot be read is an error naming it.
    public static func load(contentsOf path: String, variant: StyleVariant = .standard) throws(StyleError) -> Style {
        let data: Data
        switch FileContents.read(path) {
        case .success(let contents): data = contents
        case .failure(let unreadable):
            var error = StyleError(file: path, path: .root, message: "the style file \(unreadable.reason)")
            error.isUnreadableFile = true
            throw error
        }
        do {
            return try read(data, variant: variant)
        } catch {
            var located = error
            located.file = path
            throw located
        }
    }

    /// Reads style JSON.
    /// - Parameters:
    ///   - data: the style's JSON.
    ///   - variant: the style as it stands, or its transparent overlay (`chronomap-overlay`) for a basemap.
    /// - Throws: `StyleError` with the line and column (syntax) or JSON path (rules); for the overlay variant, an
    ///   error when the style has no `chronomap-overlay` section.
    public static func read(_ data: Data, variant: StyleVariant = .standard) throws(StyleError) -> Style {
        let value: JSONValue
        do { value = try GeoJSONReader.parseJSON(data, file: nil) } catch {
            let diagnostic = error.diagnostics.first
            var styleError = StyleError(path: .root, message: diagnostic?.message ?? "not JSON")
            if case .lineColumn(let line, let column)? = diagnostic?.location { styleError.lineColumn = (line, column) }
            throw styleError
        }
        if variant == .overlay, value.objectValue?["chronomap-overlay"] == nil {
            throw StyleError(
                path: .root,
                message: "the style has no \"chronomap-overlay\" section, so it cannot draw tiles for a basemap")
        }
        return try StyleReader.read(value, variant: variant)
    }
}
