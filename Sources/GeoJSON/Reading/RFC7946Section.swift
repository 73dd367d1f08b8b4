/// The sections of [RFC 7946](https://www.rfc-editor.org/rfc/rfc7946) that the reader's diagnostics cite.
///
/// Every problem that breaks a rule of the RFC ends its message with the section it breaks, so
/// that a user can look the rule up: `features[0].coordinates: a Feature must not have a
/// "coordinates" member ... (RFC 7946 section 7.1)`.
enum RFC7946Section: String, Sendable {
    /// A GeoJSON text is a single GeoJSON object.
    case geoJSONText = "2"
    /// Every GeoJSON object has a `type` member naming one of the nine types.
    case geoJSONObject = "3"
    /// Geometry objects: the seven types and their `coordinates` member.
    case geometryObject = "3.1"
    /// Positions: two or more numbers, and no more than three.
    case position = "3.1.1"
    /// Point: a single position.
    case point = "3.1.2"
    /// MultiPoint: an array of positions.
    case multiPoint = "3.1.3"
    /// LineString: two or more positions.
    case lineString = "3.1.4"
    /// MultiLineString: an array of LineString coordinate arrays.
    case multiLineString = "3.1.5"
    /// Polygon: closed linear rings of four or more positions, exterior first, right-hand rule.
    case polygon = "3.1.6"
    /// MultiPolygon: an array of Polygon coordinate arrays.
    case multiPolygon = "3.1.7"
    /// GeometryCollection: a `geometries` array of geometries; avoid nesting and single parts.
    case geometryCollection = "3.1.8"
    /// Geometries crossing the antimeridian should be cut in two.
    case antimeridianCutting = "3.1.9"
    /// Feature: `geometry` (a geometry or null), `properties` (an object or null), `id` (string or number).
    case feature = "3.2"
    /// FeatureCollection: a `features` array of Features.
    case featureCollection = "3.3"
    /// WGS 84 longitude and latitude in decimal degrees; no `crs` member.
    case coordinateReferenceSystem = "4"
    /// Bounding boxes: 2 × n numbers, the south-western corner first.
    case boundingBox = "5"
    /// The nine types are a fixed set.
    case typesNotExtensible = "7"
    /// `coordinates`, `geometries`, `geometry`, `properties` and `features` belong to their own types.
    case membersNotChangeable = "7.1"
    /// Six decimals (about 10 cm) are enough for degrees.
    case coordinatePrecision = "11.2"

    /// The citation that ends a message: `(RFC 7946 section 3.1.8)`.
    var citation: String { "(RFC 7946 section \(rawValue))" }
}
