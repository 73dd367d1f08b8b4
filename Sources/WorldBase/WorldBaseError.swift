/// Why the world base could not be read.
public struct WorldBaseError: Error, Sendable, CustomStringConvertible {
    /// The world base file.
    public var path: String
    /// What went wrong, in one sentence.
    public var message: String

    /// Makes an error about a file.
    public init(path: String, _ message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}
