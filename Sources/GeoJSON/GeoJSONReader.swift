import Foundation

/// Reads GeoJSON text into the model, checking it against RFC 7946 and collecting every problem.
///
/// Syntax errors stop reading and carry a line and column. Rule violations carry the JSON path of
/// the value that breaks the rule; reading goes on past them so that `validate` can list them all.
/// Rule violations:
/// - errors: a missing or unknown `type`, malformed coordinates, a longitude or latitude out of range,
///   a line with fewer than 2 positions, a ring with fewer than 4 positions or not closed, a feature
///   without `geometry` or `properties`, duplicate feature ids, a malformed `bbox`;
/// - warnings: a `crs` member (removed by RFC 7946), rings wound against the right-hand rule,
///   coordinates with more than 6 decimals, empty geometries.
public struct GeoJSONReader: Sendable {
    /// What was read, and what is wrong with it.
    public struct Result: Sendable {
        /// The object, or nil when its top level could not be read at all.
        public var object: GeoJSONObject?
        /// Every problem, in document order.
        public var diagnostics: [Diagnostic]
        /// Whether any problem is an error.
        public var hasErrors: Bool { diagnostics.contains(where: \.isError) }
    }

    public init() {}

    /// Reads a file. A file that cannot be opened is reported as a diagnostic at the file.
    /// - Parameter path: the path, used as given in every diagnostic.
    public func read(contentsOf path: String) -> Result {
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot be read" : "does not exist"
            return Result(object: nil, diagnostics: [Diagnostic(.error, file: path, at: .file, "file \(reason)")])
        }
        return read(data, file: path)
    }

    /// Reads GeoJSON text.
    /// - Parameters:
    ///   - data: UTF-8 JSON.
    ///   - file: the name to give in diagnostics, or nil.
    public func read(_ data: Data, file: String?) -> Result {
        let value: JSONValue
        do {
            value = try JSONParser.parse(Array(data))
        } catch {
            return Result(object: nil, diagnostics: [Diagnostic(.error, file: file, at: .lineColumn(line: error.line, column: error.column), error.message)])
        }
        var decoder = Decoder(file: file)
        let object = decoder.object(value, at: .root)
        return Result(object: object, diagnostics: decoder.diagnostics)
    }

    /// Reads GeoJSON text and throws if it has any error; warnings are returned.
    /// - Throws: `DiagnosticError` with every problem.
    public func readStrictly(_ data: Data, file: String?) throws(DiagnosticError) -> (GeoJSONObject, warnings: [Diagnostic]) {
        let result = read(data, file: file)
        guard let object = result.object, !result.hasErrors else { throw DiagnosticError(result.diagnostics) }
        return (object, result.diagnostics)
    }

    /// Parses any JSON text (not only GeoJSON) with the same syntax-error locations.
    /// - Throws: `DiagnosticError` holding the syntax error.
    public static func parseJSON(_ data: Data, file: String?) throws(DiagnosticError) -> JSONValue {
        do {
            return try JSONParser.parse(Array(data))
        } catch {
            throw DiagnosticError([Diagnostic(.error, file: file, at: .lineColumn(line: error.line, column: error.column), error.message)])
        }
    }
}

/// Walks the parsed JSON, building the model and recording problems with their paths.
private struct Decoder {
    let file: String?
    var diagnostics: [Diagnostic] = []
    /// Coordinates that were checked for excess precision: only the first few are reported.
    private var excessPrecisionReports = 0

    init(file: String?) { self.file = file }

    mutating func error(_ path: JSONPath, _ message: String) { diagnostics.append(Diagnostic(.error, file: file, at: .path(path), message)) }
    mutating func warning(_ path: JSONPath, _ message: String) { diagnostics.append(Diagnostic(.warning, file: file, at: .path(path), message)) }

    mutating func object(_ value: JSONValue, at path: JSONPath) -> GeoJSONObject? {
        guard let members = value.objectValue else {
            error(path, "expected a GeoJSON object, found \(value.typeName)")
            return nil
        }
        guard let type = typeName(of: members, at: path) else { return nil }
        switch type {
        case "Feature": return feature(members, at: path).map(GeoJSONObject.feature)
        case "FeatureCollection": return featureCollection(members, at: path).map(GeoJSONObject.featureCollection)
        default: return geometry(members, type: type, at: path).map(GeoJSONObject.geometry)
        }
    }

