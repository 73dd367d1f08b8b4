import Foundation
import Support

/// Leaflet's files as the viewer needs them, read from a local folder (the installation's copy of libjs-leaflet,
/// or libjs-leaflet's own), so the viewer works with no internet: `leaflet.js`, `leaflet.css` and the PNGs of
/// `images/`. Nothing else under the folder is taken, so the server never serves, and a site never copies, a file
/// Leaflet does not need.
public struct LeafletFiles: Sendable {
    /// The files by their path under `leaflet/`: `leaflet.js`, `images/layers.png`.
    public let files: [String: ViewerFile]

    /// The default Leaflet folder: the installation's copy (``RunTimeFile/leaflet``), else where Debian's
    /// libjs-leaflet puts it (so that, when neither is there, the error names the package to install).
    public static let defaultDirectory: String =
        ResourceLocator.current.find(.leaflet) ?? RunTimeFile.leaflet.systemPaths.last ?? "leaflet"

    /// Reads Leaflet from a folder.
    /// - Parameter directory: the folder holding `leaflet.js`, `leaflet.css` and `images/`.
    /// - Throws: `ViewerError.leafletMissing` when `leaflet.js` or `leaflet.css` is not there,
    ///   `ViewerError.unreadable` when a file cannot be read.
    public init(directory: String = LeafletFiles.defaultDirectory) throws(ViewerError) {
        let folder = URL(fileURLWithPath: directory)
        var files: [String: ViewerFile] = [:]
        for name in ["leaflet.js", "leaflet.css"] {
            let path = folder.appendingPathComponent(name).path
            guard FileManager.default.fileExists(atPath: path) else { throw .leafletMissing(file: path) }
            files[name] = ViewerFile(data: try Self.read(path), contentType: ViewerFile.contentType(of: name))
        }
        let images = folder.appendingPathComponent("images")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: images.path)) ?? []
        for name in names where name.hasSuffix(".png") && !name.hasPrefix(".") {
            files["images/" + name] = ViewerFile(
                data: try Self.read(images.appendingPathComponent(name).path), contentType: "image/png")
        }
        self.files = files
    }

    /// The file at a path under `leaflet/`, if it is one of Leaflet's.
    public func file(at path: String) -> ViewerFile? { files[path] }

    private static func read(_ path: String) throws(ViewerError) -> Data {
        do { return try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw .unreadable(file: path, reason: error.localizedDescription)
        }
    }
}
