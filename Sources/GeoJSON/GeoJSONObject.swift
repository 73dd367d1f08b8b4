/// A whole GeoJSON text's top-level object: a geometry, a feature or a feature collection
/// ([RFC 7946 §3](https://www.rfc-editor.org/rfc/rfc7946#section-3)).
public enum GeoJSONObject: Sendable, Hashable {
    case geometry(Geometry)
    case feature(Feature)
    case featureCollection(FeatureCollection)

    /// The features it holds: the collection's, the one feature, or a geometry wrapped as a feature.
    public var features: [Feature] {
        switch self {
        case .geometry(let geometry): [Feature(geometry: geometry)]
        case .feature(let feature): [feature]
        case .featureCollection(let collection): collection.features
        }
    }

    /// The collection, if this is one.
    public var featureCollection: FeatureCollection? {
        if case .featureCollection(let value) = self { value } else { nil }
    }
}