    private mutating func typeName(of members: JSONObject, at path: JSONPath) -> String? {
        guard let typeValue = members["type"] else {
            error(path, "missing the \"type\" member")
            return nil
        }
        guard let type = typeValue.stringValue else {
            error(path.appending("type"), "expected a string, found \(typeValue.typeName)")
            return nil
        }
        let known = ["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection", "Feature", "FeatureCollection"]
        guard known.contains(type) else {
            error(path.appending("type"), "unknown GeoJSON type \"\(type)\"")
            return nil
        }
        if members["crs"] != nil { warning(path.appending("crs"), "the \"crs\" member was removed by RFC 7946; coordinates are WGS84 longitude, latitude") }
        return type
    }

    private mutating func featureCollection(_ members: JSONObject, at path: JSONPath) -> FeatureCollection? {
        guard let featuresValue = members["features"] else {
            error(path, "a FeatureCollection needs a \"features\" member")
            return nil
        }
        guard let elements = featuresValue.arrayValue else {
            error(path.appending("features"), "expected an array, found \(featuresValue.typeName)")
            return nil
        }
        var features: [Feature] = []
        var firstPathOfID: [FeatureIdentifier: JSONPath] = [:]
        for (index, element) in elements.enumerated() {
            let elementPath = path.appending("features").appending(index)
            guard let featureMembers = element.objectValue else {
                error(elementPath, "expected a Feature object, found \(element.typeName)")
                continue
            }
            guard let type = typeName(of: featureMembers, at: elementPath) else { continue }
            guard type == "Feature" else {
                error(elementPath.appending("type"), "expected \"Feature\" in a FeatureCollection, found \"\(type)\"")
                continue
            }
            guard let feature = feature(featureMembers, at: elementPath) else { continue }
            if let id = feature.id {
                if let first = firstPathOfID[id] {
                    error(elementPath.appending("id"), "duplicate feature id \"\(id)\" (first used at \(first))")
                } else {
                    firstPathOfID[id] = elementPath
                }
            }
            features.append(feature)
        }
        return FeatureCollection(features, bbox: bbox(members, at: path), foreignMembers: foreign(members, known: ["type", "features", "bbox", "crs"]))
    }

    private mutating func feature(_ members: JSONObject, at path: JSONPath) -> Feature? {
        var id: FeatureIdentifier?
        if let idValue = members["id"] {
            switch idValue {
            case .string(let value): id = .string(value)
            case .number(let value): id = .number(value)
            default: error(path.appending("id"), "a feature id must be a string or a number, found \(idValue.typeName)")
            }
        }
        var properties: JSONObject?
        switch members["properties"] {
        case nil: error(path, "a Feature needs a \"properties\" member (an object or null)")
        case .null?: properties = nil
        case .object(let object)?: properties = object
        case let other?: error(path.appending("properties"), "expected an object or null, found \(other.typeName)")
        }
        var geometryValue: Geometry?
        switch members["geometry"] {
        case nil: error(path, "a Feature needs a \"geometry\" member (a geometry object or null)")
        case .null?: geometryValue = nil
        case .object(let object)?:
            let geometryPath = path.appending("geometry")
            if let type = typeName(of: object, at: geometryPath) {
                if type == "Feature" || type == "FeatureCollection" {
                    error(geometryPath.appending("type"), "expected a geometry type, found \"\(type)\"")
                } else {
                    geometryValue = geometry(object, type: type, at: geometryPath)
                    if geometryValue == nil { return nil }
                }
            } else {
                return nil
            }
        case let other?: error(path.appending("geometry"), "expected a geometry object or null, found \(other.typeName)")
        }
        return Feature(id: id, geometry: geometryValue, properties: properties, bbox: bbox(members, at: path),
                       foreignMembers: foreign(members, known: ["type", "id", "geometry", "properties", "bbox", "crs"]))
    }

