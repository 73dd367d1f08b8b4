import GeoJSON

/// The sections of a style that are not properties: a layer's legend entry and repetition, the event symbols
/// and the palette.
extension StyleReader {
    static func legend(_ value: JSONValue?, at path: JSONPath, repeated: Bool) throws(StyleError) -> LegendEntry? {
        guard let value else { return nil }
        let groups = LegendGroup.allCases.map(\.rawValue).joined(separator: ", ")
        guard let members = value.objectValue, let groupName = members["group"]?.stringValue,
            let group = LegendGroup(rawValue: groupName)
        else {
            throw StyleError(
                path: path, message: "expected {\"label\": \"…\", \"group\": \"…\"} with a group among \(groups)")
        }
        var translations: [String: String] = [:]
        for (key, member) in members where key != "group" {
            guard key == "label" || key.hasPrefix("label:") else {
                throw StyleError(
                    path: path.appending(key), message: "unknown legend key \"\(key)\"; expected label, label:xx, group"
                )
            }
            guard let text = member.stringValue, !text.isEmpty else {
                throw StyleError(path: path.appending(key), message: "expected a non-empty string")
            }
            if key != "label" { translations[String(key.dropFirst("label:".count))] = text }
        }
        let label = members["label"]?.stringValue
        guard label != nil || repeated else {
            throw StyleError(
                path: path, message: "a legend needs a \"label\" (repeated layers take the party's or overlay's name)")
        }
        return LegendEntry(label: label, translations: translations, group: group)
    }

    static func repetition(_ value: JSONValue?, at path: JSONPath) throws(StyleError) -> StyleLayer.Repetition? {
        guard let value else { return nil }
        let step = value.objectValue?["hatch-angle-step"]
        guard let members = value.objectValue, let subjectName = members["for"]?.stringValue,
            let subject = StyleLayer.Repetition.Subject(rawValue: subjectName),
            let property = members["property"]?.stringValue,
            !property.isEmpty, members.keys.allSatisfy({ ["for", "property", "hatch-angle-step"].contains($0) }),
            step == nil || step?.numberValue.map({ (-180...180).contains($0) }) == true
        else {
            throw StyleError(
                path: path,
                message:
                    "expected {\"for\": \"parties\" or \"overlays\", \"property\": the feature property holding the id, e.g. \"controller\", "
                    + "and optionally \"hatch-angle-step\": degrees from -180 to 180}")
        }
        return StyleLayer.Repetition(subject: subject, property: property, hatchAngleStep: step?.numberValue ?? 0)
    }

    static func eventSymbols(_ value: JSONValue?) throws(StyleError) -> EventSymbols {
        guard let value else { return EventSymbols() }
        let path = JSONPath.root.appending("chronomap-event-symbols")
        guard let members = value.objectValue else {
            throw StyleError(path: path, message: "expected an object of event kinds")
        }
        var symbols = EventSymbols()
        for (kind, member) in members {
            guard let entry = member.objectValue, let glyph = entry["glyph"]?.stringValue, !glyph.isEmpty,
                let colorText = entry["color"]?.stringValue, let color = StyleColor(css: colorText), entry.count == 2
            else {
                throw StyleError(
                    path: path.appending(kind), message: "expected {\"glyph\": \"⚑\", \"color\": \"#222222\"}")
            }
            let symbol = EventSymbols.Symbol(kind: kind, glyph: glyph, color: color)
            if kind == "default" { symbols.fallback = symbol } else { symbols.byKind[kind] = symbol }
        }
        return symbols
    }

    static func palette(_ value: JSONValue?) throws(StyleError) -> StylePalette {
        guard let value else { return StylePalette(parties: [], overlays: []) }
        let path = JSONPath.root.appending("chronomap-palette")
        guard let members = value.objectValue else {
            throw StyleError(path: path, message: "expected {\"parties\": [...], \"overlays\": [...]}")
        }
        var lists: [String: [StyleColor]] = [:]
        for (key, member) in members {
            guard key == "parties" || key == "overlays" else {
                throw StyleError(
                    path: path.appending(key), message: "unknown palette key \"\(key)\"; expected parties, overlays")
            }
            guard let array = member.arrayValue, !array.isEmpty else {
                throw StyleError(path: path.appending(key), message: "expected a non-empty array of colours")
            }
            var colors: [StyleColor] = []
            for (index, item) in array.enumerated() {
                guard let color = item.stringValue.flatMap(StyleColor.init(css:)) else {
                    throw StyleError(
                        path: path.appending(key).appending(index), message: "expected a colour such as \"#E69F00\"")
                }
                colors.append(color)
            }
            lists[key] = colors
        }
        return StylePalette(parties: lists["parties"] ?? [], overlays: lists["overlays"] ?? [])
    }
}
