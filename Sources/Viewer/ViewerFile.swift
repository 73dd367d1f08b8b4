import Foundation

/// A file of the viewer (its script, style sheet, or one of Leaflet's): its bytes and the type to serve it as.
public struct ViewerFile: Sendable, Equatable {
    /// The file's bytes.
    public var data: Data
    /// Its media type, with the character set for text: `text/javascript; charset=utf-8`.
    public var contentType: String

    /// - Parameters: as described on each property.
    public init(data: Data, contentType: String) {
        self.data = data
        self.contentType = contentType
    }

    /// The media type of a file name's extension.
    public static func contentType(of name: String) -> String {
        switch URL(fileURLWithPath: name).pathExtension {
        case "js": "text/javascript; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "html": "text/html; charset=utf-8"
        case "json": "application/json"
        case "geojson": "application/geo+json"
        case "png": "image/png"
        case "svg": "image/svg+xml"
        default: "application/octet-stream"
        }
    }
}
