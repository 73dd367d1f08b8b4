/// One problem found in an input file, with where it is.
///
/// Printed as CONVENTIONS.md says: `FILE:LINE:COLUMN: message` for syntax errors and
/// `FILE: JSON.PATH: message` for valid JSON that breaks a rule.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How bad the problem is.
    public enum Severity: String, Sendable, Hashable {
        /// The input cannot be used as it is.
        case error
        /// The input is used, but is not as RFC 7946 or the data conventions want it.
        case warning
    }

    /// Where in the file the problem is.
    public enum Location: Sendable, Hashable {
        /// The whole file.
        case file
        /// A character position, for syntax errors. Both start at 1.
        case lineColumn(line: Int, column: Int)
        /// A value in the parsed document.
        case path(JSONPath)
    }

    public var severity: Severity
    /// The file's path as the user gave it, or nil for data that came from memory.
    public var file: String?
    public var location: Location
    public var message: String

    public init(_ severity: Severity, file: String?, at location: Location, _ message: String) {
        self.severity = severity
        self.file = file
        self.location = location
        self.message = message
    }

    /// Whether this is an error (not a warning).
    public var isError: Bool { severity == .error }

    public var description: String {
        let name = file ?? "<input>"
        let text = severity == .warning ? "warning: \(message)" : message
        switch location {
        case .file: return "\(name): \(text)"
        case .lineColumn(let line, let column): return "\(name):\(line):\(column): \(text)"
        case .path(let path): return "\(name): \(path): \(text)"
        }
    }

    /// The same problem, attributed to a file.
    public func inFile(_ file: String?) -> Diagnostic {
        var copy = self
        copy.file = file
        return copy
    }
}

/// Input that could not be used, with every problem found in it.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    /// All problems, errors first then warnings, in file order.
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    /// One line per problem.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
