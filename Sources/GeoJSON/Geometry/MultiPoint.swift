/// An array of positions ([RFC 7946 §3.1.3](https://www.rfc-editor.org/rfc/rfc7946#section-3.1.3)).
public struct MultiPoint: Sendable, Hashable {
    /// The points' positions.
    public var coordinates: [Position]
    /// The object's `bbox` member, if it had one.
    public var bbox: BoundingBox?
    /// Members RFC 7946 does not define, kept as read (§6.1).
    public var foreignMembers: JSONObject

    /// - Parameters:
    ///   - coordinates: the `coordinates` member.
    ///   - bbox: the `bbox` member.
    ///   - foreignMembers: any other members.
    public init(_ coordinates: [Position], bbox: BoundingBox? = nil, foreignMembers: JSONObject = [:]) {
        self.coordinates = coordinates
        self.bbox = bbox
        self.foreignMembers = foreignMembers
    }
}
