import GeoJSON

/// The style's `chronomap-overlay` section, applied to its JSON before the layers are decoded: the layers it
/// removes and the paint properties it changes, so that tiles drawn with it go over a basemap.
///
/// ```json
/// "chronomap-overlay": {
///   "remove": ["countries", "lakes"],
///   "paint": { "background": { "background-color": "rgba(0, 0, 0, 0)" }, "control": { "fill-opacity": 0.45 } }
/// }
/// ```
enum StyleOverlay {
    static let keys: Set<String> = ["remove", "paint", "metadata"]

    /// The style's JSON with the overlay section applied.
    /// - Parameters:
    ///   - section: the `chronomap-overlay` value, if the style has one.
    ///   - style: the style's top-level object.
    /// - Returns: the style unchanged when it has no overlay section.
    /// - Throws: `StyleError` with the JSON path of an unknown key, an unknown layer id or a bad paint value.
    static func apply(
        _ section: JSONValue?, to style: JSONObject, fonts: [String: String]
    ) throws(StyleError)
        -> JSONObject
    {
        guard let section else { return style }
        let path = JSONPath.root.appending("chronomap-overlay")
        guard let members = section.objectValue else {
            throw StyleError(path: path, message: "expected {\"remove\": [layer ids], \"paint\": {layer id: {...}}}")
        }
        for key in members.keys where !keys.contains(key) {
            throw StyleError(
                path: path.appending(key),
                message: "unknown overlay key \"\(key)\"; expected one of \(keys.sorted().joined(separator: ", "))")
        }
        var layers = style["layers"]?.arrayValue ?? []
        func index(of id: String) -> Int? { layers.firstIndex { $0.objectValue?["id"]?.stringValue == id } }

        var removed = Set<String>()
        if let remove = members["remove"] {
            guard let ids = remove.arrayValue else {
                throw StyleError(path: path.appending("remove"), message: "expected an array of layer ids")
            }
            for (position, value) in ids.enumerated() {
                guard let id = value.stringValue, index(of: id) != nil else {
                    throw StyleError(
                        path: path.appending("remove").appending(position), message: "expected the id of a layer")
                }
                removed.insert(id)
            }
        }
        if let paint = members["paint"] {
            guard let overrides = paint.objectValue else {
                throw StyleError(path: path.appending("paint"), message: "expected an object of layer ids")
            }
            for (id, value) in overrides {
                let overridePath = path.appending("paint").appending(id)
                guard let position = index(of: id), var layer = layers[position].objectValue, !removed.contains(id)
                else {
                    throw StyleError(path: overridePath, message: "expected the id of a layer the overlay keeps")
                }
                let type = layer["type"]?.stringValue.flatMap(StyleLayer.LayerType.init(rawValue:)) ?? .background
                let table = StyleReader.table(of: type, layout: layer["layout"])
                let changes = try StyleReader.properties(
                    value, keys: StyleProperty.keys(.paint(table)), at: overridePath, fonts: fonts,
                    what: "paint property", layerType: type.rawValue)
                var layerPaint = layer["paint"]?.objectValue ?? JSONObject()
                for (key, member) in changes { layerPaint[key] = member }
                layer["paint"] = .object(layerPaint)
                layers[position] = .object(layer)
            }
        }
        var overlaid = style
        overlaid["layers"] = .array(layers.filter { !removed.contains($0.objectValue?["id"]?.stringValue ?? "") })
        return overlaid
    }
}
