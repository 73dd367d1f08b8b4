/// A strict JSON parser (RFC 8259) that reports syntax errors with their line and column.
///
/// Foundation's `JSONSerialization` loses member order and gives no reliable position on Linux;
/// data files are edited by hand, so the line and column of a stray comma matter.
struct JSONParser {
    /// A syntax error at a 1-based line and column.
    struct SyntaxError: Error {
        var line: Int
        var column: Int
        var message: String
    }

    private let bytes: [UInt8]
    private var offset = 0
    private var depth = 0
    /// Deeper nesting than any GeoJSON needs is refused rather than risking the stack.
    private let maximumDepth = 512

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// Parses one complete JSON document.
    static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: bytes)
        // A UTF-8 byte-order mark is tolerated: editors on some systems write one.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.offset = 3 }
        parser.skipWhitespace()
        let value = try parser.parseValue()
        parser.skipWhitespace()
        if parser.offset < bytes.count {
            throw parser.error("unexpected \(parser.describeCurrent()) after the end of the JSON document")
        }
        return value
    }

    private mutating func parseValue() throws(SyntaxError) -> JSONValue {
        guard offset < bytes.count else { throw error("unexpected end of file: the JSON document is truncated") }
        switch bytes[offset] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
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
        if peek(UInt8(ascii: "}")) { offset += 1; depth -= 1; return .object(object) }
        while true {
            skipWhitespace()
            guard peek(UInt8(ascii: "\"")) else {
                throw error(offset >= bytes.count ? "unexpected end of file inside an object" : "unexpected \(describeCurrent()); expected a member name in double quotes")
            }
            // Only the offset is kept: turning it into a line and column scans the file, which only an error may cost.
            let keyOffset = offset
            let key = try parseString()
            if !seen.insert(key).inserted {
                let keyStart = position(of: keyOffset)
                throw SyntaxError(line: keyStart.line, column: keyStart.column, message: "duplicate member name \"\(key)\"")
            }
            skipWhitespace()
            guard peek(UInt8(ascii: ":")) else { throw error("unexpected \(describeCurrent()); expected ':' after member name \"\(key)\"") }
            offset += 1
            skipWhitespace()
            object[key] = try parseValue()
            skipWhitespace()
            if peek(UInt8(ascii: ",")) {
                offset += 1
                skipWhitespace()
                if peek(UInt8(ascii: "}")) { throw error("trailing comma before '}'") }
                continue
            }
            if peek(UInt8(ascii: "}")) { offset += 1; depth -= 1; return .object(object) }
            throw error(offset >= bytes.count ? "unexpected end of file inside an object" : "unexpected \(describeCurrent()); expected ',' or '}'")
        }
    }

    private mutating func parseArray() throws(SyntaxError) -> JSONValue {
        try enter()
        offset += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if peek(UInt8(ascii: "]")) { offset += 1; depth -= 1; return .array(elements) }
        while true {
            skipWhitespace()
            elements.append(try parseValue())
            skipWhitespace()
            if peek(UInt8(ascii: ",")) {
                offset += 1
                skipWhitespace()
                if peek(UInt8(ascii: "]")) { throw error("trailing comma before ']'") }
                continue
            }
            if peek(UInt8(ascii: "]")) { offset += 1; depth -= 1; return .array(elements) }
            throw error(offset >= bytes.count ? "unexpected end of file inside an array" : "unexpected \(describeCurrent()); expected ',' or ']'")
        }
    }

    private mutating func parseString() throws(SyntaxError) -> String {
        let start = offset
        offset += 1
        var scalars = String.UnicodeScalarView()
        var runStart = offset
        func flush(_ parser: JSONParser, upTo end: Int, into scalars: inout String.UnicodeScalarView) {
            if end > runStart { scalars.append(contentsOf: String(decoding: parser.bytes[runStart..<end], as: UTF8.self).unicodeScalars) }
        }
        while offset < bytes.count {
            let byte = bytes[offset]
            switch byte {
            case UInt8(ascii: "\""):
                flush(self, upTo: offset, into: &scalars)
                offset += 1
                return String(scalars)
            case UInt8(ascii: "\\"):
                flush(self, upTo: offset, into: &scalars)
                offset += 1
                guard offset < bytes.count else { break }
                let escape = bytes[offset]
                offset += 1
                switch escape {
                case UInt8(ascii: "\""): scalars.append("\"")
                case UInt8(ascii: "\\"): scalars.append("\\")
                case UInt8(ascii: "/"): scalars.append("/")
                case UInt8(ascii: "b"): scalars.append("\u{08}")
                case UInt8(ascii: "f"): scalars.append("\u{0C}")
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "u"):
                    let high = try parseHexQuad()
                    if (0xD800..<0xDC00).contains(high) {
                        guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u") else {
                            throw error("unpaired UTF-16 surrogate in \\u escape")
                        }
                        offset += 2
                        let low = try parseHexQuad()
                        guard (0xDC00..<0xE000).contains(low) else { throw error("invalid UTF-16 low surrogate in \\u escape") }
                        let scalar = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                        scalars.append(Unicode.Scalar(scalar)!)
                    } else if let scalar = Unicode.Scalar(high) {
                        scalars.append(scalar)
                    } else {
                        throw error("unpaired UTF-16 surrogate in \\u escape")
                    }
                default:
                    offset -= 1
                    throw error("invalid escape '\\\(Character(Unicode.Scalar(escape)))' in string")
                }
                runStart = offset
            case 0x00..<0x20:
                throw error(byte == 0x0A ? "unterminated string (newline before the closing quote)" : "control character in string; escape it")
            default:
                offset += 1
            }
        }
        let begin = position(of: start)
        throw SyntaxError(line: begin.line, column: begin.column, message: "unterminated string: the file ends before its closing quote")
    }

    private mutating func parseHexQuad() throws(SyntaxError) -> UInt32 {
        guard offset + 4 <= bytes.count else { throw error("unexpected end of file in \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[offset]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error("invalid hexadecimal digit in \\u escape")
            }
            value = value * 16 + digit
            offset += 1
        }
        return value
    }

    private mutating func parseNumber() throws(SyntaxError) -> Double {
        let start = offset
        if peek(UInt8(ascii: "-")) { offset += 1 }
        guard offset < bytes.count, isDigit(bytes[offset]) else { throw error("invalid number: expected a digit") }
        if bytes[offset] == UInt8(ascii: "0") {
            offset += 1
            if offset < bytes.count, isDigit(bytes[offset]) { throw error("invalid number: leading zeros are not allowed") }
        } else {
            while offset < bytes.count, isDigit(bytes[offset]) { offset += 1 }
        }
        if peek(UInt8(ascii: ".")) {
            offset += 1
            guard offset < bytes.count, isDigit(bytes[offset]) else { throw error("invalid number: expected a digit after the decimal point") }
            while offset < bytes.count, isDigit(bytes[offset]) { offset += 1 }
        }
        if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
            offset += 1
            if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { offset += 1 }
            guard offset < bytes.count, isDigit(bytes[offset]) else { throw error("invalid number: expected a digit in the exponent") }
            while offset < bytes.count, isDigit(bytes[offset]) { offset += 1 }
        }
        let text = String(decoding: bytes[start..<offset], as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            let begin = position(of: start)
            throw SyntaxError(line: begin.line, column: begin.column, message: "number \(text) is out of range")
        }
        return value
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(SyntaxError) {
        let expected = literal.withUTF8Buffer { Array($0) }
        guard offset + expected.count <= bytes.count, Array(bytes[offset..<offset + expected.count]) == expected else {
            throw error("unexpected \(describeCurrent()); expected a JSON value")
        }
        offset += expected.count
    }

    private mutating func enter() throws(SyntaxError) {
        depth += 1
        if depth > maximumDepth { throw error("nesting deeper than \(maximumDepth) levels") }
    }

    private mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x09, 0x0A, 0x0D: offset += 1
            default: return
            }
        }
    }

    private func peek(_ byte: UInt8) -> Bool { offset < bytes.count && bytes[offset] == byte }
    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private func describeCurrent() -> String {
        guard offset < bytes.count else { return "end of file" }
        let byte = bytes[offset]
        if byte >= 0x21 && byte < 0x7F { return "character '\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
    }

    private func error(_ message: String) -> SyntaxError {
        let place = position(of: offset)
        return SyntaxError(line: place.line, column: place.column, message: message)
    }

    /// The 1-based line and column of a byte offset; columns count characters, not bytes.
    private func position(of target: Int) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        let end = min(target, bytes.count)
        var index = 0
        while index < end {
            if bytes[index] == 0x0A { line += 1; lineStart = index + 1 }
            index += 1
        }
        // UTF-8 continuation bytes do not start a character.
        let column = bytes[lineStart..<end].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        return (line, column)
    }
}
