/// A position: longitude, latitude and an optional altitude, in that order
/// ([RFC 7946 §3.1.1](https://www.rfc-editor.org/rfc/rfc7946#section-3.1.1)).
public struct Position: Sendable, Hashable {
    /// Degrees east of Greenwich, WGS84.
    public var longitude: Double
    /// Degrees north of the equator, WGS84.
    public var latitude: Double
    /// Metres above or below the WGS84 ellipsoid, kept when the input has it.
    public var altitude: Double?

    /// - Parameters:
    ///   - longitude: degrees east.
    ///   - latitude: degrees north.
    ///   - altitude: metres, if known.
    public init(longitude: Double, latitude: Double, altitude: Double? = nil) {
        self.longitude = longitude
        self.latitude = latitude
        self.altitude = altitude
    }
}

/// A closed sequence of positions; the first and last are equal (RFC 7946 §3.1.6).
public typealias LinearRing = [Position]