    mutating func geometry(_ members: JSONObject, type: String, at path: JSONPath) -> Geometry? {
        let box = bbox(members, at: path)
        if type == "GeometryCollection" {
            guard let elements = members["geometries"]?.arrayValue else {
                error(path, "a GeometryCollection needs a \"geometries\" array")
                return nil
            }
            var geometries: [Geometry] = []
            for (index, element) in elements.enumerated() {
                let elementPath = path.appending("geometries").appending(index)
                guard let elementMembers = element.objectValue else {
                    error(elementPath, "expected a geometry object, found \(element.typeName)")
                    continue
                }
                guard let elementType = typeName(of: elementMembers, at: elementPath) else { continue }
                guard elementType != "Feature", elementType != "FeatureCollection" else {
                    error(elementPath.appending("type"), "expected a geometry type, found \"\(elementType)\"")
                    continue
                }
                if let geometry = geometry(elementMembers, type: elementType, at: elementPath) { geometries.append(geometry) }
            }
            if geometries.isEmpty { warning(path.appending("geometries"), "empty GeometryCollection") }
            return .geometryCollection(GeometryCollection(geometries, bbox: box, foreignMembers: foreign(members, known: ["type", "geometries", "bbox", "crs"])))
        }
        let coordinatesPath = path.appending("coordinates")
        guard let coordinates = members["coordinates"] else {
            error(path, "a \(type) needs a \"coordinates\" member")
            return nil
        }
        let extra = foreign(members, known: ["type", "coordinates", "bbox", "crs"])
        switch type {
        case "Point":
            guard let position = position(coordinates, at: coordinatesPath) else { return nil }
            return .point(Point(position, bbox: box, foreignMembers: extra))
        case "MultiPoint":
            guard let positions = positions(coordinates, at: coordinatesPath) else { return nil }
            if positions.isEmpty { warning(coordinatesPath, "empty MultiPoint") }
            return .multiPoint(MultiPoint(positions, bbox: box, foreignMembers: extra))
        case "LineString":
            guard let line = lineString(coordinates, at: coordinatesPath) else { return nil }
            return .lineString(LineString(line, bbox: box, foreignMembers: extra))
        case "MultiLineString":
            guard let array = array(coordinates, at: coordinatesPath) else { return nil }
            var lines: [[Position]] = []
            for (index, element) in array.enumerated() {
                guard let line = lineString(element, at: coordinatesPath.appending(index)) else { return nil }
                lines.append(line)
            }
            if lines.isEmpty { warning(coordinatesPath, "empty MultiLineString") }
            return .multiLineString(MultiLineString(lines, bbox: box, foreignMembers: extra))
        case "Polygon":
            guard let rings = polygon(coordinates, at: coordinatesPath) else { return nil }
            return .polygon(Polygon(rings, bbox: box, foreignMembers: extra))
        case "MultiPolygon":
            guard let array = array(coordinates, at: coordinatesPath) else { return nil }
            var polygons: [[LinearRing]] = []
            for (index, element) in array.enumerated() {
                guard let rings = polygon(element, at: coordinatesPath.appending(index)) else { return nil }
                polygons.append(rings)
            }
            if polygons.isEmpty { warning(coordinatesPath, "empty MultiPolygon") }
            return .multiPolygon(MultiPolygon(polygons, bbox: box, foreignMembers: extra))
        default:
            error(path.appending("type"), "unknown geometry type \"\(type)\"")
            return nil
        }
    }

    private mutating func array(_ value: JSONValue, at path: JSONPath) -> [JSONValue]? {
        guard let array = value.arrayValue else {
            error(path, "expected an array, found \(value.typeName)")
            return nil
        }
        return array
    }

