/// A spatially bounded thing: a geometry with properties
/// ([RFC 7946 §3.2](https://www.rfc-editor.org/rfc/rfc7946#section-3.2)).
public struct Feature: Sendable, Hashable {
    /// The feature's `id` member, if it has one.
    public var id: FeatureIdentifier?
    /// The geometry, or nil for an unlocated feature (`"geometry": null`).
    public var geometry: Geometry?
    /// The properties, or nil for `"properties": null`. Always written, as the RFC requires.
    public var properties: JSONObject?
    /// The object's `bbox` member, if it had one.
    public var bbox: BoundingBox?
    /// Members RFC 7946 does not define, kept as read (§6.1).
    public var foreignMembers: JSONObject

    /// - Parameters:
    ///   - id: the `id` member.
    ///   - geometry: the geometry, nil for `null`.
    ///   - properties: the properties, nil for `null`.
    ///   - bbox: the `bbox` member.
    ///   - foreignMembers: any other members.
    public init(
        id: FeatureIdentifier? = nil, geometry: Geometry?, properties: JSONObject? = [:], bbox: BoundingBox? = nil,
        foreignMembers: JSONObject = [:]
    ) {
        self.id = id
        self.geometry = geometry
        self.properties = properties
        self.bbox = bbox
        self.foreignMembers = foreignMembers
    }

    /// A property's string value, if the property exists and is a string.
    public func string(_ key: String) -> String? { properties?[key]?.stringValue }
    /// A property's number value, if the property exists and is a number.
    public func number(_ key: String) -> Double? { properties?[key]?.numberValue }
}
