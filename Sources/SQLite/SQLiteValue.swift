import Foundation

/// One SQLite value, of one of the five storage classes (https://sqlite.org/datatype3.html).
///
/// Literals work where a value is expected: `try statement.bind(nil, at: 2)`, `[1, "text", 2.5]`.
public enum SQLiteValue: Sendable, Hashable, CustomStringConvertible {
    case integer(Int)
    case real(Double)
    case text(String)
    case blob(Data)
    case null

    /// The integer, if the value is one.
    public var intValue: Int? {
        if case .integer(let value) = self { return value }
        return nil
    }

    /// The number, if the value is a real or an integer.
    public var doubleValue: Double? {
        switch self {
        case .real(let value): return value
        case .integer(let value): return Double(value)
        case .text, .blob, .null: return nil
        }
    }

    /// The text, if the value is text.
    public var textValue: String? {
        if case .text(let value) = self { return value }
        return nil
    }

    /// The bytes, if the value is a blob.
    public var blobValue: Data? {
        if case .blob(let value) = self { return value }
        return nil
    }

    /// Whether the value is SQL NULL.
    public var isNull: Bool { self == .null }

    /// The value as SQL would write it (blobs as `X'…'`), for messages.
    public var description: String {
        switch self {
        case .integer(let value): return String(value)
        case .real(let value): return String(value)
        case .text(let value): return "'" + value.replacingOccurrences(of: "'", with: "''") + "'"
        case .blob(let value): return "X'" + value.map { String(format: "%02X", $0) }.joined() + "'"
        case .null: return "NULL"
        }
    }
}

extension SQLiteValue: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByStringLiteral,
    ExpressibleByNilLiteral
{
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .real(value) }
    public init(stringLiteral value: String) { self = .text(value) }
    public init(nilLiteral: ()) { self = .null }
}
