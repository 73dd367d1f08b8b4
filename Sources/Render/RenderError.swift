import Canvas

/// Why a map could not be drawn or written.
public enum RenderError: Error, Sendable, CustomStringConvertible {
    /// A font file named by the style is missing or unreadable: an error, never a silent substitute.
    case font(role: String, CanvasError)
    /// Cairo or libpng failed.
    case canvas(CanvasError)
    /// The map could not be built (GEOS failed on a zone).
    case scene(String)
    /// An output file could not be written.
    case write(String)

    public var description: String {
        switch self {
        case .font(let role, let error): "cannot load the \(role) font: \(error)"
        case .canvas(let error): "drawing failed: \(error)"
        case .scene(let message): "cannot build the map: \(message)"
        case .write(let message): message
        }
    }
}

extension RenderError {
    /// Runs Cairo or libpng work, turning its error into ``RenderError/canvas(_:)``: the one place where
    /// drawing errors change type, so compositions mixing both kinds need no casts.
    public static func drawing<Value>(_ body: () throws(CanvasError) -> Value) throws(RenderError) -> Value {
        do { return try body() } catch { throw .canvas(error) }
    }
}
