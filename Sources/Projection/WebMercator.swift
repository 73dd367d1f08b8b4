import Foundation
import GeoJSON

/// Spherical Web Mercator (EPSG:3857), the projection of every map and tile Chronomap draws.
public enum WebMercator {
    /// The sphere's radius, metres (WGS84 semi-major axis, as EPSG:3857 defines it).
    public static let earthRadius = 6_378_137.0
    /// Half the width of the projected world, metres: x and y run from −this to +this.
    public static let halfWorld = Double.pi * earthRadius
    /// The latitude limit of the square world, degrees.
    public static let maximumLatitude = 85.051_128_779_806_59

    /// Projects longitude and latitude (degrees) to metres.
    public static func project(_ position: Position) -> MercatorPoint {
        let latitude = min(max(position.latitude, -maximumLatitude), maximumLatitude)
        let x = earthRadius * position.longitude * .pi / 180
        let y = earthRadius * log(tan(.pi / 4 + latitude * .pi / 360))
        return MercatorPoint(x: x, y: y)
    }

    /// Unprojects metres to longitude and latitude (degrees).
    public static func unproject(_ point: MercatorPoint) -> Position {
        let longitude = point.x / earthRadius * 180 / .pi
        let latitude = (2 * atan(exp(point.y / earthRadius)) - .pi / 2) * 180 / .pi
        return Position(longitude: longitude, latitude: latitude)
    }

    /// How many projected metres one metre on the ground is at a latitude (the Mercator scale factor).
    public static func scaleFactor(atLatitude latitude: Double) -> Double { 1 / cos(latitude * .pi / 180) }

    /// The projected box of a geographic box.
    public static func project(_ box: BoundingBox) -> MercatorBox {
        let southWest = project(box.southWest), northEast = project(box.northEast)
        return MercatorBox(minX: southWest.x, minY: southWest.y, maxX: northEast.x, maxY: northEast.y)
    }

    /// The geographic box of a projected box.
    public static func unproject(_ box: MercatorBox) -> BoundingBox {
        BoundingBox(
            southWest: unproject(MercatorPoint(x: box.minX, y: box.minY)),
            northEast: unproject(MercatorPoint(x: box.maxX, y: box.maxY)))
    }
}

/// A point in Web Mercator metres.
public struct MercatorPoint: Sendable, Hashable {
    public var x: Double
    public var y: Double
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// A box in Web Mercator metres.
public struct MercatorBox: Sendable, Hashable {
    public var minX: Double
    public var minY: Double
    public var maxX: Double
    public var maxY: Double

    public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX
        self.minY = minY
        self.maxX = maxX
        self.maxY = maxY
    }

    public var width: Double { maxX - minX }
    public var height: Double { maxY - minY }
    public var center: MercatorPoint { MercatorPoint(x: (minX + maxX) / 2, y: (minY + maxY) / 2) }
}
