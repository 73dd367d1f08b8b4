/// Strings, numbers and the error messages of the JSON parser.
extension JSONParser {
    mutating func parseString() throws(SyntaxError) -> String {
        let start = offset
        offset += 1
        var text = ""
        var runStart = offset
        while offset < bytes.count {
            let byte = bytes[offset]
            switch byte {
            case UInt8(ascii: "\""):
                try appendRun(from: runStart, to: offset, to: &text)
                offset += 1
                return text
            case UInt8(ascii: "\\"):
                try appendRun(from: runStart, to: offset, to: &text)
                offset += 1
                guard offset < bytes.count else { break }
                let escape = bytes[offset]
                offset += 1
                switch escape {
                case UInt8(ascii: "\""): text.unicodeScalars.append("\"")
                case UInt8(ascii: "\\"): text.unicodeScalars.append("\\")
                case UInt8(ascii: "/"): text.unicodeScalars.append("/")
                case UInt8(ascii: "b"): text.unicodeScalars.append("\u{08}")
                case UInt8(ascii: "f"): text.unicodeScalars.append("\u{0C}")
                case UInt8(ascii: "n"): text.unicodeScalars.append("\n")
                case UInt8(ascii: "r"): text.unicodeScalars.append("\r")
                case UInt8(ascii: "t"): text.unicodeScalars.append("\t")
                case UInt8(ascii: "u"): text.unicodeScalars.append(try parseUnicodeEscape())
                default:
                    offset -= 1
                    throw error("invalid escape '\\\(describe(escape))' in string")
                }
                runStart = offset
            case 0x00..<0x20:
                throw error(
                    byte == 0x0A
                        ? "unterminated string (newline before the closing quote)"
                        : "control character in string; escape it")
            default:
                offset += 1
            }
        }
        let begin = position(of: start)
        throw SyntaxError(
            line: begin.line, column: begin.column,
            message: "unterminated string: the file ends before its closing quote")
    }

