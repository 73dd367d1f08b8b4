/// An array of polygons' rings ([RFC 7946 §3.1.7](https://www.rfc-editor.org/rfc/rfc7946#section-3.1.7)).
public struct MultiPolygon: Sendable, Hashable {
    /// The polygons, each as its rings (exterior first).
    public var coordinates: [[LinearRing]]
    /// The object's `bbox` member, if it had one.
    public var bbox: BoundingBox?
    /// Members RFC 7946 does not define, kept as read (§6.1).
    public var foreignMembers: JSONObject

    /// - Parameters:
    ///   - coordinates: the `coordinates` member.
    ///   - bbox: the `bbox` member.
    ///   - foreignMembers: any other members.
    public init(_ coordinates: [[LinearRing]], bbox: BoundingBox? = nil, foreignMembers: JSONObject = [:]) {
        self.coordinates = coordinates
        self.bbox = bbox
        self.foreignMembers = foreignMembers
    }
}
