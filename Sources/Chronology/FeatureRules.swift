import GeoJSON

/// The data conventions one feature must follow (docs/data-format.md, "Features" and "The layers"), checked with JSON paths.
struct FeatureRules {
    let layer: Layer
    let file: String
    let path: JSONPath
    /// The region, when it could be read: it declares the parties and the overlay kinds zones may use.
    let region: Region?
    private(set) var diagnostics: [Diagnostic] = []

    init(layer: Layer, file: String, path: JSONPath, region: Region?) {
        self.layer = layer
        self.file = file
        self.path = path
        self.region = region
    }

    /// The kinds allowed in this layer: zones add the region's overlay kinds to `control`.
    var allowedKinds: Set<String> {
        guard layer == .zones else { return layer.allowedKinds }
        return layer.allowedKinds.union(region?.overlays.map(\.kind) ?? [])
    }

    private mutating func error(_ key: String?, _ message: String) {
        let at = key.map { path.appending("properties").appending($0) } ?? path
        diagnostics.append(Diagnostic(.error, file: file, at: .path(at), message))
    }

    /// The feature as a dated feature, or nil when it cannot be used.
    mutating func check(_ feature: Feature) -> DatedFeature? {
        guard let id = feature.id else {
            error(nil, "missing \"id\": every feature needs a stable id (a slug such as \"town-hall\")")
            return nil
        }
        guard case .string(let slug) = id, !slug.isEmpty else {
            diagnostics.append(
                Diagnostic(.error, file: file, at: .path(path.appending("id")), "id must be a non-empty string slug"))
            return nil
        }
        guard let properties = feature.properties else {
            error(nil, "\"properties\" is null; every feature needs at least \"kind\" and \"source\"")
            return nil
        }
        if properties["id"] != nil {
            error("id", "the id belongs in the Feature's own \"id\" member, not in properties")
        }
        // An event whose sources give no place is listed, not drawn; every other feature is located.
        if feature.geometry == nil, layer != .events {
            diagnostics.append(
                Diagnostic(
                    .error, file: file, at: .path(path.appending("geometry")),
                    "geometry is null; every feature of a data set but an event with no known place is located"))
        }

        let kind = requiredString(properties, "kind")
        // Without a readable region.json the overlay kinds are unknown: only region.json's own error is reported.
        if let kind, !allowedKinds.contains(kind), layer != .zones || region != nil {
            let hint = layer == .zones ? " (overlay kinds are declared in region.json's \"overlays\")" : ""
            error(
                "kind",
                "unknown kind \"\(kind)\" for layer \(layer.rawValue); expected one of \(allowedKinds.sorted().joined(separator: ", "))\(hint)"
            )
        }
        if let source = properties["source"] {
            if source.stringValue?.allSatisfy(\.isWhitespace) ?? true {
                error("source", "source must be a non-empty string")
            }
        } else {
            error(nil, "missing \"source\": every feature says where it comes from")
        }
        allowed(properties, "accuracy", ["exact", "approximate"])
        allowed(properties, "date_accuracy", ["exact", "approximate", "disputed"])

        var validity = ValidityInterval.always
        switch layer {
        case .base:
            if properties["start_date"] != nil || properties["end_date"] != nil {
                error("start_date", "base features are static and carry no dates")
            }
        case .places:
            requiredString(properties, "name")
            if let rank = properties["rank"] {
                if let value = rank.numberValue, value == value.rounded(), (1...5).contains(value) {
                } else {
                    error("rank", "rank must be a whole number from 1 to 5")
                }
            } else {
                error(nil, "missing \"rank\" (1 to 5)")
            }
            validity = interval(properties, startKey: "start_date", required: false)
        case .routes:
            requiredString(properties, "route")
            requiredString(properties, "name")
            if let status = requiredString(properties, "status"), RouteStatus(rawValue: status) == nil {
                error("status", "unknown status \"\(status)\"; expected open, blockaded, checkpoint or closed")
            }
            validity = interval(properties, startKey: "start_date", required: true)
        case .zones:
            if kind == "control", let controller = requiredString(properties, "controller"), let region,
                !region.controllers.contains(Controller(controller))
            {
                let allowed = region.controllers.map(\.id).joined(separator: ", ")
                error(
                    "controller",
                    "unknown controller \"\(controller)\"; expected one of the parties of region.json or contested: \(allowed)"
                )
            }
            if let parties = properties["parties"] {
                let ids = parties.arrayValue?.compactMap(\.stringValue) ?? []
                if ids.count != parties.arrayValue?.count ?? -1 {
                    error("parties", "parties must be an array of party ids")
                } else if let region, let unknown = ids.first(where: { region.party($0) == nil }) {
                    error(
                        "parties",
                        "unknown party \"\(unknown)\"; region.json declares \(region.parties.map(\.id).joined(separator: ", "))"
                    )
                }
            }
            validity = interval(properties, startKey: "start_date", required: true)
            if let geometry = feature.geometry, geometry.polygons.isEmpty {
                diagnostics.append(
                    Diagnostic(
                        .error, file: file, at: .path(path.appending("geometry")),
                        "a zone must be a Polygon or MultiPolygon, found \(geometry.typeName)"))
            }
        case .events:
            requiredString(properties, "title")
            validity = interval(properties, startKey: "date", required: true)
            if validity.end == nil, let start = validity.start { validity.end = start.adding(days: 1) }
            if let time = properties["time"] {
                let zone = region?.utcOffset.map { "UTC\($0)" } ?? "the region's local time"
                if !(time.stringValue.map(isTime) ?? false) { error("time", "time must be HH:MM (\(zone))") }
            }
            if let claimed = properties["claimed_by"], claimed.stringValue?.isEmpty ?? true {
                error(
                    "claimed_by", "claimed_by must name a party id or a source, e.g. \"the defence ministry of a side\""
                )
            }
            if let denied = properties["denied_by"] {
                let names = denied.arrayValue?.compactMap(\.stringValue).filter { !$0.isEmpty } ?? []
                if names.isEmpty || names.count != denied.arrayValue?.count {
                    error(
                        "denied_by",
                        "denied_by must be a list of party ids or sources, e.g. [\"the other side's foreign ministry\"]"
                    )
                }
            }
        }
        let startKey = layer == .events ? "date" : "start_date"
        let startUncertainty = uncertainty(properties, of: startKey, plain: validity.start)
        let endUncertainty = layer == .events ? nil : uncertainty(properties, of: "end_date", plain: validity.end)
        guard diagnostics.isEmpty, let kind else { return nil }
        return DatedFeature(
            id: slug, layer: layer, kind: kind, validity: validity, feature: feature,
            origin: .init(file: file, path: path),
            startUncertainty: startUncertainty, endUncertainty: endUncertainty)
    }

