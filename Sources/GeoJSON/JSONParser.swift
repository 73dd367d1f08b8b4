/// A strict JSON parser (RFC 8259) that reports syntax errors with their line and column.
///
/// Foundation's `JSONSerialization` loses member order and gives no reliable position on Linux;
/// data files are edited by hand, so the line and column of a stray comma matter.
///
/// Strings must be valid UTF-8 (RFC 8259 section 8.1) and member names unique within an object
/// (I-JSON, RFC 7493 section 2.3, which RFC 7946 section 11.1 recommends). Numbers become `Double`s;
/// what only their text says (how many decimals, whether `1.0` or `1`) can be kept on the side for
/// arrays of numbers, which is how the GeoJSON reader judges the precision of positions.
struct JSONParser {
    /// A syntax error at a 1-based line and column.
    struct SyntaxError: Error {
        var line: Int
        var column: Int
        var message: String
    }

    /// What the text of an array of numbers says that its `Double` values do not.
    struct NumberArrayText: Sendable, Hashable {
        /// The most decimals any of its numbers is written with, counting trailing zeros and the
        /// exponent: `46.1234567890` has 10, `1.5e-7` has 8, `12e3` has 0.
        var maximumDecimals: Int
        /// The source text of each number that is not in plain form, by its index in the array.
        ///
        /// Plain form: no exponent, no trailing zero after the decimal point, not `-0`, and at most
        /// 15 significant digits. Two plain texts of the same value are the same text (15 digits
        /// always survive the trip through a `Double`), so comparing these texts, absent meaning
        /// plain, tells whether two equal positions are also written identically.
        var unusualTexts: [Int: String]
    }

    /// A parsed document, with what the text of its arrays of numbers says.
    struct Document {
        /// The parsed value.
        var value: JSONValue
        /// For each array of numbers that has a number with more decimals than asked about or a
        /// number not in plain form: what its text says, by the array's path.
        var numberArrayTexts: [JSONPath: NumberArrayText]
    }

    /// The shape of the most recently parsed number's text.
    struct NumberShape {
        var decimals = 0
        var isPlain = true
        var textRange = 0..<0
    }

    let bytes: [UInt8]
    var offset = 0
    var depth = 0
    /// Deeper nesting than any GeoJSON needs is refused rather than risking the stack.
    let maximumDepth = 512
    /// Arrays of numbers with a number of more decimals than this are noted; nil notes nothing.
    let decimalsNotedAbove: Int?
    /// Where the parser is, kept only while noting number arrays.
    var path: [JSONPath.Component] = []
    var numberArrayTexts: [JSONPath: NumberArrayText] = [:]
    var lastNumber = NumberShape()

    private init(bytes: [UInt8], decimalsNotedAbove: Int?) {
        self.bytes = bytes
        self.decimalsNotedAbove = decimalsNotedAbove
    }

    /// Parses one complete JSON document.
    static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> JSONValue {
        try parseDocument(bytes, notingDecimalsAbove: nil).value
    }

    /// Parses one complete JSON document and notes the text of its arrays of numbers.
    /// - Parameters:
    ///   - bytes: UTF-8 JSON text.
    ///   - decimals: arrays holding a number with more decimals than this, or a number not in plain
    ///     form, are noted in `Document.numberArrayTexts`; nil notes none.
    static func parseDocument(_ bytes: [UInt8], notingDecimalsAbove decimals: Int?) throws(SyntaxError) -> Document {
        var parser = JSONParser(bytes: bytes, decimalsNotedAbove: decimals)
        // A UTF-8 byte-order mark is tolerated: editors on some systems write one.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.offset = 3 }
        parser.skipWhitespace()
        let value = try parser.parseValue()
        parser.skipWhitespace()
        if parser.offset < bytes.count {
            throw parser.error("unexpected \(parser.describeCurrent()) after the end of the JSON document")
        }
        return Document(value: value, numberArrayTexts: parser.numberArrayTexts)
    }

