import Foundation
import GeoJSON
import Support

extension Region {
    /// The members `region.json` may have, besides translations (`name:xx`, `title:xx`, `attribution:xx`,
    /// `inset_title:xx`).
    static let knownMembers: Set<String> = [
        "id", "name", "title", "extent", "first_date", "version", "as_of", "attribution", "licence", "languages",
        "utc_offset", "parties", "overlays", "study_area", "inset_title",
    ]

    /// Reads `region.json`, reporting every missing or malformed member with its JSON path.
    static func read(_ value: JSONValue, file: String) -> (Region?, [Diagnostic]) {
        var reader = RegionReader(file: file)
        let region = reader.read(value)
        return (region, reader.diagnostics)
    }
}

/// The checks of `region.json`, member by member, collecting every problem.
private struct RegionReader {
    let file: String
    var diagnostics: [Diagnostic] = []

    mutating func problem(_ path: JSONPath, _ message: String, _ severity: Diagnostic.Severity = .error) {
        diagnostics.append(Diagnostic(severity, file: file, at: .path(path), message))
    }

    mutating func read(_ value: JSONValue) -> Region? {
        guard let object = value.objectValue else {
            problem(.root, "expected an object, found \(value.typeName)")
            return nil
        }
        for key in object.keys {
            let base = key.split(separator: ":", maxSplits: 1).first.map(String.init) ?? key
            let translatable = ["name", "title", "attribution", "inset_title"].contains(base) && key != base
            if !Region.knownMembers.contains(key) && !translatable {
                problem(JSONPath.root.appending(key), "unknown member \"\(key)\" (ignored)", .warning)
            }
        }
        let id = string("id", in: object, at: .root)
        let version = string("version", in: object, at: .root)
        let licence = string("licence", in: object, at: .root)
        let name = text("name", in: object, at: .root)
        let title = text("title", in: object, at: .root)
        let attribution = text("attribution", in: object, at: .root)
        let firstDate = day("first_date", in: object)
        let asOf = day("as_of", in: object)
        let extent = self.extent(object["extent"])
        if let firstDate, let asOf, asOf < firstDate {
            problem(JSONPath.root.appending("as_of"), "as_of \(asOf) is before first_date \(firstDate)")
        }
        if let id, !Slug.isValid(id) {
            problem(JSONPath.root.appending("id"), "id must be a slug of lower-case letters, digits and hyphens")
        }
        let languages = self.languages(object["languages"])
        let utcOffset = self.utcOffset(object["utc_offset"])
        let parties = self.parties(object["parties"])
        let overlays = self.overlays(object["overlays"])
        let studyArea = self.studyArea(object["study_area"])
        let insetTitle = LocalizedText.read("inset_title", in: object)
        guard let id, let name, let title, let version, let attribution, let licence, let firstDate, let asOf,
            let extent
        else { return nil }
        return Region(
            id: id, name: name, title: title, extent: extent, firstDate: firstDate, version: version, asOf: asOf,
            attribution: attribution, licence: licence, languages: languages, utcOffset: utcOffset, parties: parties,
            overlays: overlays, studyArea: studyArea, insetTitle: insetTitle)
    }

    mutating func string(_ key: String, in object: JSONObject, at path: JSONPath, required: Bool = true) -> String? {
        guard let member = object[key] else {
            if required { problem(path, "missing \"\(key)\"") }
            return nil
        }
        guard let text = member.stringValue, !text.isEmpty else {
            problem(path.appending(key), "expected a non-empty string, found \(member.typeName)")
            return nil
        }
        return text
    }

    mutating func text(_ key: String, in object: JSONObject, at path: JSONPath, required: Bool = true) -> LocalizedText?
    {
        guard string(key, in: object, at: path, required: required) != nil else { return nil }
        return LocalizedText.read(key, in: object)
    }

    mutating func day(_ key: String, in object: JSONObject) -> Day? {
        guard let text = string(key, in: object, at: .root) else { return nil }
        do { return try Day(iso: text) } catch {
            problem(JSONPath.root.appending(key), error.description)
            return nil
        }
    }

    mutating func extent(_ member: JSONValue?) -> BoundingBox? {
        guard let member else {
            problem(.root, "missing \"extent\"")
            return nil
        }
        let numbers = member.arrayValue?.compactMap(\.numberValue) ?? []
        guard numbers.count == 4, numbers[0] < numbers[2], numbers[1] < numbers[3],
            (-180...180).contains(numbers[0]), (-180...180).contains(numbers[2]),
            (-90...90).contains(numbers[1]), (-90...90).contains(numbers[3])
        else {
            problem(
                JSONPath.root.appending("extent"),
                "expected [west, south, east, north] in degrees with west < east and south < north")
            return nil
        }
        return BoundingBox(
            southWest: Position(longitude: numbers[0], latitude: numbers[1]),
            northEast: Position(longitude: numbers[2], latitude: numbers[3]))
    }

    mutating func languages(_ member: JSONValue?) -> [String] {
        guard let member else { return ["en"] }
        let path = JSONPath.root.appending("languages")
        guard let array = member.arrayValue, !array.isEmpty else {
            problem(path, "expected a non-empty array of BCP 47 language codes such as [\"en\", \"uk\"]")
            return ["en"]
        }
        var codes: [String] = []
        for (index, value) in array.enumerated() {
            guard let code = value.stringValue, LanguageTag.isValid(code) else {
                problem(path.appending(index), "expected a BCP 47 language code such as \"en\" or \"sr-Latn\"")
                continue
            }
            if codes.contains(code) { problem(path.appending(index), "language \"\(code)\" is listed twice") }
            codes.append(code)
        }
        return codes.isEmpty ? ["en"] : codes
    }

