import Canvas
import Scene

/// Writes a scene in any ``OutputFormat``: the one entry point commands use.
public struct MapWriter: Sendable {
    public let renderer: MapRenderer

    /// - Parameter renderer: paints the scenes.
    public init(renderer: MapRenderer) { self.renderer = renderer }

    /// Writes a scene to a file, atomically. PNGs get a world file (`.pgw`) and a `.png.aux.xml` beside them.
    public func write(_ scene: Scene, to path: String, format: OutputFormat, scale: Double = 1) throws(RenderError) {
        try ImageWriter(scene, renderer: renderer, georeferenced: true).write(to: path, format: format, scale: scale)
    }
}
