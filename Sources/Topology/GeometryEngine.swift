import CGEOS
import GeoJSON

/// A GEOS context: the thing every ``TopologyGeometry`` is built and operated on with.
///
/// GEOS's reentrant API wants one context handle per thread, and a context remembers the last
/// error through its message handler, so an engine must not be shared between threads or tasks
/// that run at the same time. The type is deliberately not `Sendable`: create one engine per
/// thread or task (they are cheap) and keep the geometries made with it on that thread or task.
///
/// ```swift
/// let engine = try GeometryEngine()
/// let zone = try TopologyGeometry(geometry, engine: engine)
/// let problem = try zone.validityReason   // nil when GEOS finds the geometry valid
/// ```
public final class GeometryEngine {
    /// The GEOS context; never handed out, so every call on it goes through the checks below.
    let handle: GEOSContextHandle_t
    /// Where the error handler puts GEOS's message; GEOS only holds an unretained pointer to it,
    /// which is safe because `self` keeps the box alive until after `GEOS_finish_r`.
    private let messages: MessageBox

    /// Creates a GEOS context with an error handler that keeps GEOS's messages for ``TopologyError``.
    /// - Throws: ``TopologyError/geos(operation:message:)`` if GEOS cannot allocate a context.
    public init() throws(TopologyError) {
        guard let handle = GEOS_init_r() else {
            throw .geos(operation: "GEOS_init_r", message: "GEOS could not create a context")
        }
        let messages = MessageBox()
        // The C handler cannot capture context, so the box travels as GEOS's userdata pointer.
        _ = GEOSContext_setErrorMessageHandler_r(
            handle,
            { message, userData in
                guard let message, let userData else { return }
                Unmanaged<MessageBox>.fromOpaque(userData).takeUnretainedValue().lastMessage = String(cString: message)
            },
            Unmanaged.passUnretained(messages).toOpaque())
        self.handle = handle
        self.messages = messages
    }

    deinit {
        GEOS_finish_r(handle)
    }

    /// The GEOS version this module is linked against, e.g. "3.11.1-CAPI-1.17.1".
    public static var geosVersion: String { String(cString: GEOSversion()) }

    // MARK: - Checked calls (internal: the only way the module talks to GEOS)

    /// Runs a GEOS call that signals failure with NULL.
    func call<Result>(_ operation: String, _ body: (GEOSContextHandle_t) -> Result?) throws(TopologyError) -> Result {
        messages.lastMessage = nil
        guard let result = body(handle) else { throw failure(operation) }
        return result
    }

    /// Runs a GEOS predicate, which answers 1 for true, 0 for false and 2 on failure.
    func predicate(_ operation: String, _ body: (GEOSContextHandle_t) -> CChar) throws(TopologyError) -> Bool {
        messages.lastMessage = nil
        let answer = body(handle)
        if answer == 1 { return true }
        if answer == 0 { return false }
        throw failure(operation)
    }

    /// Runs a GEOS call that returns 0 on failure (the measuring and coordinate-sequence functions).
    func status(_ operation: String, _ body: (GEOSContextHandle_t) -> Int32) throws(TopologyError) {
        messages.lastMessage = nil
        if body(handle) == 0 { throw failure(operation) }
    }

    /// Runs a GEOS call that reports failure through a sentinel value rather than NULL or a status
    /// (`GEOSGetNumGeometries_r` answers -1, `GEOSProjectNormalized_r` a negative fraction).
    /// A count or an index, which GEOS gives as a negative number on failure.
    func nonNegative<Value: BinaryInteger>(
        _ operation: String, _ body: (GEOSContextHandle_t) -> Value
    ) throws(TopologyError) -> Value {
        try value(operation, isFailure: { $0 < 0 }, body)
    }

    func value<Value>(
        _ operation: String, isFailure: (Value) -> Bool, _ body: (GEOSContextHandle_t) -> Value
    ) throws(TopologyError) -> Value {
        messages.lastMessage = nil
        let value = body(handle)
        if isFailure(value) { throw failure(operation) }
        return value
    }

    /// Lends a temporary GEOS point at a position (in two dimensions: GEOS predicates ignore Z).
    func withPoint<Result>(
        at position: Position, _ body: (OpaquePointer) throws(TopologyError) -> Result
    ) throws(TopologyError) -> Result {
        let point = try call("GEOSGeom_createPointFromXY_r") {
            GEOSGeom_createPointFromXY_r($0, position.longitude, position.latitude)
        }
        defer { GEOSGeom_destroy_r(handle, point) }
        return try body(point)
    }

    /// The error for a failed call, with GEOS's message when it gave one.
    func failure(_ operation: String) -> TopologyError {
        .geos(operation: operation, message: messages.lastMessage ?? "GEOS reported the failure without a message")
    }
}

// Spelled out so that no one adds `@unchecked Sendable` later: a context is single-threaded.
@available(
    *, unavailable, message: "a GEOS context is used by one thread at a time: create one GeometryEngine per task"
)
extension GeometryEngine: Sendable {}

/// Holds the last message GEOS's error handler received.
private final class MessageBox {
    var lastMessage: String?
}