    private mutating func position(_ value: JSONValue, at path: JSONPath) -> Position? {
        guard let array = array(value, at: path) else { return nil }
        guard array.count >= 2 else {
            error(path, "a position needs at least 2 numbers (longitude, latitude), found \(array.count)")
            return nil
        }
        var numbers: [Double] = []
        for (index, element) in array.enumerated() {
            guard let number = element.numberValue else {
                error(path.appending(index), "expected a number, found \(element.typeName)")
                return nil
            }
            numbers.append(number)
        }
        if numbers.count > 3 { warning(path, "a position has \(numbers.count) numbers; only longitude, latitude and altitude are kept") }
        let position = Position(longitude: numbers[0], latitude: numbers[1], altitude: numbers.count > 2 ? numbers[2] : nil)
        if !(-180...180).contains(position.longitude) { error(path.appending(0), "longitude \(JSONNumberFormatter.format(position.longitude)) is outside -180...180") }
        if !(-90...90).contains(position.latitude) { error(path.appending(1), "latitude \(JSONNumberFormatter.format(position.latitude)) is outside -90...90") }
        if excessPrecisionReports < 3, hasMoreThanSixDecimals(position.longitude) || hasMoreThanSixDecimals(position.latitude) {
            excessPrecisionReports += 1
            warning(path, "coordinates with more than 6 decimals (finer than 0.1 m); they are rounded when written" + (excessPrecisionReports == 3 ? " (further such positions not reported)" : ""))
        }
        return position
    }

    private func hasMoreThanSixDecimals(_ value: Double) -> Bool {
        let scaled = value * 1e6
        return abs(scaled - scaled.rounded()) > 1e-3
    }

    private mutating func positions(_ value: JSONValue, at path: JSONPath) -> [Position]? {
        guard let array = array(value, at: path) else { return nil }
        var positions: [Position] = []
        var failed = false
        for (index, element) in array.enumerated() {
            if let position = position(element, at: path.appending(index)) { positions.append(position) } else { failed = true }
        }
        return failed ? nil : positions
    }

    private mutating func lineString(_ value: JSONValue, at path: JSONPath) -> [Position]? {
        guard let positions = positions(value, at: path) else { return nil }
        if positions.isEmpty {
            warning(path, "empty LineString")
        } else if positions.count < 2 {
            error(path, "a LineString needs at least 2 positions, found \(positions.count)")
        }
        return positions
    }

    private mutating func polygon(_ value: JSONValue, at path: JSONPath) -> [LinearRing]? {
        guard let array = array(value, at: path) else { return nil }
        var rings: [LinearRing] = []
        for (index, element) in array.enumerated() {
            let ringPath = path.appending(index)
            guard let ring = positions(element, at: ringPath) else { return nil }
            if ring.count < 4 {
                error(ringPath, "a linear ring needs at least 4 positions, found \(ring.count)")
            } else if ring.first.map({ ($0.longitude, $0.latitude) }) != nil,
                      ring.first!.longitude != ring.last!.longitude || ring.first!.latitude != ring.last!.latitude {
                error(ringPath, "ring is not closed (its first and last positions differ)")
            } else {
                let counterClockwise = Winding.isCounterClockwise(ring)
                if index == 0 && !counterClockwise {
                    warning(ringPath, "exterior ring is clockwise; RFC 7946 wants it counter-clockwise (it is rewound when written)")
                } else if index > 0 && counterClockwise {
                    warning(ringPath, "hole is counter-clockwise; RFC 7946 wants holes clockwise (it is rewound when written)")
                }
            }
            rings.append(ring)
        }
        if rings.isEmpty { warning(path, "empty Polygon") }
        return rings
    }

    private mutating func bbox(_ members: JSONObject, at path: JSONPath) -> BoundingBox? {
        guard let value = members["bbox"] else { return nil }
        let boxPath = path.appending("bbox")
        guard let array = value.arrayValue else {
            error(boxPath, "expected an array of 4 or 6 numbers, found \(value.typeName)")
            return nil
        }
        let numbers = array.compactMap(\.numberValue)
        guard numbers.count == array.count, numbers.count == 4 || numbers.count == 6 else {
            error(boxPath, "a bbox needs 4 or 6 numbers")
            return nil
        }
        if numbers.count == 4 {
            return BoundingBox(southWest: Position(longitude: numbers[0], latitude: numbers[1]), northEast: Position(longitude: numbers[2], latitude: numbers[3]))
        }
        return BoundingBox(southWest: Position(longitude: numbers[0], latitude: numbers[1], altitude: numbers[2]),
                           northEast: Position(longitude: numbers[3], latitude: numbers[4], altitude: numbers[5]))
    }

    private func foreign(_ members: JSONObject, known: Set<String>) -> JSONObject {
        JSONObject(members.filter { !known.contains($0.key) }.map { ($0.key, $0.value) })
    }
}
