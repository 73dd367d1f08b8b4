import Foundation

/// Writes GeoJSON as RFC 7946 and docs/data-format.md want it.
///
/// - no `crs`; polygon exteriors counter-clockwise and holes clockwise (rewound when needed);
/// - coordinates rounded to `coordinateDecimals` (6: about 0.1 m);
/// - `properties` and `geometry` always present (as `null` when absent);
/// - a stable member order: `type`, `id`, `bbox`, `properties`, `geometry`, then foreign members
///   (for a collection: `type`, foreign members, `bbox`, `features`);
/// - one feature per line in a collection, so that diffs of data files stay readable.
public struct GeoJSONWriter: Sendable {
    /// Decimals kept in coordinates.
    public var coordinateDecimals: Int

    /// - Parameter coordinateDecimals: decimals kept in longitudes and latitudes.
    public init(coordinateDecimals: Int = 6) { self.coordinateDecimals = coordinateDecimals }

    /// The UTF-8 text of an object, ending with a newline.
    public func data(for object: GeoJSONObject) -> Data {
        var output = ""
        switch object {
        case .geometry(let geometry): write(geometry, to: &output)
        case .feature(let feature): write(feature, to: &output)
        case .featureCollection(let collection): write(collection, to: &output)
        }
        output += "\n"
        return Data(output.utf8)
    }

    /// The UTF-8 text of a feature collection.
    public func data(for collection: FeatureCollection) -> Data { data(for: .featureCollection(collection)) }

    /// The text of one feature on one line (no newline).
    public func string(for feature: Feature) -> String {
        var output = ""
        write(feature, to: &output)
        return output
    }

    /// The text of one geometry on one line.
    public func string(for geometry: Geometry) -> String {
        var output = ""
        write(geometry, to: &output)
        return output
    }

    private func write(_ collection: FeatureCollection, to output: inout String) {
        output += "{\"type\":\"FeatureCollection\""
        for (key, value) in collection.foreignMembers {
            output += ","
            JSONTextWriter.writeString(key, to: &output)
            output += ":"
            JSONTextWriter.write(value, to: &output)
        }
        if let bbox = collection.bbox {
            output += ",\"bbox\":"
            write(bbox, to: &output)
        }
        output += ",\"features\":["
        for (index, feature) in collection.features.enumerated() {
            output += index == 0 ? "\n" : ",\n"
            write(feature, to: &output)
        }
        output += collection.features.isEmpty ? "]}" : "\n]}"
    }

    private func write(_ feature: Feature, to output: inout String) {
        output += "{\"type\":\"Feature\""
        if let id = feature.id {
            output += ",\"id\":"
            switch id {
            case .string(let value): JSONTextWriter.writeString(value, to: &output)
            case .number(let value): output += JSONNumberFormatter.format(value)
            }
        }
        if let bbox = feature.bbox {
            output += ",\"bbox\":"
            write(bbox, to: &output)
        }
        output += ",\"properties\":"
        if let properties = feature.properties {
            JSONTextWriter.write(.object(properties), to: &output)
        } else {
            output += "null"
        }
        output += ",\"geometry\":"
        if let geometry = feature.geometry { write(geometry, to: &output) } else { output += "null" }
        writeForeignMembers(feature.foreignMembers, to: &output)
        output += "}"
    }

