/// A bounding box: west, south, (lowest altitude,) east, north, (highest altitude)
/// ([RFC 7946 §5](https://www.rfc-editor.org/rfc/rfc7946#section-5)).
public struct BoundingBox: Sendable, Hashable {
    /// The south-west corner (with the lowest altitude if the box has three dimensions).
    public var southWest: Position
    /// The north-east corner (with the highest altitude if the box has three dimensions).
    public var northEast: Position

    /// - Parameters:
    ///   - southWest: the lowest corner.
    ///   - northEast: the highest corner.
    public init(southWest: Position, northEast: Position) {
        self.southWest = southWest
        self.northEast = northEast
    }

    /// The box as GeoJSON writes it: 4 numbers, or 6 with altitudes.
    public var values: [Double] {
        if let low = southWest.altitude, let high = northEast.altitude {
            return [southWest.longitude, southWest.latitude, low, northEast.longitude, northEast.latitude, high]
        }
        return [southWest.longitude, southWest.latitude, northEast.longitude, northEast.latitude]
    }

    /// The smallest box around some positions, or nil when there are none.
    /// (Boxes crossing the antimeridian are not produced: the data sets here never cross it.)
    public init?(enclosing positions: some Sequence<Position>) {
        var west = Double.infinity
        var south = Double.infinity
        var east = -Double.infinity
        var north = -Double.infinity
        for position in positions {
            west = min(west, position.longitude)
            east = max(east, position.longitude)
            south = min(south, position.latitude)
            north = max(north, position.latitude)
        }
        guard west.isFinite else { return nil }
        self.init(
            southWest: Position(longitude: west, latitude: south), northEast: Position(longitude: east, latitude: north)
        )
    }

    /// Whether the two boxes share any point.
    public func intersects(_ other: BoundingBox) -> Bool {
        southWest.longitude <= other.northEast.longitude && other.southWest.longitude <= northEast.longitude
            && southWest.latitude <= other.northEast.latitude && other.southWest.latitude <= northEast.latitude
    }

    /// Whether the other box lies wholly inside this one (edges may touch). Longitudes are
    /// compared as numbers: boxes across the antimeridian are not handled.
    public func contains(_ other: BoundingBox) -> Bool {
        southWest.longitude <= other.southWest.longitude && other.northEast.longitude <= northEast.longitude
            && southWest.latitude <= other.southWest.latitude && other.northEast.latitude <= northEast.latitude
    }

    /// The smallest box holding both.
    public func union(_ other: BoundingBox) -> BoundingBox {
        BoundingBox(
            southWest: Position(
                longitude: min(southWest.longitude, other.southWest.longitude),
                latitude: min(southWest.latitude, other.southWest.latitude)),
            northEast: Position(
                longitude: max(northEast.longitude, other.northEast.longitude),
                latitude: max(northEast.latitude, other.northEast.latitude)))
    }
}
