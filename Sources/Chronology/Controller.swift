/// Who holds a control zone: one of the data set's parties (by id), or nobody because fighting was under way.
///
/// A value type over the id, so that the engine never names a party: the parties come from `region.json`.
public struct Controller: Sendable, Hashable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// A party id, or `contested`.
    public let id: String

    /// - Parameter id: a party id, or `contested`.
    public init(_ id: String) { self.id = id }

    public init(stringLiteral value: String) { self.id = value }

    /// Fighting was under way and no side held the ground (`controller` = `contested`).
    public static let contested = Controller("contested")

    /// Whether this is the contested state rather than a party.
    public var isContested: Bool { self == .contested }

    /// The reserved key under which areas count ground changing hands (a control zone inside the window of its
    /// interval `start_date:edtf`): it belongs to neither party until the window ends. Never a zone's `controller`.
    public static let transition = Controller("transition")

    /// The id.
    public var description: String { id }

    public static func < (lhs: Controller, rhs: Controller) -> Bool { lhs.id < rhs.id }
}
