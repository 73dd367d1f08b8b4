/// One problem found in an input file, with where it is.
///
/// Printed as docs/data-format.md says: `FILE:LINE:COLUMN: message` for syntax errors and
/// `FILE: JSON.PATH: message` for valid JSON that breaks a rule; a warning puts `warning: ` before
/// its message. A message about a rule of RFC 7946 ends with the section it cites, as in
/// `FILE: JSON.PATH: warning: message (RFC 7946 section 3.1.8)`: the citation is part of the
/// message, so it stays when a diagnostic is copied to another file or path.
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

    /// Error or warning.
    public var severity: Severity
    /// The file's path as the user gave it, or nil for data that came from memory.
    public var file: String?
    /// Where the problem is.
    public var location: Location
    /// What is wrong, in words, with the RFC section it breaks where there is one.
    public var message: String

    /// - Parameters:
    ///   - severity: error or warning.
    ///   - file: the path as the user gave it, or nil.
    ///   - location: where in the file.
    ///   - message: what is wrong.
    public init(_ severity: Severity, file: String?, at location: Location, _ message: String) {
        self.severity = severity
        self.file = file
        self.location = location
        self.message = message
    }

    /// Whether this is an error (not a warning).
    public var isError: Bool { severity == .error }

    /// The diagnostic as one line, in the form docs/data-format.md gives.
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

    /// - Parameter diagnostics: every problem found.
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    /// One line per problem.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
