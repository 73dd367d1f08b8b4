extension GeoJSONDecoder {
    /// Decodes a geometry object whose `type` has been read.
    /// - Parameters:
    ///   - members: the object's members.
    ///   - type: one of the seven geometry type names.
    ///   - path: where the object is.
    mutating func geometry(_ members: JSONObject, type: String, at path: JSONPath) -> Geometry? {
        rejectMembers(Self.forbiddenInGeometry, of: members, in: "\(type) geometry", at: path)
        let box = boundingBox(members, at: path)
        let geometry: Geometry?
        if type == "GeometryCollection" {
            geometry = geometryCollection(members, bbox: box, at: path)
        } else {
            geometry = coordinateGeometry(members, type: type, bbox: box, at: path)
        }
        if let box, let geometry { checkDimensions(of: box, at: path, against: geometry.allPositions) }
        return geometry
    }

    private mutating func geometryCollection(
        _ members: JSONObject, bbox box: BoundingBox?, at path: JSONPath
    )
        -> Geometry?
    {
        guard let geometriesValue = members["geometries"] else {
            error(
                path, "a GeometryCollection needs a \"geometries\" member (an array of geometries)", .geometryCollection
            )
            return nil
        }
        let geometriesPath = path.appending("geometries")
        guard let elements = geometriesValue.arrayValue else {
            error(
                geometriesPath, "expected an array of geometries, found \(geometriesValue.typeName)",
                .geometryCollection)
            return nil
        }
        var geometries: [Geometry] = []
        for (index, element) in elements.enumerated() {
            let elementPath = geometriesPath.appending(index)
            guard let elementMembers = element.objectValue else {
                error(elementPath, "expected a geometry object, found \(element.typeName)", .geometryCollection)
                continue
            }
            guard let elementType = typeName(of: elementMembers, at: elementPath) else { continue }
            guard elementType != "Feature", elementType != "FeatureCollection" else {
                error(
                    elementPath.appending("type"), "expected a geometry type, found \"\(elementType)\"",
                    .geometryCollection)
                continue
            }
            if elementType == "GeometryCollection" {
                warning(
                    elementPath,
                    "a GeometryCollection nested in another; nesting should be avoided (move its "
                        + "geometries into the outer one)", .geometryCollection)
            }
            if let geometry = geometry(elementMembers, type: elementType, at: elementPath) {
                geometries.append(geometry)
            }
        }
        checkParts(of: geometries, count: elements.count, at: geometriesPath)
        let known = Self.forbiddenInGeometry.union(["type", "geometries", "bbox", "crs"])
        return .geometryCollection(
            GeometryCollection(geometries, bbox: box, foreignMembers: foreign(members, known: known)))
    }

    /// Warns about collections that a single geometry would express (RFC 7946 section 3.1.8).
    private mutating func checkParts(of geometries: [Geometry], count: Int, at path: JSONPath) {
        guard count > 0 else {
            warning(path, "empty GeometryCollection", nil)
            return
        }
        // Judged only when every part could be read: a part with errors has its own message.
        guard geometries.count == count else { return }
        if let single = geometries.first, count == 1 {
            warning(
                path, "a GeometryCollection with a single part; the \(single.typeName) should be used on its own",
                .geometryCollection)
            return
        }
        let families = Set(geometries.map(Self.multipartType))
        if families.count == 1, let multipart = families.first ?? nil {
            warning(
                path,
                "every part of this GeometryCollection is of one kind; a single \(multipart) should be "
                    + "used instead", .geometryCollection)
        }
    }

    /// The multipart type that could hold a geometry together with others of its kind; nil for a collection.
    private static func multipartType(_ geometry: Geometry) -> String? {
        switch geometry {
        case .point, .multiPoint: "MultiPoint"
        case .lineString, .multiLineString: "MultiLineString"
        case .polygon, .multiPolygon: "MultiPolygon"
        case .geometryCollection: nil
        }
    }

    private mutating func coordinateGeometry(
        _ members: JSONObject, type: String, bbox box: BoundingBox?, at path: JSONPath
    )
        -> Geometry?
    {
        let coordinatesPath = path.appending("coordinates")
        guard let coordinates = members["coordinates"] else {
            error(path, "a \(type) needs a \"coordinates\" member", .geometryObject)
            return nil
        }
        let extra = foreign(members, known: Self.forbiddenInGeometry.union(["type", "coordinates", "bbox", "crs"]))
        switch type {
        case "Point":
            guard let position = position(coordinates, at: coordinatesPath, in: .point) else { return nil }
            return .point(Point(position, bbox: box, foreignMembers: extra))
        case "MultiPoint":
            guard let positions = positions(coordinates, at: coordinatesPath, in: .multiPoint) else { return nil }
            if positions.isEmpty { warning(coordinatesPath, "empty MultiPoint", nil) }
            return .multiPoint(MultiPoint(positions, bbox: box, foreignMembers: extra))
        case "LineString":
            guard let line = lineString(coordinates, at: coordinatesPath, isPart: false) else { return nil }
            return .lineString(LineString(line, bbox: box, foreignMembers: extra))
        case "MultiLineString":
            guard let array = array(coordinates, at: coordinatesPath, of: "lines", in: .multiLineString) else {
                return nil
            }
            var lines: [[Position]] = []
            for (index, element) in array.enumerated() {
                guard let line = lineString(element, at: coordinatesPath.appending(index), isPart: true) else {
                    return nil
                }
                lines.append(line)
            }
            if lines.isEmpty { warning(coordinatesPath, "empty MultiLineString", nil) }
            return .multiLineString(MultiLineString(lines, bbox: box, foreignMembers: extra))
        case "Polygon":
            guard let rings = polygon(coordinates, at: coordinatesPath, in: .polygon) else { return nil }
            return .polygon(Polygon(rings, bbox: box, foreignMembers: extra))
        case "MultiPolygon":
            guard let array = array(coordinates, at: coordinatesPath, of: "polygons", in: .multiPolygon) else {
                return nil
            }
            var polygons: [[LinearRing]] = []
            for (index, element) in array.enumerated() {
                guard let rings = polygon(element, at: coordinatesPath.appending(index), in: .multiPolygon) else {
                    return nil
                }
                polygons.append(rings)
            }
            if polygons.isEmpty { warning(coordinatesPath, "empty MultiPolygon", nil) }
            return .multiPolygon(MultiPolygon(polygons, bbox: box, foreignMembers: extra))
        default:
            error(path.appending("type"), "unknown geometry type \"\(type)\"", .geometryObject)
            return nil
        }
    }
}
