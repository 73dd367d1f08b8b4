extension GeoJSONDecoder {
    /// The object's `bbox` (RFC 7946 section 5): 2 × n numbers, all axes of the south-western
    /// corner then all axes of the north-eastern one. West may exceed east (a box across the
    /// antimeridian, section 5.2); south may not exceed north, nor the lowest altitude the highest.
    /// - Returns: the box, or nil when there is none or it breaks a rule.
    mutating func boundingBox(_ members: JSONObject, at path: JSONPath) -> BoundingBox? {
        guard let value = members["bbox"] else { return nil }
        let boxPath = path.appending("bbox")
        guard let array = value.arrayValue else {
            error(boxPath, "expected an array of 4 or 6 numbers, found \(value.typeName)", .boundingBox)
            return nil
        }
        var numbers: [Double] = []
        for (index, element) in array.enumerated() {
            guard let number = element.numberValue else {
                error(boxPath.appending(index), "expected a number, found \(element.typeName)", .boundingBox)
                return nil
            }
            numbers.append(number)
        }
        guard numbers.count == 4 || numbers.count == 6 else {
            error(
                boxPath, "a bbox needs 4 numbers (2 × 2 dimensions) or 6 (2 × 3), found \(numbers.count)", .boundingBox)
            return nil
        }
        let dimensions = numbers.count / 2
        var isValid = true
        for index in [0, dimensions] where !(-180...180).contains(numbers[index]) {
            error(
                boxPath.appending(index),
                "longitude \(JSONNumberFormatter.format(numbers[index])) is outside "
                    + "-180...180", .boundingBox)
            isValid = false
        }
        for index in [1, dimensions + 1] where !(-90...90).contains(numbers[index]) {
            error(
                boxPath.appending(index), "latitude \(JSONNumberFormatter.format(numbers[index])) is outside -90...90",
                .boundingBox)
            isValid = false
        }
        if isValid, numbers[1] > numbers[dimensions + 1] {
            error(
                boxPath,
                "the south edge (latitude \(JSONNumberFormatter.format(numbers[1]))) is north of the north "
                    + "edge (latitude \(JSONNumberFormatter.format(numbers[dimensions + 1]))); a bbox gives its "
                    + "south-western corner first", .boundingBox)
            isValid = false
        }
        if dimensions == 3, numbers[2] > numbers[5] {
            error(
                boxPath,
                "the lowest altitude (\(JSONNumberFormatter.format(numbers[2]))) is above the highest "
                    + "(\(JSONNumberFormatter.format(numbers[5]))); a bbox gives its lowest corner first", .boundingBox)
            isValid = false
        }
        guard isValid else { return nil }
        if dimensions == 2 {
            return BoundingBox(
                southWest: Position(longitude: numbers[0], latitude: numbers[1]),
                northEast: Position(longitude: numbers[2], latitude: numbers[3]))
        }
        return BoundingBox(
            southWest: Position(longitude: numbers[0], latitude: numbers[1], altitude: numbers[2]),
            northEast: Position(longitude: numbers[3], latitude: numbers[4], altitude: numbers[5]))
    }

    /// Checks that a box has as many dimensions as the positions it bounds (RFC 7946 section 5:
    /// "2*n where n is the number of dimensions represented in the contained geometries").
    /// Positions of mixed dimensions, or none, accept either.
    mutating func checkDimensions(of box: BoundingBox, at path: JSONPath, against positions: some Sequence<Position>) {
        var hasFlat = false
        var hasAltitude = false
        for position in positions {
            if position.altitude == nil { hasFlat = true } else { hasAltitude = true }
            if hasFlat && hasAltitude { return }
        }
        let isThreeDimensional = box.southWest.altitude != nil
        if isThreeDimensional && hasFlat {
            error(
                path.appending("bbox"),
                "a bbox of 6 numbers bounds 3 dimensions, but no position here has an "
                    + "altitude: it needs 4 numbers", .boundingBox)
        } else if !isThreeDimensional && hasAltitude {
            error(
                path.appending("bbox"),
                "a bbox of 4 numbers bounds 2 dimensions, but every position here has an "
                    + "altitude: it needs 6 numbers", .boundingBox)
        }
    }
}
