import Foundation
import GeoJSON
import Support

extension Dataset {
    /// Reads a data folder (`region.json` and the five layer files, as docs/data-format.md describes) and checks it.
    ///
    /// - Parameters:
    ///   - directory: the folder.
    ///   - checkingInvariants: also check the rules between features (control zones of a date neither
    ///     overlap nor leave gaps); the per-feature rules are always checked.
    /// - Throws: `DiagnosticError` with every error (and warning) found, each with its file and location.
    public static func load(from directory: String, checkingInvariants: Bool = true) throws(DiagnosticError) -> Dataset
    {
        let (dataset, diagnostics) = read(from: directory, checkingInvariants: checkingInvariants)
        guard let dataset, !diagnostics.contains(where: \.isError) else { throw DiagnosticError(diagnostics) }
        return dataset
    }

    /// A data folder's `region.json` alone, for work that needs only the region (its extent, its languages) and can
    /// start before the layers are read.
    /// - Throws: `DiagnosticError` with the file's problems when it cannot be read.
    public static func region(in directory: String) throws(DiagnosticError) -> Region {
        let (region, diagnostics) = readRegion(Self.folder(directory) + "/region.json")
        guard let region, !diagnostics.contains(where: \.isError) else { throw DiagnosticError(diagnostics) }
        return region
    }

    /// Every problem of a data folder, without stopping at the first: what `chronomap validate` prints.
    public static func validate(directory: String) -> [Diagnostic] {
        read(from: directory, checkingInvariants: true).diagnostics
    }

    /// A data folder's path without a trailing slash, so that file paths in messages read `folder/zones.geojson`.
    private static func folder(_ directory: String) -> String {
        directory.hasSuffix("/") ? String(directory.dropLast()) : directory
    }

    /// `region.json`, when it can be read, and its problems.
    private static func readRegion(_ path: String) -> (Region?, [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            let missing = "file does not exist; a data folder needs region.json"
            return (nil, [Diagnostic(.error, file: path, at: .file, missing)])
        }
        do {
            return Region.read(try GeoJSONReader.parseJSON(data, file: path), file: path)
        } catch {
            return (nil, error.diagnostics)
        }
    }

    /// Reads what can be read and reports every problem.
    static func read(from directory: String, checkingInvariants: Bool) -> (Dataset?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let folder = Self.folder(directory)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            return (nil, [Diagnostic(.error, file: folder, at: .file, "data folder does not exist")])
        }

        let (region, regionDiagnostics) = readRegion(folder + "/region.json")
        diagnostics += regionDiagnostics

        var features: [DatedFeature] = []
        var firstPlaceOfID: [String: String] = [:]
        let layers = Layer.allCases.map { LayerFile(layer: $0, path: folder + "/" + $0.fileName) }
        // The files are independent until ids are compared across them, so they are read side by side.
        for reading in layers.concurrentMap({ $0.read(region: region) }) {
            diagnostics += reading.diagnostics
            for checked in reading.features {
                diagnostics += checked.diagnostics
                guard let dated = checked.feature else { continue }
                let featurePath = checked.path
                let place = "\(reading.path): \(featurePath)"
                if let first = firstPlaceOfID[dated.id] {
                    // Duplicates inside one file are reported by the GeoJSON reader already.
                    if !first.hasPrefix(reading.path + ":") {
                        diagnostics.append(
                            Diagnostic(
                                .error, file: reading.path, at: .path(featurePath.appending("id")),
                                "duplicate id \"\(dated.id)\" (also at \(first))"))
                    }
                } else {
                    firstPlaceOfID[dated.id] = place
                }
                features.append(dated)
            }
        }

        guard let region else { return (nil, diagnostics) }
        let changingHands = ChangingHands.derive(features)
        features = changingHands.features
        diagnostics += changingHands.diagnostics
        let dataset = Dataset(
            region: region, directory: folder, features: features,
            warnings: diagnostics.filter { !$0.isError })
        if checkingInvariants, !diagnostics.contains(where: \.isError) {
            diagnostics += ZoneInvariants(dataset: dataset).check()
        }
        return (dataset, diagnostics)
    }
}

/// One layer's file, read and checked feature by feature on its own.
private struct LayerFile: Sendable {
    let layer: Layer
    let path: String

    /// What reading the file gave: the file's own problems, then each feature with its JSON path, its problems and,
    /// when it can be used, its dated form, in file order.
    struct Reading: Sendable {
        let path: String
        var diagnostics: [Diagnostic] = []
        var features: [(feature: DatedFeature?, path: JSONPath, diagnostics: [Diagnostic])] = []
    }

    func read(region: Region?) -> Reading {
        var reading = Reading(path: path)
        let result = GeoJSONReader().read(contentsOf: path)
        reading.diagnostics += result.diagnostics
        guard let object = result.object else { return reading }
        guard let collection = object.featureCollection else {
            reading.diagnostics.append(
                Diagnostic(.error, file: path, at: .path(.root), "expected a FeatureCollection"))
            return reading
        }
        for (index, feature) in collection.features.enumerated() {
            let featurePath = JSONPath.root.appending("features").appending(index)
            var rules = FeatureRules(layer: layer, file: path, path: featurePath, region: region)
            let dated = rules.check(feature)
            reading.features.append((dated, featurePath, rules.diagnostics))
        }
        return reading
    }
}
