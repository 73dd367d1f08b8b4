import Foundation
import GeoJSON
import Support

/// The features of a file a user gives: GeoJSON read as it is, with its errors located, and anything else GDAL
/// reads (KML, KMZ, GeoPackage, Shapefile) converted by ``OGRConversion`` to WGS 84. Every command that takes a
/// user's shapes (`import snapshots`, and `init`'s study area, base and places) reads them here, so each takes the
/// same formats.
struct FeatureFile {
    /// The files GDAL is not needed for.
    static let geoJSONExtensions: Set<String> = ["geojson", "json"]

    /// Whether a file is read as GeoJSON, by its extension.
    static func isGeoJSON(_ file: String) -> Bool {
        geoJSONExtensions.contains(URL(fileURLWithPath: file).pathExtension.lowercased())
    }

    /// GDAL's tools, found when the first file that needs them comes.
    private var converter: OGRConversion?

    /// The features of one file.
    /// - Parameters:
    ///   - file: the file.
    ///   - scratch: a folder of its own for GDAL's intermediate files (created here when needed).
    /// - Throws: `ImportError` naming the file, with the JSON path of a GeoJSON error.
    mutating func features(of file: String, scratch: String) throws(ImportError) -> [Feature] {
        if Self.isGeoJSON(file) {
            let result = GeoJSONReader().read(contentsOf: file)
            if let error = result.diagnostics.first(where: \.isError) { throw ImportError(.badData, error.description) }
            guard let object = result.object else { throw ImportError(.badData, "\(file): not GeoJSON") }
            return object.features
        }
        if converter == nil { converter = try OGRConversion.locate() }
        do { try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true) } catch {
            throw ImportError(.failure, "cannot make a scratch folder: \(error.localizedDescription)")
        }
        return try converter!.features(of: file, scratch: scratch)
    }

    /// The features of one file, with GDAL's intermediate files in a temporary folder removed afterwards.
    mutating func features(of file: String) throws(ImportError) -> [Feature] {
        try ScratchFolder.using("chronomap-features") { (scratch) throws(ImportError) in
            try features(of: file, scratch: scratch)
        }
    }
}
