import GeoJSON
import Scene
import Style

extension LegendLine {
    /// The line as JSON for web pages, with its swatch described so a page can draw it as the map does:
    /// `{"group", "group_title", "label", "swatch": {"kind": "fill" | "line" | "marker" | "icon", ...}}`.
    var json: JSONValue {
        var swatchMembers: JSONObject
        switch swatch {
        case .fill(let color, let hatch, let outline, let dash):
            swatchMembers = ["kind": "fill", "color": .string(color.description)]
            if let hatch {
                swatchMembers["hatch"] = [
                    "color": .string(hatch.color.description), "spacing": .number(hatch.spacing),
                    "angle": .number(hatch.angleDegrees),
                    "width": .number(hatch.width),
                ]
            }
            if let outline { swatchMembers["outline"] = .string(outline.description) }
            if !dash.isEmpty { swatchMembers["dash"] = .array(dash.map { .number($0) }) }
        case .line(let color, let width, let dash, let casing):
            swatchMembers = ["kind": "line", "color": .string(color.description), "width": .number(width)]
            if !dash.isEmpty { swatchMembers["dash"] = .array(dash.map { .number($0) }) }
            if let casing { swatchMembers["casing"] = .string(casing.description) }
        case .marker(let color, let radius, let isSquare, let stroke):
            swatchMembers = [
                "kind": "marker", "color": .string(color.description), "radius": .number(radius),
                "square": .bool(isSquare),
            ]
            if let stroke { swatchMembers["stroke"] = .string(stroke.description) }
        case .icon(let symbol):
            swatchMembers = [
                "kind": "icon", "glyph": .string(symbol.glyph), "color": .string(symbol.color.description),
            ]
        case .none:
            swatchMembers = ["kind": "none"]
        }
        return [
            "group": .string(group.rawValue), "group_title": .string(groupTitle), "label": .string(label),
            "swatch": .object(swatchMembers),
        ]
    }
}