    private var isNoting: Bool { decimalsNotedAbove != nil }

    private mutating func parseValue() throws(SyntaxError) -> JSONValue {
        guard offset < bytes.count else { throw error("unexpected end of file: the JSON document is truncated") }
        switch bytes[offset] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try expectLiteral("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw error("unexpected \(describeCurrent()); expected a JSON value")
        }
    }

    private mutating func parseObject() throws(SyntaxError) -> JSONValue {
        try enter()
        offset += 1
        var object = JSONObject()
        var seen = Set<String>()
        skipWhitespace()
        if peek(UInt8(ascii: "}")) {
            offset += 1
            depth -= 1
            return .object(object)
        }
        while true {
            skipWhitespace()
            guard peek(UInt8(ascii: "\"")) else {
                throw error(
                    offset >= bytes.count
                        ? "unexpected end of file inside an object"
                        : "unexpected \(describeCurrent()); expected a member name in double quotes")
            }
            // Only the offset is kept: turning it into a line and column scans the file, which only an error may cost.
            let keyOffset = offset
            let key = try parseString()
            if !seen.insert(key).inserted {
                let keyStart = position(of: keyOffset)
                throw SyntaxError(
                    line: keyStart.line, column: keyStart.column, message: "duplicate member name \"\(key)\"")
            }
            skipWhitespace()
            guard peek(UInt8(ascii: ":")) else {
                throw error("unexpected \(describeCurrent()); expected ':' after member name \"\(key)\"")
            }
            offset += 1
            skipWhitespace()
            if isNoting { path.append(.key(key)) }
            object[key] = try parseValue()
            if isNoting { path.removeLast() }
            skipWhitespace()
            if peek(UInt8(ascii: ",")) {
                offset += 1
                skipWhitespace()
                if peek(UInt8(ascii: "}")) { throw error("trailing comma before '}'") }
                continue
            }
            if peek(UInt8(ascii: "}")) {
                offset += 1
                depth -= 1
                return .object(object)
            }
            throw error(
                offset >= bytes.count
                    ? "unexpected end of file inside an object" : "unexpected \(describeCurrent()); expected ',' or '}'"
            )
        }
    }

    private mutating func parseArray() throws(SyntaxError) -> JSONValue {
        try enter()
        offset += 1
        var elements: [JSONValue] = []
        // What the numbers' text says, gathered only while noting.
        var allNumbers = true
        var maximumDecimals = 0
        var unusualTexts: [Int: String] = [:]
        skipWhitespace()
        if peek(UInt8(ascii: "]")) {
            offset += 1
            depth -= 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            if isNoting { path.append(.index(elements.count)) }
            let element = try parseValue()
            if isNoting {
                path.removeLast()
                if case .number = element {
                    maximumDecimals = max(maximumDecimals, lastNumber.decimals)
                    if !lastNumber.isPlain {
                        unusualTexts[elements.count] = String(decoding: bytes[lastNumber.textRange], as: UTF8.self)
                    }
                } else {
                    allNumbers = false
                }
            }
            elements.append(element)
            skipWhitespace()
            if peek(UInt8(ascii: ",")) {
                offset += 1
                skipWhitespace()
                if peek(UInt8(ascii: "]")) { throw error("trailing comma before ']'") }
                continue
            }
            if peek(UInt8(ascii: "]")) {
                offset += 1
                depth -= 1
                if let threshold = decimalsNotedAbove, allNumbers, maximumDecimals > threshold || !unusualTexts.isEmpty
                {
                    numberArrayTexts[JSONPath(components: path)] =
                        NumberArrayText(maximumDecimals: maximumDecimals, unusualTexts: unusualTexts)
                }
                return .array(elements)
            }
            throw error(
                offset >= bytes.count
                    ? "unexpected end of file inside an array" : "unexpected \(describeCurrent()); expected ',' or ']'")
        }
    }
}
