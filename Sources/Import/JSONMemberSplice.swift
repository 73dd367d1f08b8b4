import Foundation
import GeoJSON

/// One member of a JSON object's text replaced, or added, with every other byte left as it was: a `region.json`
/// formatted by hand keeps its layout and member order, and a diff of the data set shows only the member changed.
/// The new value is laid out as the member was: on one line, or one element a line, indented as the file is.
enum JSONMemberSplice {
    /// The text with the top-level member `name` set to `value`.
    /// - Parameter text: the UTF-8 text of a JSON object, already parsed (so valid).
    /// - Returns: nil when the text is not an object.
    static func setting(_ name: String, to value: JSONValue, in text: [UInt8]) -> [UInt8]? {
        var scanner = Scanner(text: text)
        scanner.skipByteOrderMark()
        scanner.skipSpace()
        guard scanner.peek == UInt8(ascii: "{") else { return nil }
        scanner.index += 1
        let afterBrace = scanner.index
        scanner.skipSpace()
        var firstKey: Int?
        var lastValueEnd: Int?
        while scanner.peek == UInt8(ascii: "\"") {
            let key = scanner.skipString()
            firstKey = firstKey ?? key.lowerBound
            scanner.skipSpace()
            scanner.index += 1  // the colon
            scanner.skipSpace()
            let valueStart = scanner.index
            scanner.skipValue()
            if Self.name(text[key]) == name {
                let indentation = Self.indentation(of: key.lowerBound, in: text)
                let spansLines = text[valueStart..<scanner.index].contains(UInt8(ascii: "\n"))
                let written = Self.text(of: value, pretty: spansLines, indentation: indentation)
                return Array(text[..<valueStart]) + Array(written.utf8) + Array(text[scanner.index...])
            }
            lastValueEnd = scanner.index
            scanner.skipSpace()
            guard scanner.peek == UInt8(ascii: ",") else { break }
            scanner.index += 1
            scanner.skipSpace()
        }
        guard let firstKey, let lastValueEnd else {
            let member = "\"\(name)\":" + JSONTextWriter.string(value)
            return Array(text[..<afterBrace]) + Array(member.utf8) + Array(text[afterBrace...])
        }
        // A new member is laid out like the first one: on its own line with its indentation, or on the same line.
        let before = text[afterBrace..<firstKey]
        let isPretty = before.contains(UInt8(ascii: "\n"))
        let written = Self.text(of: value, pretty: isPretty, indentation: Self.indentation(of: firstKey, in: text))
        let member = Array(",".utf8) + Array(before) + Array("\"\(name)\":\(isPretty ? " " : "")\(written)".utf8)
        return Array(text[..<lastValueEnd]) + member + Array(text[lastValueEnd...])
    }

    /// A value's text: compact, or one element a line, each level indented by the top-level members' indentation.
    private static func text(of value: JSONValue, pretty: Bool, indentation: String) -> String {
        guard pretty else { return JSONTextWriter.string(value) }
        var output = ""
        JSONTextWriter.write(
            value, indentedBy: indentation.isEmpty ? "  " : indentation, at: indentation, to: &output)
        return output
    }

    /// The spaces and tabs before `index` on its line.
    private static func indentation(of index: Int, in text: [UInt8]) -> String {
        var start = index
        while start > 0, text[start - 1] == 0x20 || text[start - 1] == 0x09 { start -= 1 }
        return String(decoding: text[start..<index], as: UTF8.self)
    }

    /// A member name's text (with its quotes) as a string; escapes are decoded by the JSON parser.
    private static func name(_ quoted: ArraySlice<UInt8>) -> String? {
        guard quoted.contains(UInt8(ascii: "\\")) else {
            return String(decoding: quoted.dropFirst().dropLast(), as: UTF8.self)
        }
        return (try? GeoJSONReader.parseJSON(Data(quoted), file: nil))?.stringValue
    }

    /// Steps over valid JSON text.
    private struct Scanner {
        let text: [UInt8]
        var index = 0

        var peek: UInt8? { index < text.count ? text[index] : nil }

        mutating func skipByteOrderMark() {
            if text.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        }

        mutating func skipSpace() {
            while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
        }

        /// Steps over a string, quotes included; returns its range.
        mutating func skipString() -> Range<Int> {
            let start = index
            index += 1
            while let byte = peek, byte != UInt8(ascii: "\"") { index += byte == UInt8(ascii: "\\") ? 2 : 1 }
            index += 1
            return start..<index
        }

        /// Steps over a value: a string, an object or array with all it holds, or a number, literal.
        mutating func skipValue() {
            guard let first = peek else { return }
            if first == UInt8(ascii: "\"") {
                _ = skipString()
                return
            }
            if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
                var depth = 0
                repeat {
                    guard let byte = peek else { return }
                    if byte == UInt8(ascii: "\"") {
                        _ = skipString()
                        continue
                    }
                    if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") { depth += 1 }
                    if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") { depth -= 1 }
                    index += 1
                } while depth > 0
                return
            }
            let ends: Set<UInt8> = [UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x09, 0x0A, 0x0D]
            while let byte = peek, !ends.contains(byte) { index += 1 }
        }
    }
}
