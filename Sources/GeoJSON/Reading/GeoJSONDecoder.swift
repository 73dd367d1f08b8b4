/// Walks parsed JSON, building the model and recording every problem with its JSON path.
///
/// Each broken MUST of RFC 7946 is an error and each unmet SHOULD a warning; both end with the
/// section they cite. Decoding goes on past a problem wherever the rest still makes sense, so that
/// `validate` lists every problem at once.
struct GeoJSONDecoder {
    /// More decimals than this in a coordinate are finer than 10 cm (RFC 7946 section 11.2).
    static let maximumDecimals = 6
    /// Positions with too many decimals are listed one by one up to this count, then summed up.
    static let listedPrecisionWarnings = 3

    /// The name diagnostics give, or nil.
    let file: String?
    /// What the source text said about its arrays of numbers (empty when decoding values, not text).
    let numberArrayTexts: [JSONPath: JSONParser.NumberArrayText]
    /// Every problem so far, in the order met.
    private(set) var diagnostics: [Diagnostic] = []
    private var listedPrecisionWarningCount = 0
    private var unlistedPrecisionWarningCount = 0

    /// - Parameters:
    ///   - file: the name diagnostics give.
    ///   - numberArrayTexts: what the parser noted about the text of number arrays.
    init(file: String?, numberArrayTexts: [JSONPath: JSONParser.NumberArrayText] = [:]) {
        self.file = file
        self.numberArrayTexts = numberArrayTexts
    }

    // MARK: Diagnostics

    mutating func error(_ path: JSONPath, _ message: String, _ section: RFC7946Section?) {
        report(.error, path, message, section)
    }

    mutating func warning(_ path: JSONPath, _ message: String, _ section: RFC7946Section?) {
        report(.warning, path, message, section)
    }

    private mutating func report(
        _ severity: Diagnostic.Severity, _ path: JSONPath, _ message: String, _ section: RFC7946Section?
    ) {
        // The citation is part of the message, so that it survives code that copies a diagnostic by its message.
        let text = section.map { message + " " + $0.citation } ?? message
        diagnostics.append(Diagnostic(severity, file: file, at: .path(path), text))
    }

    /// Notes a position written with too many decimals: listed while few, counted after.
    mutating func reportExcessPrecision(at path: JSONPath, decimals: Int) {
        guard listedPrecisionWarningCount < Self.listedPrecisionWarnings else {
            unlistedPrecisionWarningCount += 1
            return
        }
        listedPrecisionWarningCount += 1
        warning(
            path,
            "coordinates with \(decimals) decimals, more than \(Self.maximumDecimals) (finer than 0.1 m); "
                + "they are rounded when written", .coordinatePrecision)
    }

    // MARK: Objects

    /// Decodes a whole GeoJSON text's value.
    /// - Parameters:
    ///   - value: the parsed JSON.
    ///   - path: where the value sits (the root for a whole file).
    mutating func document(_ value: JSONValue, at path: JSONPath) -> GeoJSONObject? {
        let object = self.object(value, at: path)
        if unlistedPrecisionWarningCount > 0 {
            let count = unlistedPrecisionWarningCount
            warning(
                path,
                "\(count) more position\(count == 1 ? "" : "s") with more than \(Self.maximumDecimals) decimals "
                    + "not listed", .coordinatePrecision)
        }
        return object
    }

    private mutating func object(_ value: JSONValue, at path: JSONPath) -> GeoJSONObject? {
        guard let members = value.objectValue else {
            error(path, "a GeoJSON text is a single GeoJSON object; found \(value.typeName)", .geoJSONText)
            return nil
        }
        guard let type = typeName(of: members, at: path) else { return nil }
        switch type {
        case "Feature": return feature(members, at: path).map(GeoJSONObject.feature)
        case "FeatureCollection": return featureCollection(members, at: path).map(GeoJSONObject.featureCollection)
        default: return geometry(members, type: type, at: path).map(GeoJSONObject.geometry)
        }
    }

    /// The nine names RFC 7946 allows in `type`, and no others (section 7).
    static let typeNames = [
        "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon",
        "GeometryCollection", "Feature", "FeatureCollection",
    ]

    /// The object's `type`, if it is one of the nine; also warns about a `crs` member.
    mutating func typeName(of members: JSONObject, at path: JSONPath) -> String? {
        guard let typeValue = members["type"] else {
            error(path, "missing the \"type\" member", .geoJSONObject)
            return nil
        }
        guard let type = typeValue.stringValue else {
            error(path.appending("type"), "expected a string, found \(typeValue.typeName)", .geoJSONObject)
            return nil
        }
        guard Self.typeNames.contains(type) else {
            if let intended = Self.typeNames.first(where: { $0.lowercased() == type.lowercased() }) {
                error(
                    path.appending("type"),
                    "unknown GeoJSON type \"\(type)\" (type names are case-sensitive: "
                        + "\"\(intended)\")", .typesNotExtensible)
            } else {
                error(path.appending("type"), "unknown GeoJSON type \"\(type)\"", .typesNotExtensible)
            }
            return nil
        }
        if members["crs"] != nil {
            warning(
                path.appending("crs"),
                "the \"crs\" member is no longer part of GeoJSON; coordinates are "
                    + "always WGS84 longitude, latitude", .coordinateReferenceSystem)
        }
        return type
    }

