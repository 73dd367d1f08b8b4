import Foundation
import Viewer

/// How the tile server listens, how much memory its tile cache may use, how much rendering it takes on at
/// once, and where Leaflet is.
public struct TileServerConfiguration: Sendable, Equatable {
    /// The address to listen on; `127.0.0.1` serves this machine only, `0.0.0.0` every interface.
    public var host: String
    /// The TCP port; 0 lets the system choose a free one.
    public var port: Int
    /// The most memory the rendered-tile cache may hold, in megabytes (0 turns the cache off).
    public var cacheSizeInMegabytes: Int
    /// The folder holding `leaflet.js`, `leaflet.css` and `images/` (Debian's libjs-leaflet).
    public var leafletDirectory: String
    /// How many tiles are rendered at the same time (the rest wait): one per core by default.
    public var maximumConcurrentRenders: Int
    /// How many more renders may wait for a worker; beyond them a request gets 503 with `Retry-After`.
    public var maximumQueuedRenders: Int
    /// How long a request waits for its tile (or export, or legend) to be rendered before it gets 503 with
    /// `Retry-After`; the render still finishes and is cached.
    public var renderDeadline: Duration

    /// The default Leaflet folder: the installation's copy, else Debian's libjs-leaflet's (``LeafletFiles``).
    public static let defaultLeafletDirectory = LeafletFiles.defaultDirectory

    /// - Parameters:
    ///   - host: the address to listen on (default `127.0.0.1`).
    ///   - port: the TCP port (default 8080).
    ///   - cacheSizeInMegabytes: the tile cache's bound in megabytes (default 256).
    ///   - leafletDirectory: the Leaflet folder (default: the installation's copy, else
    ///     `/usr/share/javascript/leaflet`).
    ///   - maximumConcurrentRenders: renders run at once (default: the number of cores).
    ///   - maximumQueuedRenders: renders waiting for a worker (default 32).
    ///   - renderDeadline: how long a request waits for a render (default 10 seconds).
    public init(
        host: String = "127.0.0.1", port: Int = 8080, cacheSizeInMegabytes: Int = 256,
        leafletDirectory: String = TileServerConfiguration.defaultLeafletDirectory,
        maximumConcurrentRenders: Int = ProcessInfo.processInfo.activeProcessorCount,
        maximumQueuedRenders: Int = 32, renderDeadline: Duration = .seconds(10)
    ) {
        self.host = host
        self.port = port
        self.cacheSizeInMegabytes = cacheSizeInMegabytes
        self.leafletDirectory = leafletDirectory
        self.maximumConcurrentRenders = maximumConcurrentRenders
        self.maximumQueuedRenders = maximumQueuedRenders
        self.renderDeadline = renderDeadline
    }

    /// The cache's bound in bytes.
    public var cacheSizeInBytes: Int { max(0, cacheSizeInMegabytes) * 1024 * 1024 }

    /// The address people open in a browser: `http://127.0.0.1:8080/` (IPv6 hosts in brackets).
    public func url(port actualPort: Int? = nil) -> String {
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "http://\(shownHost):\(actualPort ?? port)/"
    }
}
