import Projection

/// Where rendered tiles go: a folder tree or an MBTiles file. Writers are called from several
/// threads at once and must be safe for that.
public protocol TileSink: AnyObject, Sendable {
    /// Whether a tile is there already (a re-run fills in only what is missing).
    func contains(_ tile: TileCoordinate) -> Bool
    /// Stores the tiles of one metatile; each is complete once this returns.
    func write(_ tiles: [TileRenderer.RenderedTile]) throws
    /// Writes what describes the whole set (TileJSON, MBTiles metadata).
    func finish(_ description: TileSetDescription) throws
}

/// What describes a tile set: for TileJSON 3.0 and MBTiles 1.3 metadata.
public struct TileSetDescription: Sendable {
    public var name: String
    public var description: String
    public var date: String
    public var dataVersion: String
    public var attribution: String
    public var bounds: [Double]
    public var center: [Double]
    public var minZoom: Int
    public var maxZoom: Int
    public var scale: Double

    public init(
        name: String, description: String, date: String, dataVersion: String, attribution: String, bounds: [Double],
        center: [Double], minZoom: Int, maxZoom: Int, scale: Double
    ) {
        self.name = name
        self.description = description
        self.date = date
        self.dataVersion = dataVersion
        self.attribution = attribution
        self.bounds = bounds
        self.center = center
        self.minZoom = minZoom
        self.maxZoom = maxZoom
        self.scale = scale
    }
}
