import Chronology
import Foundation
import GeoJSON
import Support

/// Where a snapshot's polygons say who holds them.
public enum ControllerSource: String, Sendable, Hashable, CaseIterable {
    /// A feature property (`--controller-property`).
    case property
    /// The layer the feature is in: a KML folder's name, a GeoPackage's table.
    case folder
    /// The feature's style: for KML, the id of the shared style its `styleUrl` names (Google My Maps gives each
    /// colour one), else GDAL's style string.
    case style
}

/// How snapshot files in other formats than GeoJSON, or with controllers in other words than party ids, are made
/// ready for ``SnapshotImporter``: each is converted by GDAL (``OGRConversion``), given its controller in one
/// property, and written as GeoJSON under its own name (whose date the importer reads) in a scratch folder.
/// (Polygons in a KML are read as GDAL gives them; the importer repairs and snaps them as it does GeoJSON's.)
public struct SnapshotInputs: Sendable {
    /// Where the controller is read.
    public var controllerSource: ControllerSource
    /// The property holding the controller, for ``ControllerSource/property``.
    public var controllerProperty: String?
    /// What each value read (a property's value, a folder's name, a style's id) stands for: a party id or
    /// `contested`. Values not in it stand for themselves.
    public var partyMap: [String: String]

    /// The property the prepared files give the controller in.
    public static let controllerProperty = "chronomap:controller"
    /// - Parameters: as described on each property.
    public init(controllerSource: ControllerSource, controllerProperty: String?, partyMap: [String: String] = [:]) {
        self.controllerSource = controllerSource
        self.controllerProperty = controllerProperty
        self.partyMap = partyMap
    }

    /// Whether a file can go to the importer as it is.
    func passesThrough(_ file: String) -> Bool {
        controllerSource == .property && partyMap.isEmpty && FeatureFile.isGeoJSON(file)
    }

    /// The value a feature gives for its controller, before the party map.
    func value(of feature: Feature) -> String? {
        switch controllerSource {
        case .property:
            guard let key = controllerProperty, let value = feature.properties?[key] else { return nil }
            return value.stringValue ?? value.numberValue.map { JSONNumberFormatter.format($0) }
        case .folder: return feature.string(OGRConversion.layerProperty)
        case .style:
            guard let style = feature.string(OGRConversion.styleProperty) else { return nil }
            return style.hasPrefix("@") || style.hasPrefix("#") ? String(style.dropFirst()) : style
        }
    }

    /// Writes one GeoJSON file per input into `scratch` where needed.
    /// - Returns: the files to import, each with the input it stands for.
    /// - Throws: `ImportError` naming the file, the layer and the feature whose controller is missing or unknown.
    func prepare(
        _ files: [String], region: Region, scratch: String
    ) throws(ImportError) -> [(prepared: String, original: String)] {
        var prepared: [(String, String)] = []
        var reader = FeatureFile()
        // One file converted gives every file's controller in the one property the importer is told of.
        let convertAll = !files.allSatisfy(passesThrough)
        for (index, file) in files.enumerated() {
            if !convertAll {
                prepared.append((file, file))
                continue
            }
            let features = try reader.features(of: file, scratch: scratch + "/ogr-\(index)")
            var mapped: [Feature] = []
            for (number, var feature) in features.enumerated() {
                let place = feature.string(OGRConversion.layerProperty).map { "layer \"\($0)\" " } ?? ""
                guard let value = value(of: feature) else {
                    throw ImportError(.badData, "\(file): \(place)features[\(number)]: \(missing)")
                }
                let controller = partyMap[value] ?? value
                guard region.controllers.contains(Controller(controller)) else {
                    let allowed = region.controllers.map(\.id).joined(separator: ", ")
                    throw ImportError(
                        .badData,
                        "\(file): \(place)features[\(number)]: \(controllerSource.rawValue) \"\(value)\" is not a party of region.json or contested (\(allowed)); "
                            + "map it with --party-map \"\(value)=PARTY\"")
                }
                feature.properties = (feature.properties ?? [:]).setting(Self.controllerProperty, .string(controller))
                mapped.append(feature)
            }
            // The GeoJSON keeps the input's name, so the zones' sources and the day read from the name are the
            // input's; the importer reads GeoJSON whatever a file's extension.
            let folder = scratch + "/\(index)"
            let path = folder + "/" + URL(fileURLWithPath: file).lastPathComponent
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                try AtomicFile.write(GeoJSONWriter().data(for: FeatureCollection(mapped)), to: path)
            } catch {
                throw ImportError(.failure, "cannot write the converted \(file): \(error)")
            }
            prepared.append((path, file))
        }
        return prepared
    }

    var missing: String {
        switch controllerSource {
        case .property: "no \"\(controllerProperty ?? "")\" (the --controller-property)"
        case .folder: "in no layer (folder)"
        case .style: "has no style (--controller-from style reads a KML styleUrl)"
        }
    }
}

extension JSONObject {
    func setting(_ key: String, _ value: JSONValue) -> JSONObject {
        var copy = self
        copy[key] = value
        return copy
    }
}

extension SnapshotImporter {
    /// Imports snapshots in any format GDAL reads, with the controller read as `inputs` say: the files are
    /// converted and given their controllers, then imported as ``run(_:)`` does. Errors name the files given.
    public func run(_ request: Request, inputs: SnapshotInputs) throws(ImportError) -> Report {
        let region: Region
        do { region = try Dataset.load(from: request.dataDirectory, checkingInvariants: false).region } catch {
            throw ImportError(.badData, error.diagnostics.filter(\.isError).map(\.description))
        }
        return try ScratchFolder.using("chronomap-snapshots") { (scratch) throws(ImportError) in
            let prepared = try inputs.prepare(request.files, region: region, scratch: scratch)
            var converted = request
            converted.files = prepared.map(\.prepared)
            if prepared.contains(where: { $0.prepared != $0.original }) {
                converted.controllerProperty = SnapshotInputs.controllerProperty
            }
            // Errors, repairs and warnings name the user's files, not the converted copies.
            let named = { (line: String) in
                prepared.reduce(line) { $0.replacingOccurrences(of: $1.prepared, with: $1.original) }
            }
            do throws(ImportError) {
                var report = try run(converted)
                report.repairs = report.repairs.map(named)
                report.warnings = report.warnings.map(named)
                return report
            } catch {
                var error = error
                error.lines = error.lines.map(named)
                throw error
            }
        }
    }
}
