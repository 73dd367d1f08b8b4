import Foundation
import GeoJSON

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

    /// Every problem of a data folder, without stopping at the first: what `chronomap validate` prints.
    public static func validate(directory: String) -> [Diagnostic] {
        read(from: directory, checkingInvariants: true).diagnostics
    }

    /// Reads what can be read and reports every problem.
    static func read(from directory: String, checkingInvariants: Bool) -> (Dataset?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let folder = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            return (nil, [Diagnostic(.error, file: folder, at: .file, "data folder does not exist")])
        }

        let regionPath = folder + "/region.json"
        var region: Region?
        if let data = FileManager.default.contents(atPath: regionPath) {
            do {
                let value = try GeoJSONReader.parseJSON(data, file: regionPath)
                let (read, problems) = Region.read(value, file: regionPath)
                region = read
                diagnostics += problems
            } catch {
                diagnostics += error.diagnostics
            }
        } else {
            diagnostics.append(
                Diagnostic(.error, file: regionPath, at: .file, "file does not exist; a data folder needs region.json"))
        }

        var features: [DatedFeature] = []
        var firstPlaceOfID: [String: String] = [:]
        let reader = GeoJSONReader()
        for layer in Layer.allCases {
            let path = folder + "/" + layer.fileName
            let result = reader.read(contentsOf: path)
            diagnostics += result.diagnostics
            guard let object = result.object else { continue }
            guard let collection = object.featureCollection else {
                diagnostics.append(Diagnostic(.error, file: path, at: .path(.root), "expected a FeatureCollection"))
                continue
            }
            for (index, feature) in collection.features.enumerated() {
                let featurePath = JSONPath.root.appending("features").appending(index)
                var rules = FeatureRules(layer: layer, file: path, path: featurePath, region: region)
                guard let dated = rules.check(feature) else {
                    diagnostics += rules.diagnostics
                    continue
                }
                diagnostics += rules.diagnostics
                let place = "\(path): \(featurePath)"
                if let first = firstPlaceOfID[dated.id] {
                    // Duplicates inside one file are reported by the GeoJSON reader already.
                    if !first.hasPrefix(path + ":") {
                        diagnostics.append(
                            Diagnostic(
                                .error, file: path, at: .path(featurePath.appending("id")),
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
