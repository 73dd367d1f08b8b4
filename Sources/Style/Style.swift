import Foundation
import GeoJSON

/// A map style: layers in draw order, each with a filter on properties, a zoom range and paint
/// properties, plus fonts and the look of the map furniture. Read from JSON (`styles/default.json`).
///
/// The loader knows every key and rejects an unknown one with its JSON path, so a typo never
/// silently falls back to a default.
public struct Style: Sendable {
    public var name: String
    /// Font files by role (`regular`, `bold`); text-font names a role.
    public var fonts: [String: String]
    public var layers: [StyleLayer]
    /// Colours and sizes of the title, legend, scale bar, inset and footer.
    public var furniture: JSONObject

    /// The background colour (the first background layer's), white if none.
    public var backgroundColor: StyleColor {
        layers.first { $0.type == .background }?.color("background-color") ?? .white
    }

    /// A furniture colour, or the default.
    public func furnitureColor(_ key: String, default fallback: StyleColor) -> StyleColor {
        furniture[key]?.stringValue.flatMap(StyleColor.init(css:)) ?? fallback
    }

    /// A furniture number, or the default.
    public func furnitureNumber(_ key: String, default fallback: Double) -> Double {
        furniture[key]?.numberValue ?? fallback
    }

    /// Reads a style file.
    /// - Throws: `StyleError` with the file and the line and column (syntax) or JSON path (rules).
    public static func load(contentsOf path: String) throws(StyleError) -> Style {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StyleError(file: path, path: .root, message: "style file does not exist or cannot be read")
        }
        do {
            return try read(data)
        } catch {
            var located = error
            located.file = path
            throw located
        }
    }

    /// Reads style JSON.
    public static func read(_ data: Data) throws(StyleError) -> Style {
        let value: JSONValue
        do { value = try GeoJSONReader.parseJSON(data, file: nil) } catch {
            let diagnostic = error.diagnostics[0]
            var styleError = StyleError(path: .root, message: diagnostic.message)
            if case .lineColumn(let line, let column) = diagnostic.location { styleError.lineColumn = (line, column) }
            throw styleError
        }
        return try read(value)
    }

    static let topLevelKeys: Set<String> = ["version", "name", "metadata", "layers", "chronomap-fonts", "chronomap-furniture"]
    static let layerKeys: Set<String> = ["id", "type", "source", "filter", "minzoom", "maxzoom", "paint", "layout", "metadata", "chronomap-legend"]
    static let sources: Set<String> = ["base", "places", "routes", "zones", "events"]
    static let furnitureKeys: [String: StyleProperty.Kind] = [
        "panel-color": .color, "panel-border-color": .color, "text-color": .color, "muted-text-color": .color,
        "title-size": .number(6...200), "subtitle-size": .number(4...100), "legend-size": .number(4...100),
        "footer-size": .number(4...100), "inset-land-color": .color, "inset-water-color": .color,
        "inset-highlight-color": .color, "inset-extent-color": .color, "approximate-color": .color,
    ]

    static func read(_ value: JSONValue) throws(StyleError) -> Style {
        guard let object = value.objectValue else { throw StyleError(path: .root, message: "a style is a JSON object") }
        for key in object.keys where !topLevelKeys.contains(key) {
            throw StyleError(path: JSONPath.root.appending(key), message: "unknown style key \"\(key)\"; expected one of \(topLevelKeys.sorted().joined(separator: ", "))")
        }
        guard object["version"] == .number(1) else { throw StyleError(path: JSONPath.root.appending("version"), message: "version must be 1") }
        let name = object["name"]?.stringValue ?? "unnamed"

        var fonts: [String: String] = [:]
        if let fontObject = object["chronomap-fonts"] {
            guard let members = fontObject.objectValue else {
                throw StyleError(path: JSONPath.root.appending("chronomap-fonts"), message: "expected an object of font roles to font file paths")
            }
            for (role, file) in members {
                guard let path = file.stringValue, !path.isEmpty else {
                    throw StyleError(path: JSONPath.root.appending("chronomap-fonts").appending(role), message: "expected a font file path")
                }
                fonts[role] = path
            }
        }
        guard fonts["regular"] != nil else {
            throw StyleError(path: JSONPath.root.appending("chronomap-fonts"), message: "a \"regular\" font file is required")
        }

        var furniture = JSONObject()
        if let furnitureValue = object["chronomap-furniture"] {
            let path = JSONPath.root.appending("chronomap-furniture")
            guard let members = furnitureValue.objectValue else { throw StyleError(path: path, message: "expected an object") }
            for (key, member) in members {
                guard let kind = furnitureKeys[key] else {
                    throw StyleError(path: path.appending(key), message: "unknown furniture key \"\(key)\"; expected one of \(furnitureKeys.keys.sorted().joined(separator: ", "))")
                }
                try check(member, as: kind, at: path.appending(key), fonts: fonts)
            }
            furniture = members
        }

        guard let layerValues = object["layers"]?.arrayValue else {
            throw StyleError(path: JSONPath.root.appending("layers"), message: "a style needs a \"layers\" array")
        }
        var layers: [StyleLayer] = []
        var ids = Set<String>()
        for (index, layerValue) in layerValues.enumerated() {
            let layer = try readLayer(layerValue, at: JSONPath.root.appending("layers").appending(index), fonts: fonts)
            guard ids.insert(layer.id).inserted else {
                throw StyleError(path: JSONPath.root.appending("layers").appending(index).appending("id"), message: "duplicate layer id \"\(layer.id)\"")
            }
            layers.append(layer)
        }
        return Style(name: name, fonts: fonts, layers: layers, furniture: furniture)
    }

    static func readLayer(_ value: JSONValue, at path: JSONPath, fonts: [String: String]) throws(StyleError) -> StyleLayer {
        guard let object = value.objectValue else { throw StyleError(path: path, message: "a layer is a JSON object") }
        for key in object.keys where !layerKeys.contains(key) {
            throw StyleError(path: path.appending(key), message: "unknown layer key \"\(key)\"; expected one of \(layerKeys.sorted().joined(separator: ", "))")
        }
        guard let id = object["id"]?.stringValue, !id.isEmpty else { throw StyleError(path: path.appending("id"), message: "a layer needs a string id") }
        guard let typeName = object["type"]?.stringValue, let type = StyleLayer.LayerType(rawValue: typeName) else {
            throw StyleError(path: path.appending("type"), message: "type must be one of \(StyleLayer.LayerType.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var source: String?
        if type != .background {
            guard let name = object["source"]?.stringValue, sources.contains(name) else {
                throw StyleError(path: path.appending("source"), message: "source must name a data layer: \(sources.sorted().joined(separator: ", "))")
            }
            source = name
        }
        let filter: StyleFilter? = try object["filter"].map { value throws(StyleError) in try StyleFilter.read(value, at: path.appending("filter")) }
        func zoom(_ key: String, _ fallback: Double) throws(StyleError) -> Double {
            guard let member = object[key] else { return fallback }
            guard let number = member.numberValue, (0...24).contains(number) else { throw StyleError(path: path.appending(key), message: "\(key) must be a number from 0 to 24") }
            return number
        }
        let minZoom = try zoom("minzoom", 0), maxZoom = try zoom("maxzoom", 24)
        guard minZoom < maxZoom else { throw StyleError(path: path.appending("maxzoom"), message: "maxzoom must be greater than minzoom") }

        var sections: [String: JSONObject] = [:]
        for (section, table) in [("paint", StyleProperty.paint[type]!), ("layout", StyleProperty.layout[type]!)] {
            guard let sectionValue = object[section] else { sections[section] = [:]; continue }
            guard let members = sectionValue.objectValue else { throw StyleError(path: path.appending(section), message: "expected an object") }
            for (key, member) in members {
                guard let kind = table[key] else {
                    let known = table.keys.sorted()
                    throw StyleError(path: path.appending(section).appending(key),
                                     message: "unknown \(section) property \"\(key)\" for a \(type.rawValue) layer" + (known.isEmpty ? "" : "; expected one of \(known.joined(separator: ", "))"))
                }
                try check(member, as: kind, at: path.appending(section).appending(key), fonts: fonts)
            }
            sections[section] = members
        }

        var legend: StyleLayer.LegendEntry?
        if let legendValue = object["chronomap-legend"] {
            let legendPath = path.appending("chronomap-legend")
            guard let members = legendValue.objectValue, let label = members["label"]?.stringValue, !label.isEmpty else {
                throw StyleError(path: legendPath, message: "expected {\"label\": \"…\", \"group\": \"…\"}")
            }
            for key in members.keys where key != "label" && key != "group" {
                throw StyleError(path: legendPath.appending(key), message: "unknown legend key \"\(key)\"; expected label, group")
            }
            legend = StyleLayer.LegendEntry(label: label, group: members["group"]?.stringValue ?? "Map")
        }
        return StyleLayer(id: id, type: type, source: source, filter: filter, minZoom: minZoom, maxZoom: maxZoom,
                          paint: sections["paint"]!, layout: sections["layout"]!, legend: legend)
    }

    static func check(_ value: JSONValue, as kind: StyleProperty.Kind, at path: JSONPath, fonts: [String: String]) throws(StyleError) {
        switch kind {
        case .color:
            guard let text = value.stringValue, StyleColor(css: text) != nil else {
                throw StyleError(path: path, message: "expected a colour such as \"#3a7bd5\" or \"rgba(58, 123, 213, 0.5)\"")
            }
        case .number(let range):
            guard let number = value.numberValue, range.contains(number) else {
                throw StyleError(path: path, message: "expected a number from \(range.lowerBound) to \(range.upperBound)")
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
                throw StyleError(path: path.appending(0), message: "unknown font role \"\(role)\"; chronomap-fonts defines \(fonts.keys.sorted().joined(separator: ", "))")
            }
        }
    }
}
