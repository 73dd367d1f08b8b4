import CGEOS
import GeoJSON

/// A geometry held by GEOS, for validity checks, overlay operations, predicates and label points.
///
/// Build one from a GeoJSON `Geometry` with ``init(_:engine:)`` and turn results back
/// with ``geoJSON()``. Every operation returns a new geometry: instances never change, which is
/// what lets ``PreparedTopologyGeometry`` index one safely.
///
/// All measures are planar, in the units of the coordinates (degrees for GeoJSON): they are
/// for comparing and ordering, not for reporting. Areas and lengths on the ellipsoid belong to
/// the `Geodesy` module.
///
/// Like its ``GeometryEngine``, a geometry is not `Sendable`: use it on the thread or task that
/// owns the engine. Operations that combine two geometries run on the receiver's engine.
public final class TopologyGeometry {
    /// The engine this geometry was made with; kept alive because the GEOS pointer is freed with its handle.
    public let engine: GeometryEngine
    /// The owned GEOS geometry, freed in `deinit`.
    let pointer: OpaquePointer

    /// Takes ownership of a GEOS geometry created with `engine`.
    init(owning pointer: OpaquePointer, engine: GeometryEngine) {
        self.pointer = pointer
        self.engine = engine
    }

    deinit {
        GEOSGeom_destroy_r(engine.handle, pointer)
    }

    /// Wraps the result of a GEOS call that returns a new geometry (NULL on failure).
    func derived(
        _ operation: String, _ body: (GEOSContextHandle_t) -> OpaquePointer?
    ) throws(TopologyError) -> TopologyGeometry {
        TopologyGeometry(owning: try engine.call(operation, body), engine: engine)
    }

    // MARK: - Properties

    /// Whether the geometry has no points at all (an empty polygon, the difference of a shape with itself).
    /// - Throws: ``TopologyError/geos(operation:message:)`` if GEOS fails.
    public var isEmpty: Bool {
        get throws(TopologyError) { try engine.predicate("GEOSisEmpty_r") { GEOSisEmpty_r($0, pointer) } }
    }

    /// Whether the geometry is valid in the OGC sense: rings do not cross themselves or each other,
    /// holes lie inside their shell, the polygons of a multipolygon do not overlap.
    /// Overlay operations on invalid input can fail or give wrong answers; see ``makeValid()``.
    /// - Throws: ``TopologyError/geos(operation:message:)`` if GEOS fails.
    public var isValid: Bool {
        get throws(TopologyError) { try engine.predicate("GEOSisValid_r") { GEOSisValid_r($0, pointer) } }
    }

    /// Why the geometry is invalid, in GEOS's words with the location (e.g. `Self-intersection[1 1]`),
    /// or nil when it is valid.
    /// - Throws: ``TopologyError/geos(operation:message:)`` if GEOS fails.
    public var validityReason: String? {
        get throws(TopologyError) {
            // GEOSisValidReason_r answers "Valid Geometry" for valid input; asking isValid first
            // avoids depending on that wording.
            if try isValid { return nil }
            let reason = try engine.call("GEOSisValidReason_r") { GEOSisValidReason_r($0, pointer) }
            defer { GEOSFree_r(engine.handle, reason) }
            return String(cString: reason)
        }
    }

    /// The planar area in squared coordinate units (square degrees for GeoJSON): for comparing
    /// geometries with each other (is this sliver negligible?), never for reporting. Use
    /// `Geodesic.area(of:)` for square metres. Zero for points and lines.
    /// - Throws: ``TopologyError/geos(operation:message:)`` if GEOS fails.
    public var area: Double {
        get throws(TopologyError) {
            var area = 0.0
            try engine.status("GEOSArea_r") { GEOSArea_r($0, pointer, &area) }
            return area
        }
    }

    /// The planar length in coordinate units (degrees for GeoJSON): of lines, or of polygons'
    /// rings. Zero for points. Use `Geodesic.length(of:)` for metres.
    /// - Throws: ``TopologyError/geos(operation:message:)`` if GEOS fails.
    public var length: Double {
        get throws(TopologyError) {
            var length = 0.0
            try engine.status("GEOSLength_r") { GEOSLength_r($0, pointer, &length) }
            return length
        }
    }

    /// The smallest box around the geometry (two-dimensional), or nil when the geometry is empty.
    /// - Throws: ``TopologyError/geos(operation:message:)`` if GEOS fails.
    public var envelope: BoundingBox? {
        get throws(TopologyError) {
            // GEOSGeom_getExtent_r answers 0 both for an empty geometry and on failure: tell them apart first.
            if try isEmpty { return nil }
            var west = 0.0, south = 0.0, east = 0.0, north = 0.0
            try engine.status("GEOSGeom_getExtent_r") {
                GEOSGeom_getExtent_r($0, pointer, &west, &south, &east, &north)
            }
            return BoundingBox(
                southWest: Position(longitude: west, latitude: south),
                northEast: Position(longitude: east, latitude: north))
        }
    }
}

// Not Sendable, like the engine it holds; spelled out so no one adds `@unchecked Sendable`.
@available(*, unavailable, message: "a GEOS geometry is used on its engine's thread: convert to GeoJSON to share it")
extension TopologyGeometry: Sendable {}
