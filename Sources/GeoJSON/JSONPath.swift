/// Where a value sits inside a JSON document: `features[3].geometry.coordinates[0]`.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    /// One step down into an object member or an array element.
    public enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    /// The steps from the document's top.
    public private(set) var components: [Component]

    /// The path to the document's top.
    public static let root = JSONPath(components: [])

    /// - Parameter components: the steps from the document's top.
    public init(components: [Component]) { self.components = components }

    /// The path one member further down.
    public func appending(_ key: String) -> JSONPath { JSONPath(components: components + [.key(key)]) }
    /// The path one element further down.
    public func appending(_ index: Int) -> JSONPath { JSONPath(components: components + [.index(index)]) }

    /// Dotted keys and bracketed indexes, as error messages write them; the top is `(top level)`.
    public var description: String {
        guard !components.isEmpty else { return "(top level)" }
        var text = ""
        for component in components {
            switch component {
            case .key(let key):
                let isPlain =
                    key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == ":" } && !key.isEmpty
                if isPlain {
                    if !text.isEmpty { text += "." }
                    text += key
                } else {
                    text += "[\"\(key)\"]"
                }
            case .index(let index):
                text += "[\(index)]"
            }
        }
        return text
    }
}
