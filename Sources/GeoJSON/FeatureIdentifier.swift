/// A feature's `id`: a string or a number ([RFC 7946 §3.2](https://www.rfc-editor.org/rfc/rfc7946#section-3.2)).
public enum FeatureIdentifier: Sendable, Hashable, CustomStringConvertible {
    case string(String)
    case number(Double)

    /// The identifier as text: the string itself, or the number without a needless ".0".
    public var description: String {
        switch self {
        case .string(let value): value
        case .number(let value): JSONNumberFormatter.format(value)
        }
    }

    /// The string, if the identifier is one.
    public var stringValue: String? { if case .string(let value) = self { value } else { nil } }
}

extension FeatureIdentifier: ExpressibleByStringLiteral {
    /// A string literal as a string identifier.
    public init(stringLiteral value: String) { self = .string(value) }
}
