/// Why a data set could not be created or imported into, with where the problem is.
public struct ImportError: Error, Sendable, CustomStringConvertible {
    /// How the command line should end.
    public enum Kind: Sendable {
        /// The input breaks a rule (exit status 65).
        case badData
        /// The request cannot be carried out as given (exit 64).
        case usage
        /// Writing failed (exit 1).
        case failure
    }

    public var kind: Kind
    /// One line per problem, each naming the file and the feature or member.
    public var lines: [String]

    /// - Parameters: the kind and the problems.
    public init(_ kind: Kind, _ lines: [String]) {
        self.kind = kind
        self.lines = lines
    }

    /// - Parameters: the kind and the problem.
    public init(_ kind: Kind, _ line: String) { self.init(kind, [line]) }

    public var description: String { lines.joined(separator: "\n") }
}
