/// A list of features ([RFC 7946 §3.3](https://www.rfc-editor.org/rfc/rfc7946#section-3.3)).
public struct FeatureCollection: Sendable, Hashable {
    /// The features, in order.
    public var features: [Feature]
    /// The object's `bbox` member, if it had one.
    public var bbox: BoundingBox?
    /// Members RFC 7946 does not define, kept as read (§6.1). Written before `features`.
    public var foreignMembers: JSONObject

    /// - Parameters:
    ///   - features: the features.
    ///   - bbox: the `bbox` member.
    ///   - foreignMembers: any other members.
    public init(_ features: [Feature], bbox: BoundingBox? = nil, foreignMembers: JSONObject = [:]) {
        self.features = features
        self.bbox = bbox
        self.foreignMembers = foreignMembers
    }
}
