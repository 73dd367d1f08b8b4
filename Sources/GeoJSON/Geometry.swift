/// Any of the seven geometry types of [RFC 7946 §3.1](https://www.rfc-editor.org/rfc/rfc7946#section-3.1).
public indirect enum Geometry: Sendable, Hashable {
    case point(Point)
    case multiPoint(MultiPoint)
    case lineString(LineString)
    case multiLineString(MultiLineString)
    case polygon(Polygon)
    case multiPolygon(MultiPolygon)
    case geometryCollection(GeometryCollection)

    /// The RFC's name for the type, as written in the `type` member.
    public var typeName: String {
        switch self {
        case .point: "Point"
        case .multiPoint: "MultiPoint"
        case .lineString: "LineString"
        case .multiLineString: "MultiLineString"
        case .polygon: "Polygon"
        case .multiPolygon: "MultiPolygon"
        case .geometryCollection: "GeometryCollection"
        }
    }

    /// Every position of the geometry, depth first.
    public var allPositions: [Position] {
        switch self {
        case .point(let point): [point.coordinates]
        case .multiPoint(let geometry): geometry.coordinates
        case .lineString(let geometry): geometry.coordinates
        case .multiLineString(let geometry): geometry.coordinates.flatMap { $0 }
        case .polygon(let geometry): geometry.coordinates.flatMap { $0 }
        case .multiPolygon(let geometry): geometry.coordinates.flatMap { $0.flatMap { $0 } }
        case .geometryCollection(let collection): collection.geometries.flatMap(\.allPositions)
        }
    }

    /// The smallest box around the geometry, or nil when it is empty.
    public var boundingBox: BoundingBox? { BoundingBox(enclosing: allPositions) }

    /// The polygons of a Polygon or MultiPolygon (each as its rings); empty for other types.
    public var polygons: [[LinearRing]] {
        switch self {
        case .polygon(let polygon): [polygon.coordinates]
        case .multiPolygon(let multi): multi.coordinates
        case .geometryCollection(let collection): collection.geometries.flatMap(\.polygons)
        case .point, .multiPoint, .lineString, .multiLineString: []
        }
    }

    /// The lines of a LineString or MultiLineString; empty for other types.
    public var lines: [[Position]] {
        switch self {
        case .lineString(let line): [line.coordinates]
        case .multiLineString(let multi): multi.coordinates
        case .geometryCollection(let collection): collection.geometries.flatMap(\.lines)
        case .point, .multiPoint, .polygon, .multiPolygon: []
        }
    }

    /// The point's position if this is a Point.
    public var pointPosition: Position? { if case .point(let point) = self { point.coordinates } else { nil } }
}
