/// A heterogeneous collection of geometries ([RFC 7946 §3.1.8](https://www.rfc-editor.org/rfc/rfc7946#section-3.1.8)).
public struct GeometryCollection: Sendable, Hashable {
    /// The member geometries, in order.
    public var geometries: [Geometry]
    /// The object's `bbox` member, if it had one.
    public var bbox: BoundingBox?
    /// Members RFC 7946 does not define, kept as read (§6.1).
    public var foreignMembers: JSONObject

    /// - Parameters:
    ///   - geometries: the `geometries` member.
    ///   - bbox: the `bbox` member.
    ///   - foreignMembers: any other members.
    public init(_ geometries: [Geometry], bbox: BoundingBox? = nil, foreignMembers: JSONObject = [:]) {
        self.geometries = geometries
        self.bbox = bbox
        self.foreignMembers = foreignMembers
    }
}