    /// Appends raw string bytes, which must be valid UTF-8.
    func appendRun(from start: Int, to end: Int, to text: inout String) throws(SyntaxError) {
        guard end > start else { return }
        let run = bytes[start..<end]
        if let valid = String(validating: run, as: UTF8.self) {
            text += valid
            return
        }
        // Only on failure: find the first byte that does not start a valid sequence.
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = run.makeIterator()
        var badOffset = start
        decoding: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): badOffset += scalar.count
            case .error: break decoding
            case .emptyInput: break decoding
            }
        }
        let place = position(of: badOffset)
        let byte = bytes[min(badOffset, end - 1)]
        throw SyntaxError(
            line: place.line, column: place.column, message: "invalid UTF-8 (byte \(hex(byte))) in string")
    }

    /// The scalar of a `\uXXXX` escape (the `\u` already read), joining a UTF-16 surrogate pair.
    mutating func parseUnicodeEscape() throws(SyntaxError) -> Unicode.Scalar {
        let high = try parseHexQuad()
        if (0xD800..<0xDC00).contains(high) {
            guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u")
            else {
                throw error("unpaired UTF-16 surrogate in \\u escape")
            }
            offset += 2
            let low = try parseHexQuad()
            guard (0xDC00..<0xE000).contains(low),
                let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
            else { throw error("invalid UTF-16 low surrogate in \\u escape") }
            return scalar
        }
        guard let scalar = Unicode.Scalar(high) else { throw error("unpaired UTF-16 surrogate in \\u escape") }
        return scalar
    }

    mutating func parseHexQuad() throws(SyntaxError) -> UInt32 {
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

    /// Reads a number and records the shape of its text in `lastNumber`.
    mutating func parseNumber() throws(SyntaxError) -> Double {
        let start = offset
        let isNegative = peek(UInt8(ascii: "-"))
        if isNegative { offset += 1 }
        guard offset < bytes.count, isDigit(bytes[offset]) else { throw error("invalid number: expected a digit") }
        var significantDigits = 0
        if bytes[offset] == UInt8(ascii: "0") {
            offset += 1
            if offset < bytes.count, isDigit(bytes[offset]) {
                throw error("invalid number: leading zeros are not allowed")
            }
        } else {
            while offset < bytes.count, isDigit(bytes[offset]) {
                offset += 1
                significantDigits += 1
            }
        }
        var fractionDigits = 0
        var endsInZero = false
        if peek(UInt8(ascii: ".")) {
            offset += 1
            guard offset < bytes.count, isDigit(bytes[offset]) else {
                throw error("invalid number: expected a digit after the decimal point")
            }
            while offset < bytes.count, isDigit(bytes[offset]) {
                let isZero = bytes[offset] == UInt8(ascii: "0")
                if significantDigits > 0 || !isZero { significantDigits += 1 }
                endsInZero = isZero
                fractionDigits += 1
                offset += 1
            }
        }
        var hasExponent = false
        var exponent = 0
        if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
            hasExponent = true
            offset += 1
            var exponentSign = 1
            if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) {
                if bytes[offset] == UInt8(ascii: "-") { exponentSign = -1 }
                offset += 1
            }
            guard offset < bytes.count, isDigit(bytes[offset]) else {
                throw error("invalid number: expected a digit in the exponent")
            }
            while offset < bytes.count, isDigit(bytes[offset]) {
                // Capped: only whether the decimals pass a small threshold matters, and Int must not overflow.
                exponent = min(exponent * 10 + Int(bytes[offset] - UInt8(ascii: "0")), 1_000_000)
                offset += 1
            }
            exponent *= exponentSign
        }
        let text = String(decoding: bytes[start..<offset], as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            let begin = position(of: start)
            throw SyntaxError(line: begin.line, column: begin.column, message: "number \(text) is out of range")
        }
        let isNegativeZero = isNegative && significantDigits == 0
        lastNumber = NumberShape(
            decimals: max(0, fractionDigits - exponent),
            isPlain: !hasExponent && !endsInZero && !isNegativeZero && significantDigits <= 15,
            textRange: start..<offset)
        return value
    }

    mutating func expectLiteral(_ literal: StaticString) throws(SyntaxError) {
        let expected = literal.withUTF8Buffer { Array($0) }
        guard offset + expected.count <= bytes.count, bytes[offset..<offset + expected.count].elementsEqual(expected)
        else {
            throw error("unexpected \(describeCurrent()); expected a JSON value")
        }
        offset += expected.count
    }

    mutating func enter() throws(SyntaxError) {
        depth += 1
        if depth > maximumDepth { throw error("nesting deeper than \(maximumDepth) levels") }
    }

    mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x09, 0x0A, 0x0D: offset += 1
            default: return
            }
        }
    }

    func peek(_ byte: UInt8) -> Bool { offset < bytes.count && bytes[offset] == byte }
    func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    func describeCurrent() -> String {
        guard offset < bytes.count else { return "end of file" }
        let byte = bytes[offset]
        if byte >= 0x21 && byte < 0x7F { return "character '\(Character(Unicode.Scalar(byte)))'" }
        return "byte " + hex(byte)
    }

    /// A byte as a character if it is printable ASCII, else in hexadecimal.
    func describe(_ byte: UInt8) -> String {
        byte >= 0x21 && byte < 0x7F ? String(Character(Unicode.Scalar(byte))) : hex(byte)
    }

    func hex(_ byte: UInt8) -> String {
        "0x" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
    }

    func error(_ message: String) -> SyntaxError {
        let place = position(of: offset)
        return SyntaxError(line: place.line, column: place.column, message: message)
    }

    /// The 1-based line and column of a byte offset; columns count characters, not bytes.
    func position(of target: Int) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        let end = min(target, bytes.count)
        var index = 0
        while index < end {
            if bytes[index] == 0x0A {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        // UTF-8 continuation bytes do not start a character.
        let column = bytes[lineStart..<end].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        return (line, column)
    }
}
