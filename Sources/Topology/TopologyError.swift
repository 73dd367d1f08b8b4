/// Why a geometry operation failed.
///
/// GEOS reports failures as a NULL result (or the value 2 from a predicate) and hands its message
/// to the context's error handler; ``GeometryEngine`` keeps that message so it can travel here.
public enum TopologyError: Error, CustomStringConvertible, Sendable, Hashable {
    /// A GEOS call failed.
    /// - `operation`: the GEOS function that failed, e.g. `GEOSUnion_r`.
    /// - `message`: GEOS's own message, e.g. `TopologyException: side location conflict at 1 2`.
    case geos(operation: String, message: String)
    /// The geometry has no GeoJSON form, or GEOS returned a type this module does not know.
    case unsupportedGeometry(String)
    /// The operation needs a non-empty geometry (a label point of nothing, say).
    /// - `operation`: the wrapper operation, e.g. `pointOnSurface()`.
    case emptyResult(operation: String)
    /// An argument is out of its range (a fraction outside 0...1, a tolerance that is not positive).
    case invalidArgument(String)

    /// A sentence for logs and diagnostics, with GEOS's message when there is one.
    public var description: String {
        switch self {
        case .geos(let operation, let message):
            "GEOS failed in \(operation): \(message)"
        case .unsupportedGeometry(let reason):
            "unsupported geometry: \(reason)"
        case .emptyResult(let operation):
            "\(operation) has no result for an empty geometry"
        case .invalidArgument(let reason):
            "invalid argument: \(reason)"
        }
    }
}
