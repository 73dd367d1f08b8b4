extension GeoJSONDecoder {
    /// The elements of an array that the geometry's `coordinates` nests.
    /// - Parameters:
    ///   - what: what the elements are, for the message ("positions", "rings").
    ///   - section: the section that defines this level of nesting.
    mutating func array(
        _ value: JSONValue, at path: JSONPath, of what: String, in section: RFC7946Section
    )
        -> [JSONValue]?
    {
        guard let array = value.arrayValue else {
            error(path, "expected an array of \(what), found \(value.typeName)", section)
            return nil
        }
        return array
    }

    /// A position: 2 or 3 numbers, longitude and latitude in range (RFC 7946 sections 3.1.1 and 4).
    ///
    /// The path is built only for a message: a file has a position for every vertex, and building each one's path
    /// (a copy of every step above it) cost more than reading the numbers.
    /// - Parameter section: the section of the type that holds the position, cited when it is not an array.
    mutating func position(
        _ value: JSONValue, at path: @autoclosure () -> JSONPath, in section: RFC7946Section
    ) -> Position? {
        guard case .array(let array) = value else {
            error(path(), "expected a position (an array of numbers), found \(value.typeName)", section)
            return nil
        }
        guard array.count >= 2 else {
            error(path(), "a position needs at least 2 numbers (longitude, latitude), found \(array.count)", .position)
            return nil
        }
        guard case .number(let longitude) = array[0], case .number(let latitude) = array[1] else {
            let index = array[0].numberValue == nil ? 0 : 1
            error(path().appending(index), "expected a number, found \(array[index].typeName)", .position)
            return nil
        }
        var altitude: Double?
        for index in array.indices.dropFirst(2) {
            guard case .number(let number) = array[index] else {
                error(path().appending(index), "expected a number, found \(array[index].typeName)", .position)
                return nil
            }
            if index == 2 { altitude = number }
        }
        if array.count > 3 {
            warning(
                path(),
                "a position has \(array.count) numbers; only longitude, latitude and altitude are kept, "
                    + "and positions should have no more than 3", .position)
        }
        if !(-180...180).contains(longitude) {
            error(
                path().appending(0), "longitude \(JSONNumberFormatter.format(longitude)) is outside -180...180",
                .coordinateReferenceSystem)
        }
        if !(-90...90).contains(latitude) {
            error(
                path().appending(1), "latitude \(JSONNumberFormatter.format(latitude)) is outside -90...90",
                .coordinateReferenceSystem)
        }
        if !numberArrayTexts.isEmpty, let text = numberArrayTexts[path()], text.maximumDecimals > Self.maximumDecimals {
            reportExcessPrecision(at: path(), decimals: text.maximumDecimals)
        }
        return Position(longitude: longitude, latitude: latitude, altitude: altitude)
    }

    /// An array of positions; nil if any of them cannot be read.
    mutating func positions(_ value: JSONValue, at path: JSONPath, in section: RFC7946Section) -> [Position]? {
        guard let array = array(value, at: path, of: "positions", in: section) else { return nil }
        var positions: [Position] = []
        positions.reserveCapacity(array.count)
        var failed = false
        for (index, element) in array.enumerated() {
            if let position = position(element, at: path.appending(index), in: section) {
                positions.append(position)
            } else {
                failed = true
            }
        }
        return failed ? nil : positions
    }

    /// A LineString's positions (RFC 7946 section 3.1.4), or one line of a MultiLineString (3.1.5).
    /// - Parameter isPart: whether the line is part of a MultiLineString, where an empty line is an error
    ///   (an empty LineString is an empty geometry, which section 3.1 allows).
    mutating func lineString(_ value: JSONValue, at path: JSONPath, isPart: Bool) -> [Position]? {
        let section: RFC7946Section = isPart ? .multiLineString : .lineString
        guard let positions = positions(value, at: path, in: section) else { return nil }
        if positions.isEmpty && !isPart {
            warning(path, "empty LineString", nil)
        } else if positions.count < 2 {
            let subject = isPart ? "each line of a MultiLineString" : "a LineString"
            error(path, "\(subject) needs at least 2 positions, found \(positions.count)", section)
        }
        checkAntimeridian(positions, at: path)
        return positions
    }

    /// A polygon's rings (RFC 7946 section 3.1.6): each closed, of 4 or more positions, the
    /// exterior first and counter-clockwise, holes inside it and clockwise.
    /// - Parameter section: `.polygon`, or `.multiPolygon` for one polygon of a MultiPolygon.
    mutating func polygon(_ value: JSONValue, at path: JSONPath, in section: RFC7946Section) -> [LinearRing]? {
        guard let array = array(value, at: path, of: "linear rings", in: section) else { return nil }
        var rings: [LinearRing] = []
        var exteriorBox: BoundingBox?
        for (index, element) in array.enumerated() {
            let ringPath = path.appending(index)
            guard let ring = positions(element, at: ringPath, in: .polygon) else { return nil }
            rings.append(ring)
            guard ring.count >= 4 else {
                error(ringPath, "a linear ring needs at least 4 positions, found \(ring.count)", .polygon)
                continue
            }
            // Identical values, altitude and any further numbers included: compare what was read.
            let written = element.arrayValue ?? []
            guard written.first == written.last else {
                error(ringPath, "ring is not closed (its first and last positions differ)", .polygon)
                continue
            }
            let lastPath = ringPath.appending(ring.count - 1)
            if !numberArrayTexts.isEmpty,
                numberArrayTexts[ringPath.appending(0)]?.unusualTexts != numberArrayTexts[lastPath]?.unusualTexts
            {
                warning(
                    lastPath,
                    "the ring's last position has the same values as its first "
                        + "but is written differently; it should be written identically", .polygon)
            }
            checkAntimeridian(ring, at: ringPath)
            let area = Winding.signedDoubleArea(ring)
            if index == 0 {
                exteriorBox = BoundingBox(enclosing: ring)
                if area < 0 {
                    warning(
                        ringPath,
                        "exterior ring is clockwise, against the right-hand rule; it is rewound when "
                            + "written", .polygon)
                }
            } else {
                if let exteriorBox, let box = BoundingBox(enclosing: ring), !exteriorBox.contains(box) {
                    error(
                        ringPath,
                        "ring \(index) reaches outside the exterior ring's extent; a polygon's first ring "
                            + "is its exterior and the others are holes inside it", .polygon)
                }
                if area > 0 {
                    warning(
                        ringPath,
                        "hole is counter-clockwise, against the right-hand rule; it is rewound when "
                            + "written", .polygon)
                }
            }
        }
        if rings.isEmpty { warning(path, "empty Polygon", nil) }
        return rings
    }

    /// Warns at the first segment spanning more than half the world's longitudes: a line meant to
    /// cross the antimeridian, drawn the long way round (RFC 7946 section 3.1.9).
    private mutating func checkAntimeridian(_ positions: [Position], at path: JSONPath) {
        for index in positions.indices.dropFirst() {
            let span = abs(positions[index].longitude - positions[index - 1].longitude)
            if span > 180 {
                let degrees = JSONNumberFormatter.format(span, decimals: 6)
                warning(
                    path.appending(index),
                    "the segment to this position spans \(degrees) degrees of longitude; "
                        + "a geometry crossing the antimeridian should be cut in two there", .antimeridianCutting)
                return
            }
        }
    }
}