    /// Reports the members that RFC 7946 section 7.1 keeps for other types, in document order.
    mutating func rejectMembers(_ names: Set<String>, of members: JSONObject, in kind: String, at path: JSONPath) {
        for (name, _) in members where names.contains(name) {
            let owner =
                switch name {
                case "coordinates", "geometries": "Geometry objects"
                case "geometry", "properties": "Features"
                default: "FeatureCollections"
                }
            error(
                path.appending(name), "a \(kind) must not have a \"\(name)\" member (it belongs to \(owner))",
                .membersNotChangeable)
        }
    }

    /// The members a FeatureCollection must not hold.
    static let forbiddenInFeatureCollection: Set<String> = ["coordinates", "geometries", "geometry", "properties"]
    /// The members a Feature must not hold.
    static let forbiddenInFeature: Set<String> = ["coordinates", "geometries", "features"]
    /// The members a Geometry must not hold.
    static let forbiddenInGeometry: Set<String> = ["geometry", "properties", "features"]

    private mutating func featureCollection(_ members: JSONObject, at path: JSONPath) -> FeatureCollection? {
        rejectMembers(Self.forbiddenInFeatureCollection, of: members, in: "FeatureCollection", at: path)
        let box = boundingBox(members, at: path)
        guard let featuresValue = members["features"] else {
            error(path, "a FeatureCollection needs a \"features\" member (an array of Features)", .featureCollection)
            return nil
        }
        guard let elements = featuresValue.arrayValue else {
            error(
                path.appending("features"), "expected an array of Features, found \(featuresValue.typeName)",
                .featureCollection)
            return nil
        }
        var features: [Feature] = []
        var firstPathOfID: [FeatureIdentifier: JSONPath] = [:]
        for (index, element) in elements.enumerated() {
            let elementPath = path.appending("features").appending(index)
            guard let featureMembers = element.objectValue else {
                error(elementPath, "expected a Feature object, found \(element.typeName)", .featureCollection)
                continue
            }
            guard let type = typeName(of: featureMembers, at: elementPath) else { continue }
            guard type == "Feature" else {
                error(
                    elementPath.appending("type"), "expected \"Feature\" in a FeatureCollection, found \"\(type)\"",
                    .featureCollection)
                continue
            }
            guard let feature = feature(featureMembers, at: elementPath) else { continue }
            if let id = feature.id {
                // Not an RFC rule but a data set's: ids name features, so each names one.
                if let first = firstPathOfID[id] {
                    error(elementPath.appending("id"), "duplicate feature id \"\(id)\" (first used at \(first))", nil)
                } else {
                    firstPathOfID[id] = elementPath
                }
            }
            features.append(feature)
        }
        if let box {
            checkDimensions(of: box, at: path, against: features.lazy.compactMap(\.geometry).flatMap(\.allPositions))
        }
        let known = Self.forbiddenInFeatureCollection.union(["type", "features", "bbox", "crs"])
        return FeatureCollection(features, bbox: box, foreignMembers: foreign(members, known: known))
    }

    private mutating func feature(_ members: JSONObject, at path: JSONPath) -> Feature? {
        rejectMembers(Self.forbiddenInFeature, of: members, in: "Feature", at: path)
        let box = boundingBox(members, at: path)
        var id: FeatureIdentifier?
        if let idValue = members["id"] {
            switch idValue {
            case .string(let value): id = .string(value)
            case .number(let value): id = .number(value)
            default:
                error(
                    path.appending("id"), "a feature id must be a string or a number, found \(idValue.typeName)",
                    .feature)
            }
        }
        var properties: JSONObject?
        switch members["properties"] {
        case nil: error(path, "a Feature needs a \"properties\" member (an object or null)", .feature)
        case .null?: properties = nil
        case .object(let object)?: properties = object
        case let other?:
            error(path.appending("properties"), "expected an object or null, found \(other.typeName)", .feature)
        }
        var geometryValue: Geometry?
        switch members["geometry"] {
        case nil: error(path, "a Feature needs a \"geometry\" member (a geometry object or null)", .feature)
        case .null?: geometryValue = nil
        case .object(let object)?:
            let geometryPath = path.appending("geometry")
            guard let type = typeName(of: object, at: geometryPath) else { return nil }
            if type == "Feature" || type == "FeatureCollection" {
                error(geometryPath.appending("type"), "expected a geometry type, found \"\(type)\"", .feature)
            } else {
                geometryValue = geometry(object, type: type, at: geometryPath)
                if geometryValue == nil { return nil }
            }
        case let other?:
            error(path.appending("geometry"), "expected a geometry object or null, found \(other.typeName)", .feature)
        }
        if let box, let geometryValue { checkDimensions(of: box, at: path, against: geometryValue.allPositions) }
        let known = Self.forbiddenInFeature.union(["type", "id", "geometry", "properties", "bbox", "crs"])
        return Feature(
            id: id, geometry: geometryValue, properties: properties, bbox: box,
            foreignMembers: foreign(members, known: known))
    }

    /// The members RFC 7946 does not define, in their order (section 6.1). Members that break
    /// section 7.1 are left out too, so that writing back what was read gives valid GeoJSON.
    func foreign(_ members: JSONObject, known: Set<String>) -> JSONObject {
        JSONObject(members.filter { !known.contains($0.key) }.map { ($0.key, $0.value) })
    }
}
