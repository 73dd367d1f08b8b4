import GeoJSON

/// Decodes a style's JSON into typed values, rejecting unknown keys and wrong values with their JSON path.
enum StyleReader {
    static let topLevelKeys: Set<String> = [
        "version", "name", "metadata", "layers", "chronomap-fonts", "chronomap-furniture", "chronomap-event-symbols",
        "chronomap-palette", "chronomap-overlay",
    ]
    static let layerKeys: Set<String> = [
        "id", "type", "source", "filter", "minzoom", "maxzoom", "paint", "layout", "metadata", "chronomap-legend",
        "chronomap-repeat",
    ]

    static func read(_ value: JSONValue, variant: StyleVariant = .standard) throws(StyleError) -> Style {
        guard var object = value.objectValue else { throw StyleError(path: .root, message: "a style is a JSON object") }
        for key in object.keys where !topLevelKeys.contains(key) {
            throw StyleError(
                path: JSONPath.root.appending(key),
                message:
                    "unknown style key \"\(key)\"; expected one of \(topLevelKeys.sorted().joined(separator: ", "))")
        }
        guard object["version"] == .number(1) else {
            throw StyleError(path: JSONPath.root.appending("version"), message: "version must be 1")
        }
        let fonts = try self.fonts(object["chronomap-fonts"])
        let furnitureValues = try properties(
            object["chronomap-furniture"], keys: StyleProperty.keys(.furniture),
            at: JSONPath.root.appending("chronomap-furniture"), fonts: fonts, what: "furniture key")
        guard object["layers"]?.arrayValue != nil else {
            throw StyleError(path: JSONPath.root.appending("layers"), message: "a style needs a \"layers\" array")
        }
        // The overlay section is checked whichever variant is read, so a typo in it shows at once.
        let overlaid = try StyleOverlay.apply(object["chronomap-overlay"], to: object, fonts: fonts)
        if variant == .overlay { object = overlaid }
        let layerValues = object["layers"]?.arrayValue ?? []
        var layers: [StyleLayer] = []
        var ids = Set<String>()
        for (index, layerValue) in layerValues.enumerated() {
            let path = JSONPath.root.appending("layers").appending(index)
            let layer = try readLayer(layerValue, at: path, fonts: fonts)
            guard ids.insert(layer.id).inserted else {
                throw StyleError(path: path.appending("id"), message: "duplicate layer id \"\(layer.id)\"")
            }
            layers.append(layer)
        }
        return Style(
            name: object["name"]?.stringValue ?? "unnamed", fonts: fonts, layers: layers,
            furniture: FurnitureStyle(PropertyValues(nil, furnitureValues)),
            eventSymbols: try eventSymbols(object["chronomap-event-symbols"]),
            palette: try palette(object["chronomap-palette"]))
    }

    static func fonts(_ value: JSONValue?) throws(StyleError) -> [String: String] {
        let path = JSONPath.root.appending("chronomap-fonts")
        var fonts: [String: String] = [:]
        if let value {
            guard let members = value.objectValue else {
                throw StyleError(path: path, message: "expected an object of font roles to font file paths")
            }
            for (role, file) in members {
                guard let filePath = file.stringValue, !filePath.isEmpty else {
                    throw StyleError(path: path.appending(role), message: "expected a font file path")
                }
                fonts[role] = filePath
            }
        }
        guard fonts["regular"] != nil else {
            throw StyleError(path: path, message: "a \"regular\" font file is required")
        }
        return fonts
    }

    /// Checks an object of properties against the keys of one section and returns it, by key name.
    static func properties(
        _ value: JSONValue?, keys: [String: AnyStyleKey], at path: JSONPath, fonts: [String: String],
        what: String,
        layerType: String? = nil
    ) throws(StyleError) -> [String: JSONValue] {
        guard let value else { return [:] }
        guard let members = value.objectValue else { throw StyleError(path: path, message: "expected an object") }
        var checked: [String: JSONValue] = [:]
        for (key, member) in members {
            guard let styleKey = keys[key] else {
                let known = keys.keys.sorted()
                let subject = layerType.map { "\(what) \"\(key)\" for a \($0) layer" } ?? "\(what) \"\(key)\""
                throw StyleError(
                    path: path.appending(key),
                    message: "unknown \(subject)"
                        + (known.isEmpty ? "" : "; expected one of \(known.joined(separator: ", "))"))
            }
            try check(member, as: styleKey.kind, at: path.appending(key), fonts: fonts)
            checked[key] = member
        }
        return checked
    }