    @discardableResult
    private mutating func requiredString(_ properties: JSONObject, _ key: String) -> String? {
        guard let value = properties[key] else {
            error(nil, "missing \"\(key)\"")
            return nil
        }
        guard let text = value.stringValue, !text.isEmpty else {
            error(key, "\(key) must be a non-empty string, found \(value.typeName)")
            return nil
        }
        return text
    }

    private mutating func allowed(_ properties: JSONObject, _ key: String, _ values: Set<String>) {
        guard let value = properties[key] else { return }
        guard let text = value.stringValue, values.contains(text) else {
            error(key, "\(key) must be one of \(values.sorted().joined(separator: ", "))")
            return
        }
    }

    private mutating func interval(_ properties: JSONObject, startKey: String, required: Bool) -> ValidityInterval {
        func day(_ key: String) -> Day? {
            guard let value = properties[key] else { return nil }
            guard let text = value.stringValue else {
                error(key, "\(key) must be an ISO date string, found \(value.typeName)")
                return nil
            }
            do { return try Day(partialISO: text) } catch {
                self.error(key, error.description)
                return nil
            }
        }
        let start = day(startKey)
        let end = day("end_date")
        if required, properties[startKey] == nil { error(nil, "missing \"\(startKey)\"") }
        if let start, let end, end <= start {
            error("end_date", "end_date \(end) is not after \(startKey) \(start) (end dates are exclusive)")
        }
        return ValidityInterval(start: start, end: end)
    }

    /// Reads `key:edtf` (docs/data-format.md, "Uncertain dates"): an EDTF value whose earliest day is the plain date.
    private mutating func uncertainty(_ properties: JSONObject, of key: String, plain: Day?) -> UncertainDate? {
        let edtfKey = key + ":edtf"
        guard let value = properties[edtfKey] else { return nil }
        guard let text = value.stringValue else {
            error(edtfKey, "\(edtfKey) must be an EDTF string such as \"2023-10?\" or \"[2023-09-22..2023-10-02]\"")
            return nil
        }
        let window: UncertainDate
        do { window = try UncertainDate(edtf: text) } catch {
            self.error(edtfKey, error.description)
            return nil
        }
        guard let plain else {
            error(nil, "\(edtfKey) needs the plain \(key) beside it (its earliest day, \(window.earliest))")
            return nil
        }
        if window.earliest != plain {
            error(
                edtfKey,
                "\(edtfKey) \(text) starts on \(window.earliest), but \(key) is \(plain): the plain date is the earliest day the EDTF value allows"
            )
        }
        return window
    }

    private func isTime(_ text: String) -> Bool {
        let parts = text.split(separator: ":")
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isNumber) }),
            let hours = Int(parts[0]), let minutes = Int(parts[1])
        else { return false }
        return hours < 24 && minutes < 60
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space.
    func trimmingWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}
