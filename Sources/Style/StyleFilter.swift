import GeoJSON

/// A layer's filter on feature properties, in MapLibre's filter syntax
/// (`["==", "controller", "hill-front"]`, `["in", "status", "open", "checkpoint"]`, `["all", …]`).
public indirect enum StyleFilter: Sendable, Hashable {
    case equal(String, JSONValue)
    case notEqual(String, JSONValue)
    case less(String, Double)
    case lessOrEqual(String, Double)
    case greater(String, Double)
    case greaterOrEqual(String, Double)
    case isIn(String, [JSONValue])
    case notIn(String, [JSONValue])
    case has(String)
    case notHas(String)
    case all([StyleFilter])
    case any([StyleFilter])
    case none([StyleFilter])

    /// Whether a feature with these properties passes. `$type` is the geometry type
    /// (`Point`, `LineString` or `Polygon`, multi-types counted as their single type, as MapLibre does).
    public func matches(_ properties: JSONObject, geometryType: String) -> Bool {
        matches { key in key == "$type" ? .string(geometryType) : properties[key] }
    }

    /// Whether a feature passes, given how to look up a key (so callers can add synthetic keys without
    /// copying the feature's properties).
    public func matches(lookup value: (String) -> JSONValue?) -> Bool {
        switch self {
        case .equal(let key, let expected): return value(key) == expected
        case .notEqual(let key, let expected): return value(key) != expected
        case .less(let key, let limit): return value(key)?.numberValue.map { $0 < limit } ?? false
        case .lessOrEqual(let key, let limit): return value(key)?.numberValue.map { $0 <= limit } ?? false
        case .greater(let key, let limit): return value(key)?.numberValue.map { $0 > limit } ?? false
        case .greaterOrEqual(let key, let limit): return value(key)?.numberValue.map { $0 >= limit } ?? false
        case .isIn(let key, let values): return value(key).map(values.contains) ?? false
        case .notIn(let key, let values): return !(value(key).map(values.contains) ?? false)
        case .has(let key): return value(key) != nil
        case .notHas(let key): return value(key) == nil
        case .all(let filters): return filters.allSatisfy { $0.matches(lookup: value) }
        case .any(let filters): return filters.contains { $0.matches(lookup: value) }
        case .none(let filters): return !filters.contains { $0.matches(lookup: value) }
        }
    }

    /// Reads a filter, naming the JSON path of what is wrong.
    static func read(_ value: JSONValue, at path: JSONPath) throws(StyleError) -> StyleFilter {
        guard let array = value.arrayValue, let operation = array.first?.stringValue else {
            throw StyleError(
                path: path, message: "a filter is an array that starts with an operator such as \"==\" or \"all\"")
        }
        let arguments = Array(array.dropFirst())
        func key() throws(StyleError) -> String {
            guard let key = arguments.first?.stringValue else {
                throw StyleError(path: path.appending(1), message: "expected a property name")
            }
            return key
        }
        func single() throws(StyleError) -> JSONValue {
            guard arguments.count == 2 else {
                throw StyleError(path: path, message: "\"\(operation)\" takes a property name and one value")
            }
            return arguments[1]
        }
        func number() throws(StyleError) -> Double {
            guard let number = try single().numberValue else {
                throw StyleError(path: path.appending(2), message: "\"\(operation)\" compares with a number")
            }
            return number
        }
        func nested() throws(StyleError) -> [StyleFilter] {
            var filters: [StyleFilter] = []
            for (index, argument) in arguments.enumerated() {
                filters.append(try read(argument, at: path.appending(index + 1)))
            }
            return filters
        }
        switch operation {
        case "==": return .equal(try key(), try single())
        case "!=": return .notEqual(try key(), try single())
        case "<": return .less(try key(), try number())
        case "<=": return .lessOrEqual(try key(), try number())
        case ">": return .greater(try key(), try number())
        case ">=": return .greaterOrEqual(try key(), try number())
        case "in": return .isIn(try key(), Array(arguments.dropFirst()))
        case "!in": return .notIn(try key(), Array(arguments.dropFirst()))
        case "has": return .has(try key())
        case "!has": return .notHas(try key())
        case "all": return .all(try nested())
        case "any": return .any(try nested())
        case "none": return .none(try nested())
        default:
            throw StyleError(
                path: path.appending(0),
                message:
                    "unknown filter operator \"\(operation)\"; expected ==, !=, <, <=, >, >=, in, !in, has, !has, all, any or none"
            )
        }
    }
}