    static func readLayer(
        _ value: JSONValue, at path: JSONPath, fonts: [String: String]
    ) throws(StyleError) -> StyleLayer {
        guard let object = value.objectValue else { throw StyleError(path: path, message: "a layer is a JSON object") }
        for key in object.keys where !layerKeys.contains(key) {
            throw StyleError(
                path: path.appending(key),
                message: "unknown layer key \"\(key)\"; expected one of \(layerKeys.sorted().joined(separator: ", "))")
        }
        guard let id = object["id"]?.stringValue, !id.isEmpty else {
            throw StyleError(path: path.appending("id"), message: "a layer needs a string id")
        }
        guard let typeName = object["type"]?.stringValue, let type = StyleLayer.LayerType(rawValue: typeName) else {
            throw StyleError(
                path: path.appending("type"),
                message: "type must be one of \(StyleLayer.LayerType.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var source: StyleLayer.Source?
        if type != .background {
            guard let name = object["source"]?.stringValue, let known = StyleLayer.Source(rawValue: name) else {
                let names = StyleLayer.Source.allCases.map(\.rawValue).joined(separator: ", ")
                throw StyleError(path: path.appending("source"), message: "source must name a data layer: \(names)")
            }
            source = known
        }
        let filter: StyleFilter? = try object["filter"].map { value throws(StyleError) in
            try StyleFilter.read(value, at: path.appending("filter"))
        }
        func zoom(_ key: String, _ fallback: Double) throws(StyleError) -> Double {
            guard let member = object[key] else { return fallback }
            guard let number = member.numberValue, (0...24).contains(number) else {
                throw StyleError(path: path.appending(key), message: "\(key) must be a number from 0 to 24")
            }
            return number
        }
        let minZoom = try zoom("minzoom", 0), maxZoom = try zoom("maxzoom", 24)
        guard minZoom < maxZoom else {
            throw StyleError(path: path.appending("maxzoom"), message: "maxzoom must be greater than minzoom")
        }

        let table = self.table(of: type, layout: object["layout"])
        var values: [String: JSONValue] = [:]
        for (section, owner) in [("paint", StyleProperty.Owner.paint(table)), ("layout", .layout(table))] {
            let members = try properties(
                object[section], keys: StyleProperty.keys(owner), at: path.appending(section), fonts: fonts,
                what: "\(section) property", layerType: type.rawValue)
            values.merge(members) { first, _ in first }
        }
        let reader = PropertyValues(table, values)
        let symbolizer: Symbolizer
        switch table {
        case .background: symbolizer = .background(reader[.backgroundColor])
        case .fill: symbolizer = .fill(FillSymbolizer(reader))
        case .line: symbolizer = .line(LineSymbolizer(reader))
        case .circle: symbolizer = .circle(CircleSymbolizer(reader))
        case .icon: symbolizer = .icon(IconSymbolizer(reader))
        case .text: symbolizer = .text(TextSymbolizer(reader))
        }
        let repetition = try self.repetition(object["chronomap-repeat"], at: path.appending("chronomap-repeat"))
        let legend = try self.legend(
            object["chronomap-legend"], at: path.appending("chronomap-legend"), repeated: repetition != nil)
        return StyleLayer(
            id: id, type: type, source: source, filter: filter, minZoom: minZoom, maxZoom: maxZoom,
            symbolizer: symbolizer,
            legend: legend, repetition: repetition)
    }

    /// Which table of properties a layer's type (and, for symbols, its `icon-image`) takes.
    static func table(of type: StyleLayer.LayerType, layout: JSONValue?) -> StyleProperty.Table {
        switch type {
        case .background: .background
        case .fill: .fill
        case .line: .line
        case .circle: .circle
        case .symbol: layout?.objectValue?[StyleKey<String>.iconImage.name] != nil ? .icon : .text
        }
    }

    static func check(
        _ value: JSONValue, as kind: StyleProperty.Kind, at path: JSONPath, fonts: [String: String]
    ) throws(StyleError) {
        switch kind {
        case .color:
            guard let text = value.stringValue, StyleColor(css: text) != nil else {
                throw StyleError(
                    path: path, message: "expected a colour such as \"#3a7bd5\" or \"rgba(58, 123, 213, 0.5)\"")
            }
        case .number(let range):
            guard let number = value.numberValue, range.contains(number) else {
                throw StyleError(
                    path: path, message: "expected a number from \(range.lowerBound) to \(range.upperBound)")
            }
        case .numbers:
            guard let array = value.arrayValue, !array.isEmpty, array.allSatisfy({ ($0.numberValue ?? -1) >= 0 }) else {
                throw StyleError(path: path, message: "expected an array of non-negative numbers")
            }
        case .string:
            guard value.stringValue != nil else { throw StyleError(path: path, message: "expected a string") }
        case .choice(let choices):
            guard let text = value.stringValue, choices.contains(text) else {
                throw StyleError(path: path, message: "expected one of \(choices.joined(separator: ", "))")
            }
        case .boolean:
            guard value.boolValue != nil else { throw StyleError(path: path, message: "expected true or false") }
        case .fonts:
            guard let array = value.arrayValue, let role = array.first?.stringValue else {
                throw StyleError(path: path, message: "expected an array naming a font role, e.g. [\"bold\"]")
            }
            guard fonts[role] != nil else {
                throw StyleError(
                    path: path.appending(0),
                    message:
                        "unknown font role \"\(role)\"; chronomap-fonts defines \(fonts.keys.sorted().joined(separator: ", "))"
                )
            }
        }
    }
}