    mutating func utcOffset(_ member: JSONValue?) -> String? {
        guard let member else { return nil }
        guard let text = member.stringValue, Self.isUTCOffset(text) else {
            problem(
                JSONPath.root.appending("utc_offset"), "expected an offset from UTC such as \"+04:00\" or \"-03:30\"")
            return nil
        }
        return text
    }

    mutating func parties(_ member: JSONValue?) -> [Party] {
        guard let member else { return [] }
        let path = JSONPath.root.appending("parties")
        guard let array = member.arrayValue else {
            problem(path, "expected an array of parties, each {\"id\", \"name\", \"short\", \"authority\", \"color\"}")
            return []
        }
        var parties: [Party] = []
        for (index, value) in array.enumerated() {
            let partyPath = path.appending(index)
            guard let object = value.objectValue else {
                problem(partyPath, "expected an object {\"id\", \"name\", ...}")
                continue
            }
            for key in object.keys {
                let base = key.split(separator: ":").first.map(String.init) ?? key
                let known = ["id", "name", "short", "authority", "color", "labelled"].contains(key)
                let translation = ["name", "short", "authority"].contains(base) && key.contains(":")
                if !known && !translation {
                    problem(
                        partyPath.appending(key),
                        "unknown party member \"\(key)\"; expected id, name, short, authority, color, labelled or the name:xx translations"
                    )
                }
            }
            guard let id = string("id", in: object, at: partyPath), let name = text("name", in: object, at: partyPath)
            else { continue }
            if !Slug.isValid(id) || id == Controller.contested.id || id == Controller.transition.id {
                problem(
                    partyPath.appending("id"),
                    "a party id is a slug of lower-case letters, digits and hyphens, and not \"contested\" or \"transition\""
                )
                continue
            }
            if parties.contains(where: { $0.id == id }) {
                problem(partyPath.appending("id"), "party \"\(id)\" is declared twice")
                continue
            }
            let color = self.color(object["color"], at: partyPath.appending("color"))
            var isLabelled = true
            if let labelled = object["labelled"] {
                if let flag = labelled.boolValue {
                    isLabelled = flag
                } else {
                    problem(partyPath.appending("labelled"), "expected true or false")
                }
            }
            parties.append(
                Party(
                    id: id, name: name, short: text("short", in: object, at: partyPath, required: false),
                    authority: text("authority", in: object, at: partyPath, required: false), color: color,
                    isLabelled: isLabelled))
        }
        return parties
    }

    mutating func overlays(_ member: JSONValue?) -> [OverlayKind] {
        guard let member else { return [] }
        let path = JSONPath.root.appending("overlays")
        guard let array = member.arrayValue else {
            problem(path, "expected an array of overlays, each {\"kind\", \"name\", \"color\"}")
            return []
        }
        var overlays: [OverlayKind] = []
        for (index, value) in array.enumerated() {
            let overlayPath = path.appending(index)
            guard let object = value.objectValue else {
                problem(overlayPath, "expected an object {\"kind\", \"name\", \"color\"}")
                continue
            }
            for key in object.keys where !["kind", "name", "color"].contains(key) && !key.hasPrefix("name:") {
                problem(
                    overlayPath.appending(key),
                    "unknown overlay member \"\(key)\"; expected kind, name, color or name:xx")
            }
            guard let kind = string("kind", in: object, at: overlayPath),
                let name = text("name", in: object, at: overlayPath)
            else {
                continue
            }
            if !Slug.isValid(kind) || kind == "control" {
                problem(overlayPath.appending("kind"), "an overlay kind is a slug other than \"control\"")
                continue
            }
            if overlays.contains(where: { $0.kind == kind }) {
                problem(overlayPath.appending("kind"), "overlay \"\(kind)\" is declared twice")
                continue
            }
            overlays.append(
                OverlayKind(kind: kind, name: name, color: color(object["color"], at: overlayPath.appending("color"))))
        }
        return overlays
    }

    mutating func color(_ member: JSONValue?, at path: JSONPath) -> String? {
        guard let member else { return nil }
        guard let text = member.stringValue, text.count == 7, text.hasPrefix("#"),
            text.dropFirst().allSatisfy(\.isHexDigit)
        else {
            problem(path, "expected a colour \"#rrggbb\"")
            return nil
        }
        return text.lowercased()
    }

    mutating func studyArea(_ member: JSONValue?) -> Geometry? {
        guard let member else { return nil }
        let path = JSONPath.root.appending("study_area")
        let result = GeoJSONReader().read(member, file: file, at: path)
        diagnostics += result.diagnostics
        guard case .geometry(let geometry)? = result.object, !geometry.polygons.isEmpty else {
            problem(path, "expected a GeoJSON Polygon or MultiPolygon")
            return nil
        }
        return geometry
    }

    static func isUTCOffset(_ text: String) -> Bool {
        let characters = Array(text)
        guard characters.count == 6, characters[0] == "+" || characters[0] == "-", characters[3] == ":",
            let hours = Int(String(characters[1...2])), let minutes = Int(String(characters[4...5]))
        else { return false }
        return hours <= 14 && minutes < 60
    }
}
