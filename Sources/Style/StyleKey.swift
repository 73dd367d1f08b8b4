import GeoJSON

/// One paint, layout or furniture property of a style, typed by the value a symbolizer reads from it: its name in
/// style files, the kind of JSON value it takes, and its default. Every key is declared once, in
/// `StyleKey+Table.swift`; symbolizers read `values[.textSize]`, so a misspelt key does not compile and a key's
/// default is written nowhere else.
///
/// As MapLibre's generated layer properties: a key with no default (`StyleColor?`, `Double?`) is absent unless
/// the style sets it.
struct StyleKey<Value: Sendable>: Sendable {
    /// The section a key is set in: a layer's `paint` or `layout` for one symbolizer, or `chronomap-furniture`.
    let owner: StyleProperty.Owner
    let name: String
    let kind: StyleProperty.Kind
    /// The default as a style file would write it (nil: absent unless the style sets it).
    let defaultJSON: JSONValue?
    let defaultValue: Value
    /// The typed value of a JSON value the reader has checked against `kind`.
    let decode: @Sendable (JSONValue) -> Value?

    /// The key without its value type, for the reader's tables.
    var erased: AnyStyleKey { AnyStyleKey(owner: owner, name: name, kind: kind, defaultJSON: defaultJSON) }

    /// A key without a default.
    private init(
        optional owner: StyleProperty.Owner, _ name: String, _ kind: StyleProperty.Kind,
        _ decode: @escaping @Sendable (JSONValue) -> Value?
    ) where Value: ExpressibleByNilLiteral {
        self.init(owner: owner, name: name, kind: kind, defaultJSON: nil, defaultValue: nil, decode: decode)
    }

    private init(
        owner: StyleProperty.Owner, name: String, kind: StyleProperty.Kind, defaultJSON: JSONValue?,
        defaultValue: Value, decode: @escaping @Sendable (JSONValue) -> Value?
    ) {
        self.owner = owner
        self.name = name
        self.kind = kind
        self.defaultJSON = defaultJSON
        self.defaultValue = defaultValue
        self.decode = decode
    }

    /// A key with a default, checked by decoding it: a default the key's kind rejects stops the program at once.
    private init(
        _ owner: StyleProperty.Owner, _ name: String, _ kind: StyleProperty.Kind, default json: JSONValue,
        _ decode: @escaping @Sendable (JSONValue) -> Value?
    ) {
        guard let value = decode(json) else { preconditionFailure("style key \(name): bad default \(json)") }
        self.init(owner: owner, name: name, kind: kind, defaultJSON: json, defaultValue: value, decode: decode)
    }
}

/// A ``StyleKey`` without its value type: what the reader checks a style's members against.
struct AnyStyleKey: Sendable {
    let owner: StyleProperty.Owner
    let name: String
    let kind: StyleProperty.Kind
    let defaultJSON: JSONValue?
}

private func decodeColor(_ json: JSONValue) -> StyleColor? { json.stringValue.flatMap(StyleColor.init(css:)) }

extension StyleKey where Value == StyleColor {
    static func color(_ owner: StyleProperty.Owner, _ name: String, _ css: String) -> Self {
        Self(owner, name, .color, default: .string(css)) { decodeColor($0) }
    }
}

extension StyleKey where Value == StyleColor? {
    static func optionalColor(_ owner: StyleProperty.Owner, _ name: String) -> Self {
        Self(optional: owner, name, .color) { decodeColor($0).map { .some($0) } }
    }
}

extension StyleKey where Value == Double {
    static func number(
        _ owner: StyleProperty.Owner, _ name: String, _ range: ClosedRange<Double>, _ defaultValue: Double
    ) -> Self {
        Self(owner, name, .number(range), default: .number(defaultValue)) { $0.numberValue }
    }
}

extension StyleKey where Value == Double? {
    static func optionalNumber(_ owner: StyleProperty.Owner, _ name: String, _ range: ClosedRange<Double>) -> Self {
        Self(optional: owner, name, .number(range)) { $0.numberValue.map { .some($0) } }
    }
}

extension StyleKey where Value == [Double] {
    static func numbers(_ owner: StyleProperty.Owner, _ name: String, _ defaultValue: [Double]) -> Self {
        Self(owner, name, .numbers, default: .array(defaultValue.map(JSONValue.number))) {
            $0.arrayValue?.compactMap(\.numberValue)
        }
    }
}

extension StyleKey where Value == String {
    static func string(_ owner: StyleProperty.Owner, _ name: String, _ defaultValue: String) -> Self {
        Self(owner, name, .string, default: .string(defaultValue)) { $0.stringValue }
    }

    /// A font role of the style's `chronomap-fonts`, written as MapLibre's font stack: `["bold"]`.
    static func font(_ owner: StyleProperty.Owner, _ name: String, _ defaultValue: String) -> Self {
        Self(owner, name, .fonts, default: .array([.string(defaultValue)])) { $0.arrayValue?.first?.stringValue }
    }
}

extension StyleKey where Value == Bool {
    static func boolean(_ owner: StyleProperty.Owner, _ name: String, _ defaultValue: Bool) -> Self {
        Self(owner, name, .boolean, default: .bool(defaultValue)) { $0.boolValue }
    }
}

extension StyleKey where Value: RawRepresentable, Value.RawValue == String {
    static func choice(
        _ owner: StyleProperty.Owner, _ name: String, _ defaultValue: Value, among choices: [Value]
    ) -> Self {
        Self(owner, name, .choice(choices.map(\.rawValue)), default: .string(defaultValue.rawValue)) {
            $0.stringValue.flatMap(Value.init(rawValue:))
        }
    }
}

extension StyleKey {
    static func optionalChoice<Choice: RawRepresentable & Sendable>(
        _ owner: StyleProperty.Owner, _ name: String, among choices: [Choice]
    ) -> Self where Value == Choice?, Choice.RawValue == String {
        Self(optional: owner, name, .choice(choices.map(\.rawValue))) {
            $0.stringValue.flatMap(Choice.init(rawValue:)).map { .some($0) }
        }
    }
}
