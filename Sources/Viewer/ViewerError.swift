import Localization

/// Why the viewer's files cannot be had.
public enum ViewerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A file of Leaflet (the viewer's map library) is missing: libjs-leaflet is not installed, or the folder given
    /// is not Leaflet's.
    case leafletMissing(file: String)
    /// A file exists but cannot be read.
    case unreadable(file: String, reason: String)
    /// One of the viewer's own files is not installed beside the executable, or its template is broken.
    case viewerMissing(String)
    /// A furniture catalog cannot be read (the error names the file and where in it).
    case catalog(CatalogError)

    public var description: String {
        switch self {
        case .leafletMissing(let file):
            "libjs-leaflet is not installed: \(file) is missing; apt-get install libjs-leaflet"
        case .unreadable(let file, let reason): "cannot read \(file): \(reason)"
        case .viewerMissing(let message): message
        case .catalog(let error): error.description
        }
    }
}
