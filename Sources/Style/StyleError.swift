import GeoJSON

/// A style file that breaks a rule, with the JSON path of the offending value.
public struct StyleError: Error, Sendable, CustomStringConvertible {
    /// The style file, once known.
    public var file: String?
    public var path: JSONPath
    public var message: String
    /// Set for syntax errors: the line and column.
    public var lineColumn: (line: Int, column: Int)?
    /// Whether the file itself could not be read (missing, a folder, no permission), rather than its content
    /// being wrong.
    public var isUnreadableFile = false

    public init(file: String? = nil, path: JSONPath, message: String) {
        self.file = file
        self.path = path
        self.message = message
    }

    /// The error in the form of every input error: `FILE: JSON.PATH: message`.
    public var description: String {
        if isUnreadableFile { return "\(file ?? "<style>"): \(message)" }
        if let lineColumn { return "\(file ?? "<style>"):\(lineColumn.line):\(lineColumn.column): \(message)" }
        return "\(file ?? "<style>"): \(path): \(message)"
    }
}
