import Foundation

/// A spreadsheet's rows as RFC 4180 writes them: fields separated by commas, records by CRLF or LF, a field that
/// holds a comma, a quote or a line break quoted with `"` and its quotes doubled. A UTF-8 byte order mark before
/// the header is skipped. Each record keeps the line it starts on, counting the line breaks inside quoted fields,
/// so that an error can name the line a text editor shows.
public struct CSVTable: Sendable {
    /// One record: the line it starts on (1-based; the header is line 1 when nothing precedes it) and its fields.
    public struct Record: Sendable {
        /// The line the record starts on.
        public var line: Int
        /// The fields, unquoted.
        public var fields: [String]
    }

    /// The first record: the column names.
    public var header: [String]
    /// The records after the header, blank lines left out.
    public var records: [Record]
    /// The line of the header.
    public var headerLine: Int
}

/// Why a CSV text could not be read, with the line and column (1-based, in characters) where it broke.
public struct CSVError: Error, Sendable, CustomStringConvertible {
    /// The line, 1-based.
    public var line: Int
    /// The character on the line, 1-based.
    public var column: Int
    /// What is wrong.
    public var message: String

    public var description: String { "\(line):\(column): \(message)" }
}

/// Reads CSV text (RFC 4180, LF or CRLF line ends, an optional UTF-8 byte order mark).
public struct CSVReader: Sendable {
    /// A reader.
    public init() {}

    /// Reads a file's bytes.
    /// - Throws: `CSVError` when the bytes are not UTF-8 or a quoted field is not closed.
    public func read(_ data: Data) throws(CSVError) -> CSVTable {
        guard let text = String(data: data, encoding: .utf8) else {
            throw CSVError(line: 1, column: 1, message: "not UTF-8 text (save the sheet as CSV UTF-8)")
        }
        return try read(text)
    }

    /// Reads text.
    /// - Throws: `CSVError` when a quoted field is not closed, or a quote stands inside an unquoted field or
    ///   after a closing quote, or no header is found.
    public func read(_ text: String) throws(CSVError) -> CSVTable {
        var scalars = Substring(text).unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var records: [CSVTable.Record] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1, column = 0
        var recordLine = 1
        var quoted = false, afterQuote = false, fieldStarted = false
        var index = scalars.startIndex

        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            afterQuote = false
            fieldStarted = false
        }
        func endRecord() {
            endField()
            // A blank line is no record (a sheet's trailing newline, or an empty line between rows).
            if !(fields.count == 1 && fields[0].isEmpty) {
                records.append(CSVTable.Record(line: recordLine, fields: fields))
            }
            fields = []
        }

        while index < scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            column += 1
            if quoted {
                if scalar == "\"" {
                    if index < scalars.endIndex, scalars[index] == "\"" {
                        field.append("\"")
                        index = scalars.index(after: index)
                        column += 1
                    } else {
                        quoted = false
                        afterQuote = true
                    }
                } else {
                    field.append(scalar)
                    if scalar == "\n" || (scalar == "\r" && (index == scalars.endIndex || scalars[index] != "\n")) {
                        line += 1
                        column = 0
                    }
                }
                continue
            }
            switch scalar {
            case ",":
                endField()
            case "\r", "\n":
                if scalar == "\r", index < scalars.endIndex, scalars[index] == "\n" {
                    index = scalars.index(after: index)
                }
                endRecord()
                line += 1
                column = 0
                recordLine = line
            case "\"":
                guard !fieldStarted, !afterQuote else {
                    throw CSVError(
                        line: line, column: column,
                        message: afterQuote
                            ? "a quoted field goes on after its closing quote (a quote inside a field is written \"\")"
                            : "a quote inside an unquoted field (quote the whole field and double the quote)")
                }
                quoted = true
                fieldStarted = true
            default:
                if afterQuote {
                    throw CSVError(
                        line: line, column: column,
                        message:
                            "a quoted field goes on after its closing quote (a quote inside a field is written \"\")")
                }
                field.append(scalar)
                fieldStarted = true
            }
        }
        if quoted {
            throw CSVError(line: recordLine, column: 1, message: "a quoted field is never closed (a missing \")")
        }
        if !fields.isEmpty || !field.isEmpty || fieldStarted || afterQuote { endRecord() }
        guard let header = records.first else {
            throw CSVError(line: 1, column: 1, message: "no header row: the file is empty")
        }
        return CSVTable(
            header: header.fields.map { $0.trimmingCharacters(in: .whitespaces) }, records: Array(records.dropFirst()),
            headerLine: header.line)
    }
}
