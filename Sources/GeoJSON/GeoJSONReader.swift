import Foundation

/// Reads GeoJSON text into the model, checking it against RFC 7946 and collecting every problem.
///
/// Syntax errors stop reading and carry a line and column. Rule violations carry the JSON path of
/// the value that breaks the rule; reading goes on past them so that `validate` can list them all.
/// Each message about a rule of the RFC ends with the section it cites: `(RFC 7946 section 3.1.6)`.
///
/// Errors, for every MUST of the RFC:
/// - the text: one GeoJSON object (section 2), valid UTF-8 JSON with unique member names;
/// - `type`: present, a string, one of the nine type names, case included (sections 3 and 7);
/// - members kept for other types (section 7.1): a Feature holding `coordinates`, `geometries` or
///   `features`; a FeatureCollection holding `coordinates`, `geometries`, `geometry` or `properties`;
///   a Geometry holding `geometry`, `properties` or `features`;
/// - geometries: `coordinates` (or `geometries`) present and nested as the type says; positions of 2 or
///   more numbers (3.1.1), longitude and latitude in range (4); lines of 2 or more positions (3.1.4,
///   3.1.5); linear rings closed with identical values, of 4 or more positions, holes within the
///   exterior's extent (3.1.6); collection members that are geometries (3.1.8);
/// - features: `geometry` a geometry or null, `properties` an object or null, `id` a string or
///   a number (3.2); `features` an array of Features (3.3);
/// - `bbox`: 4 or 6 numbers matching the dimensions of the positions, in range, south before north and
///   lowest altitude before highest (5);
/// - and, a rule of data sets rather than of the RFC: duplicate feature ids in a collection.
///
/// Warnings, for every SHOULD (and for empty geometries, which the RFC allows but maps cannot draw):
/// a `crs` member (4); rings against the right-hand rule, and a ring's last position written
/// differently from its first (3.1.6); positions of more than three numbers (3.1.1); nested or
/// single-part GeometryCollections, or ones whose parts a single multipart geometry would hold
/// (3.1.8); segments spanning more than 180° of longitude, uncut at the antimeridian (3.1.9);
/// coordinates written with more than 6 decimals, judged from their text (11.2).
public struct GeoJSONReader: Sendable {
    /// What was read, and what is wrong with it.
    public struct Result: Sendable {
        /// The object, or nil when its top level could not be read at all.
        public var object: GeoJSONObject?
        /// Every problem, in document order.
        public var diagnostics: [Diagnostic]
        /// Whether any problem is an error.
        public var hasErrors: Bool { diagnostics.contains(where: \.isError) }
    }

    /// A reader; it keeps no state between reads.
    public init() {}

    /// Reads a file. A file that cannot be opened is reported as a diagnostic at the file.
    /// - Parameter path: the path, used as given in every diagnostic.
    public func read(contentsOf path: String) -> Result {
        // Foundation's reader leaks its first buffer on an empty file (found by fuzzing the snapshot importer):
        // an empty file is read as no bytes without asking it.
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        if size == 0, FileManager.default.isReadableFile(atPath: path) { return read(Data(), file: path) }
        switch FileContents.read(path) {
        case .success(let data): return read(data, file: path)
        case .failure(let unreadable):
            return Result(
                object: nil, diagnostics: [Diagnostic(.error, file: path, at: .file, "file \(unreadable.reason)")])
        }
    }

    /// Reads GeoJSON text.
    /// - Parameters:
    ///   - data: UTF-8 JSON.
    ///   - file: the name to give in diagnostics, or nil.
    public func read(_ data: Data, file: String?) -> Result {
        let document: JSONParser.Document
        do {
            document = try JSONParser.parseDocument(Array(data), notingDecimalsAbove: GeoJSONDecoder.maximumDecimals)
        } catch {
            let location = Diagnostic.Location.lineColumn(line: error.line, column: error.column)
            return Result(object: nil, diagnostics: [Diagnostic(.error, file: file, at: location, error.message)])
        }
        var decoder = GeoJSONDecoder(file: file, numberArrayTexts: document.numberArrayTexts)
        let object = decoder.document(document.value, at: .root)
        return Result(object: object, diagnostics: decoder.diagnostics)
    }

    /// Reads GeoJSON that is already parsed, such as a member of another JSON document.
    ///
    /// The same rules apply, except those that need the source text: without it, the decimals of
    /// coordinates and the way a ring's last position is written cannot be judged.
    /// - Parameters:
    ///   - value: the GeoJSON object.
    ///   - file: the name to give in diagnostics, or nil.
    ///   - path: where the value sits in its document; diagnostics give paths from there.
    public func read(_ value: JSONValue, file: String?, at path: JSONPath = .root) -> Result {
        var decoder = GeoJSONDecoder(file: file)
        let object = decoder.document(value, at: path)
        return Result(object: object, diagnostics: decoder.diagnostics)
    }

    /// Reads GeoJSON text and throws if it has any error; warnings are returned.
    /// - Throws: `DiagnosticError` with every problem.
    public func readStrictly(
        _ data: Data, file: String?
    ) throws(DiagnosticError) -> (
        GeoJSONObject, warnings: [Diagnostic]
    ) {
        let result = read(data, file: file)
        guard let object = result.object, !result.hasErrors else { throw DiagnosticError(result.diagnostics) }
        return (object, result.diagnostics)
    }

    /// Parses any JSON text (not only GeoJSON) with the same syntax-error locations.
    /// - Throws: `DiagnosticError` holding the syntax error.
    public static func parseJSON(_ data: Data, file: String?) throws(DiagnosticError) -> JSONValue {
        do {
            return try JSONParser.parse(Array(data))
        } catch {
            let location = Diagnostic.Location.lineColumn(line: error.line, column: error.column)
            throw DiagnosticError([Diagnostic(.error, file: file, at: location, error.message)])
        }
    }
}
