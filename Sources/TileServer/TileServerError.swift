/// Why the tile server cannot start.
public enum TileServerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A file of Leaflet (the viewer's map library) is missing: libjs-leaflet is not installed, or
    /// the configured folder is not Leaflet's.
    case leafletMissing(file: String)
    /// A Leaflet file exists but cannot be read.
    case leafletUnreadable(file: String, reason: String)
    /// The viewer's page, script or style sheet is not installed beside the executable.
    case viewerMissing(String)
    /// The server cannot listen on its address: the port is taken, or the host is not this machine's.
    case cannotListen(address: String, reason: String)
    /// A document of the data set cannot be made (a date it cannot draw).
    case data(String)

    public var description: String {
        switch self {
        case .leafletMissing(let file):
            "libjs-leaflet is not installed: \(file) is missing; apt-get install libjs-leaflet"
        case .leafletUnreadable(let file, let reason):
            "cannot read \(file): \(reason)"
        case .viewerMissing(let message):
            message
        case .cannotListen(let address, let reason):
            "cannot listen on \(address): \(reason)"
        case .data(let message):
            message
        }
    }
}
