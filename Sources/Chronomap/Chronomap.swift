@_exported import Animation
@_exported import Canvas
@_exported import Changes
@_exported import Charts
// The umbrella module: `import Chronomap` gives the whole library.
@_exported import Chronology
@_exported import Compare
@_exported import Description
@_exported import Export
@_exported import GeoJSON
@_exported import Geodesy
@_exported import Import
@_exported import Localization
@_exported import Projection
@_exported import Render
@_exported import Scene
@_exported import Style
@_exported import Support
@_exported import Tiles
@_exported import Topology
@_exported import WorldBase

/// The library's version, printed by `chronomap --version`.
public enum ChronomapVersion {
    /// Semantic version of the code.
    public static let string = "0.1.0"
}
