import Foundation

/// Leaflet's files, read once at start-up from the local libjs-leaflet folder, so the viewer works
/// with no internet: `leaflet.js`, `leaflet.css` and the PNGs of `images/`. Nothing else under the
/// folder is served, and request paths never reach the file system.
struct LeafletAssets: Sendable {
    /// A file to serve.
    struct File: Sendable {
        var data: Data
        var contentType: String
    }

    /// The files by their path under `/leaflet/`: `leaflet.js`, `images/layers.png`.
    let files: [String: File]

    /// Reads Leaflet from a folder.
    /// - Throws: `TileServerError.leafletMissing` when `leaflet.js` or `leaflet.css` is not there.
    init(directory: String) throws(TileServerError) {
        let folder = URL(fileURLWithPath: directory)
        var files: [String: File] = [:]
        for (name, type) in [
            ("leaflet.js", "text/javascript; charset=utf-8"), ("leaflet.css", "text/css; charset=utf-8"),
        ] {
            let path = folder.appendingPathComponent(name).path
            guard FileManager.default.fileExists(atPath: path) else { throw .leafletMissing(file: path) }
            files[name] = File(data: try Self.read(path), contentType: type)
        }
        let images = folder.appendingPathComponent("images")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: images.path)) ?? []
        for name in names where name.hasSuffix(".png") && !name.hasPrefix(".") {
            files["images/" + name] = File(
                data: try Self.read(images.appendingPathComponent(name).path), contentType: "image/png")
        }
        self.files = files
    }

    /// The file at a path under `/leaflet/`, if it is one of Leaflet's.
    func file(at path: String) -> File? { files[path] }

    private static func read(_ path: String) throws(TileServerError) -> Data {
        do { return try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw .leafletUnreadable(file: path, reason: error.localizedDescription)
        }
    }
}