    private func write(_ geometry: Geometry, to output: inout String) {
        output += "{\"type\":\"\(geometry.typeName)\""
        let bbox: BoundingBox?
        let foreignMembers: JSONObject
        switch geometry {
        case .point(let point):
            output += ",\"coordinates\":"
            write(point.coordinates, to: &output)
            (bbox, foreignMembers) = (point.bbox, point.foreignMembers)
        case .multiPoint(let multi):
            output += ",\"coordinates\":"
            write(multi.coordinates, to: &output)
            (bbox, foreignMembers) = (multi.bbox, multi.foreignMembers)
        case .lineString(let line):
            output += ",\"coordinates\":"
            write(line.coordinates, to: &output)
            (bbox, foreignMembers) = (line.bbox, line.foreignMembers)
        case .multiLineString(let multi):
            output += ",\"coordinates\":"
            writeNested(multi.coordinates, to: &output)
            (bbox, foreignMembers) = (multi.bbox, multi.foreignMembers)
        case .polygon(let polygon):
            output += ",\"coordinates\":"
            writeNested(Winding.rightHanded(polygon.coordinates), to: &output)
            (bbox, foreignMembers) = (polygon.bbox, polygon.foreignMembers)
        case .multiPolygon(let multi):
            output += ",\"coordinates\":["
            for (index, rings) in multi.coordinates.enumerated() {
                if index > 0 { output += "," }
                writeNested(Winding.rightHanded(rings), to: &output)
            }
            output += "]"
            (bbox, foreignMembers) = (multi.bbox, multi.foreignMembers)
        case .geometryCollection(let collection):
            output += ",\"geometries\":["
            for (index, member) in collection.geometries.enumerated() {
                if index > 0 { output += "," }
                write(member, to: &output)
            }
            output += "]"
            (bbox, foreignMembers) = (collection.bbox, collection.foreignMembers)
        }
        if let bbox {
            output += ",\"bbox\":"
            write(bbox, to: &output)
        }
        writeForeignMembers(foreignMembers, to: &output)
        output += "}"
    }

    private func writeForeignMembers(_ members: JSONObject, to output: inout String) {
        for (key, value) in members {
            output += ","
            JSONTextWriter.writeString(key, to: &output)
            output += ":"
            JSONTextWriter.write(value, to: &output)
        }
    }

    private func write(_ bbox: BoundingBox, to output: inout String) {
        output +=
            "["
            + bbox.values.map { JSONNumberFormatter.format($0, decimals: coordinateDecimals) }.joined(separator: ",")
            + "]"
    }

    private func write(_ position: Position, to output: inout String) {
        output += "["
        output += JSONNumberFormatter.format(position.longitude, decimals: coordinateDecimals)
        output += ","
        output += JSONNumberFormatter.format(position.latitude, decimals: coordinateDecimals)
        if let altitude = position.altitude {
            output += ","
            // Altitudes are metres: 3 decimals (a millimetre) keep every meaningful digit.
            output += JSONNumberFormatter.format(altitude, decimals: 3)
        }
        output += "]"
    }

    private func write(_ positions: [Position], to output: inout String) {
        output += "["
        for (index, position) in positions.enumerated() {
            if index > 0 { output += "," }
            write(position, to: &output)
        }
        output += "]"
    }

    private func writeNested(_ lines: [[Position]], to output: inout String) {
        output += "["
        for (index, line) in lines.enumerated() {
            if index > 0 { output += "," }
            write(line, to: &output)
        }
        output += "]"
    }
}

/// Plain JSON text output, shared by the GeoJSON writer and anything else writing JSON.
public enum JSONTextWriter {
    /// Appends a value's JSON text; object members keep their order.
    public static func write(_ value: JSONValue, to output: inout String) {
        switch value {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .number(let number): output += JSONNumberFormatter.format(number)
        case .string(let string): writeString(string, to: &output)
        case .array(let elements):
            output += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { output += "," }
                write(element, to: &output)
            }
            output += "]"
        case .object(let object):
            output += "{"
            var first = true
            for (key, member) in object {
                if !first { output += "," }
                first = false
                writeString(key, to: &output)
                output += ":"
                write(member, to: &output)
            }
            output += "}"
        }
    }

    /// The JSON text of a value.
    public static func string(_ value: JSONValue) -> String {
        var output = ""
        write(value, to: &output)
        return output
    }

    /// Appends a quoted, escaped string; non-ASCII characters are written as they are (UTF-8).
    public static func writeString(_ string: String, to output: inout String) {
        output += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
