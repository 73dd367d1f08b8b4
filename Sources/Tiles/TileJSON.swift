import GeoJSON

/// TileJSON 3.0.0 (https://github.com/mapbox/tilejson-spec/tree/master/3.0.0) for a tile set, with
/// the day, data version and attribution.
public enum TileJSON {
    /// The document.
    /// - Parameter tilesURL: the tile URL template, e.g. `{z}/{x}/{y}.png` or an absolute URL.
    public static func document(for description: TileSetDescription, tilesURL: String) -> JSONValue {
        .object([
            "tilejson": "3.0.0",
            "name": .string(description.name),
            "description": .string(description.description),
            "version": .string(description.dataVersion),
            "attribution": .string(description.attribution),
            "scheme": "xyz",
            "tiles": .array([.string(tilesURL)]),
            "minzoom": .number(Double(description.minZoom)),
            "maxzoom": .number(Double(description.maxZoom)),
            "bounds": .array(description.bounds.map { .number(($0 * 1e6).rounded() / 1e6) }),
            "center": .array(description.center.map { .number(($0 * 1e6).rounded() / 1e6) }),
            "date": .string(description.date),
            "chronomap_data_version": .string(description.dataVersion),
            "tile_size": .number(Double(256) * description.scale),
        ])
    }
}
