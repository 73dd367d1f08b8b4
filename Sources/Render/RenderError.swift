import Canvas
import Support

/// Why a map could not be drawn or written.
public enum RenderError: Error, Sendable, CustomStringConvertible {
    /// A font file named by the style is missing or unreadable: an error, never a silent substitute.
    case font(role: String, path: String, CanvasError)
    /// Cairo or the PNG encoder failed.
    case canvas(CanvasError)
    /// The map could not be built; the error is the cause (GEOS failing on a zone, a bad date), kept so callers
    /// can tell failures apart and the message names what failed.
    case scene(any Error)
    /// The style names no `regular` font, which every label falls back to.
    case noRegularFont
    /// An output file could not be written.
    case write(AtomicFile.WriteError)

    public var description: String {
        switch self {
        case .font(let role, let path, .fontNotFound): "the \(role) font \(path) does not exist"
        case .font(let role, let path, .fontUnreadable(_, let reason)): "cannot use the \(role) font \(path): \(reason)"
        case .font(let role, let path, let error): "cannot load the \(role) font \(path): \(error)"
        case .canvas(let error): "drawing failed: \(error)"
        case .scene(let error): "cannot build the map: \(error)"
        case .noRegularFont: "the style names no regular font"
        case .write(let error): error.description
        }
    }
}

extension RenderError {
    /// Runs Cairo or PNG work, turning its error into ``RenderError/canvas(_:)``: the one place where drawing
    /// errors change type, so compositions mixing both kinds need no casts.
    public static func drawing<Value>(_ body: () throws(CanvasError) -> Value) throws(RenderError) -> Value {
        do { return try body() } catch { throw .canvas(error) }
    }

    /// Runs file writing, turning its error into ``RenderError/write(_:)``.
    public static func writing<Value>(_ body: () throws(AtomicFile.WriteError) -> Value) throws(RenderError) -> Value {
        do { return try body() } catch { throw .write(error) }
    }
}
