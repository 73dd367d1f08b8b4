import GeoJSON

/// A layer's or the furniture's properties as the style sets them, checked by the reader; reading a
/// ``StyleKey`` the style leaves out gives the key's default.
struct PropertyValues {
    /// The symbolizer whose keys these are (nil: the furniture's).
    let table: StyleProperty.Table?
    /// The style's values by key name, each checked against its key's kind.
    let values: [String: JSONValue]

    init(_ table: StyleProperty.Table?, _ values: [String: JSONValue] = [:]) {
        self.table = table
        self.values = values
    }

    /// The key's value, or its default when the style leaves it out.
    subscript<Value>(key: StyleKey<Value>) -> Value {
        // A key read here but missing from the table would never be accepted in a style: catch it in any test.
        assert(
            key.owner.table == table && StyleProperty.keys(key.owner)[key.name] != nil,
            "style key \(key.name) is not in the table of its section")
        return values[key.name].flatMap(key.decode) ?? key.defaultValue
    }
}
