import Foundation
import GeoJSON
import Synchronization

/// GDAL's `ogr2ogr` and `ogrinfo` (Debian's gdal-bin), run as subprocesses: they turn KML, KMZ, GeoPackage,
/// Shapefile and whatever else GDAL reads into RFC 7946 GeoJSON in WGS 84, one layer at a time.
///
/// Every layer of the input is converted, and each feature is given the layer's name (a KML folder's name under
/// GDAL's LIBKML driver) in ``layerProperty`` and its OGR style string (for KML, `@` and the id of the shared style
/// its `styleUrl` names) in ``styleProperty``.
public struct OGRConversion: Sendable {
    /// The folder holding `ogr2ogr` and `ogrinfo`.
    public let folder: String

    /// The environment variable naming another folder for GDAL's tools.
    public static let environmentVariable = "CHRONOMAP_GDAL_BIN"
    /// The property given each feature: the name of the layer (KML folder) it was read from.
    public static let layerProperty = "ogr:layer"
    /// The property given each feature: its OGR style string.
    public static let styleProperty = "ogr:style"

    /// Finds GDAL's tools: in `$CHRONOMAP_GDAL_BIN` if set, else on `PATH`.
    /// - Throws: `ImportError` in one line naming the Debian package to install.
    public static func locate(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(ImportError) -> OGRConversion {
        let install = "install Debian's gdal-bin package (apt-get install gdal-bin)"
        if let explicit = environment[environmentVariable], !explicit.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: explicit + "/ogr2ogr") else {
                throw ImportError(.failure, "ogr2ogr not found in \(explicit) ($\(environmentVariable)): \(install)")
            }
            return OGRConversion(folder: explicit)
        }
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for folder in folders
        where FileManager.default.isExecutableFile(atPath: folder + "/ogr2ogr")
            && FileManager.default.isExecutableFile(atPath: folder + "/ogrinfo")
        {
            return OGRConversion(folder: folder)
        }
        throw ImportError(.failure, "ogr2ogr not found on PATH: \(install) to read KML, KMZ, GeoPackage and Shapefile")
    }

    init(folder: String) { self.folder = folder }

    /// The features of every layer of a file, in WGS 84, with their layer's name and style string.
    /// - Parameter scratch: a folder for the intermediate GeoJSON files.
    /// - Throws: `ImportError` naming the file when GDAL cannot read it.
    public func features(of file: String, scratch: String) throws(ImportError) -> [Feature] {
        let layers = try layerNames(of: file)
        guard !layers.isEmpty else { throw ImportError(.badData, "\(file): GDAL finds no layer in it") }
        var features: [Feature] = []
        for (index, layer) in layers.enumerated() {
            let output = scratch + "/layer-\(index).geojson"
            let quoted = "\"" + layer.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            try run(
                "ogr2ogr",
                [
                    "-f", "GeoJSON", "-t_srs", "EPSG:4326", "-lco", "RFC7946=YES", "-dim", "XY", output, file,
                    "-dialect",
                    "OGRSQL", "-sql",
                    "SELECT *, OGR_STYLE AS \"\(Self.styleProperty)\" FROM \(quoted)",
                ], file: file)
            let result = GeoJSONReader().read(contentsOf: output)
            if let error = result.diagnostics.first(where: \.isError) {
                throw ImportError(.badData, "\(file): layer \(layer): GDAL's GeoJSON cannot be read: \(error.message)")
            }
            for var feature in result.object?.features ?? [] {
                var properties = feature.properties ?? [:]
                properties[Self.layerProperty] = .string(layer)
                if properties[Self.styleProperty]?.stringValue?.isEmpty ?? true { properties[Self.styleProperty] = nil }
                feature.properties = properties
                features.append(feature)
            }
        }
        return features
    }

    /// The layers of a file, as `ogrinfo -q` lists them.
    func layerNames(of file: String) throws(ImportError) -> [String] {
        let listing = try run("ogrinfo", ["-ro", "-q", file], file: file)
        return listing.split(separator: "\n").compactMap { line -> String? in
            guard let colon = line.firstIndex(of: ":"), line[..<colon].allSatisfy(\.isNumber) else { return nil }
            return Self.stripGeometryType(String(line[line.index(colon, offsetBy: 2)...]))
        }
    }

    /// The geometry types `ogrinfo` writes after a layer's name, in brackets.
    static let geometryTypes: Set<String> = {
        let plain = [
            "Point", "Line String", "Polygon", "Multi Point", "Multi Line String", "Multi Polygon",
            "Geometry Collection", "Circular String", "Compound Curve", "Curve Polygon", "Multi Curve", "Multi Surface",
            "Curve", "Surface", "Polyhedral Surface", "TIN", "Triangle", "None", "Unknown (any)",
        ]
        return Set(plain.flatMap { [$0, "3D " + $0, "Measured " + $0, "3D Measured " + $0] })
    }()

    /// A layer name without the ` (Polygon)` ogrinfo adds to layers of a known geometry type.
    static func stripGeometryType(_ line: String) -> String {
        for type in geometryTypes where line.hasSuffix(" (\(type))") {
            return String(line.dropLast(type.count + 3))
        }
        return line
    }

    /// Runs one of GDAL's tools; its standard output, or an error with the end of its standard error.
    @discardableResult
    func run(_ tool: String, _ arguments: [String], file: String) throws(ImportError) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: folder + "/" + tool)
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch {
            throw ImportError(.failure, "cannot run \(folder)/\(tool): \(error.localizedDescription)")
        }
        // Standard error is read on another thread so that neither pipe can fill and block the tool.
        let collected = ErrorText()
        let reading = DispatchGroup()
        reading.enter()
        DispatchQueue.global().async {
            let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            collected.text.withLock { $0 = text }
            reading.leave()
        }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        reading.wait()
        guard process.terminationStatus == 0 else {
            // ogrinfo says why it cannot open a file on standard output, after "FAILURE:", followed by the list of
            // drivers it tried: the reason is the line that is neither a warning, nor the heading, nor a driver.
            let lines = (collected.text.withLock { $0 } + "\n" + text).split(separator: "\n")
                .filter { !$0.hasPrefix("Warning") && $0 != "FAILURE:" && !$0.hasPrefix("  -> ") }
            let message = lines.suffix(2).joined(separator: " / ")
            throw ImportError(
                .badData,
                "\(file): GDAL cannot read it (\(tool): \(message.isEmpty ? "exit status \(process.terminationStatus)" : message))"
            )
        }
        return text
    }
}

/// The standard error of a tool, written by the thread that reads it and read once the tool has ended.
private final class ErrorText: Sendable {
    let text = Mutex("")
}
