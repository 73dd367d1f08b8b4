import Foundation
import GeoJSON
import Support

extension Catalog {
    /// One catalog file as read: parsed by the project's JSON reader, so that a syntax error gives its line and
    /// column and a value of the wrong type its JSON path, and checked strictly (a section of the wrong shape, or
    /// a key no catalog has, is an error rather than a phrase that silently falls back to English).
    struct File {
        var strings: [String: String]
        var dates: DateWords?
        var numbers: NumberWords?

        /// The catalog of a language where a locator looks.
        init(language: String, locator: ResourceLocator) throws(CatalogError) {
            let isCode = LanguageTag.isValid(language)
            let folder: String
            do { folder = try locator.locate(.catalogs) } catch { throw CatalogError(message: error.description) }
            let path = URL(fileURLWithPath: folder).appendingPathComponent(language + ".json").path
            guard isCode, FileManager.default.fileExists(atPath: path) else {
                let known = Catalog.availableLanguages(locator: locator).joined(separator: ", ")
                throw CatalogError(message: "no furniture catalog for language \"\(language)\"; available: \(known)")
            }
            try self.init(path: path)
        }

        /// A catalog file at a path.
        init(path: String) throws(CatalogError) {
            let data: Data
            do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
                throw CatalogError(message: "\(path): cannot read the catalog: \(error.localizedDescription)")
            }
            let value: JSONValue
            do { value = try GeoJSONReader.parseJSON(data, file: path) } catch {
                throw CatalogError(message: error.description)
            }
            let reader = Reader(file: path)
            let top = try reader.object(value, at: .root, keys: ["language", "strings", "dates", "numbers"])
            let root = JSONPath.root
            if let language = top["language"] { _ = try reader.string(language, at: root.appending("language")) }
            strings =
                try top["strings"].map { value throws(CatalogError) in
                    try reader.strings(value, at: root.appending("strings"))
                } ?? [:]
            dates = try top["dates"].map { value throws(CatalogError) in
                try reader.dates(value, at: root.appending("dates"))
            }
            numbers = try top["numbers"].map { value throws(CatalogError) in
                let separators = try reader.strings(
                    value, at: root.appending("numbers"), keys: ["group_separator", "decimal_separator"])
                return NumberWords(
                    groupSeparator: separators["group_separator"] ?? ",",
                    decimalSeparator: separators["decimal_separator"] ?? ".")
            }
        }
    }

    /// Reads the values of one catalog file, each error naming the file and the value's JSON path.
    private struct Reader {
        let file: String

        func failure(_ path: JSONPath, _ message: String) -> CatalogError {
            CatalogError(message: Diagnostic(.error, file: file, at: .path(path), message).description)
        }

        /// An object whose keys are all among `keys` (any key when `keys` is nil).
        func object(
            _ value: JSONValue, at path: JSONPath, keys: Set<String>? = nil
        ) throws(CatalogError)
            -> JSONObject
        {
            guard let object = value.objectValue else {
                throw failure(path, "expected an object, found \(value.typeName)")
            }
            if let keys, let unknown = object.keys.first(where: { !keys.contains($0) }) {
                throw failure(
                    path.appending(unknown),
                    "unknown key; a catalog's keys here are \(keys.sorted().joined(separator: ", "))")
            }
            return object
        }

        func string(_ value: JSONValue, at path: JSONPath) throws(CatalogError) -> String {
            guard let text = value.stringValue else {
                throw failure(path, "expected a string, found \(value.typeName)")
            }
            return text
        }

        /// An object of strings, its keys among `keys` when given.
        func strings(
            _ value: JSONValue, at path: JSONPath, keys: Set<String>? = nil
        ) throws(CatalogError)
            -> [String: String]
        {
            var strings: [String: String] = [:]
            for (key, member) in try object(value, at: path, keys: keys) {
                strings[key] = try string(member, at: path.appending(key))
            }
            return strings
        }

        /// An array of strings.
        func list(_ value: JSONValue, at path: JSONPath) throws(CatalogError) -> [String] {
            guard let array = value.arrayValue else {
                throw failure(path, "expected an array, found \(value.typeName)")
            }
            var list: [String] = []
            for (index, element) in array.enumerated() { list.append(try string(element, at: path.appending(index))) }
            return list
        }

        func dates(_ value: JSONValue, at path: JSONPath) throws(CatalogError) -> DateWords {
            let words = try object(
                value, at: path,
                keys: ["months", "months_in_dates", "short_months", "long", "short", "short_year", "range"])
            func list(_ key: String) throws(CatalogError) -> [String]? {
                guard let member = words[key] else { return nil }
                return try self.list(member, at: path.appending(key))
            }
            func text(_ key: String) throws(CatalogError) -> String? {
                guard let member = words[key] else { return nil }
                return try string(member, at: path.appending(key))
            }
            let months = try list("months") ?? []
            return DateWords(
                months: months, monthsInDates: try list("months_in_dates") ?? months,
                shortMonths: try list("short_months") ?? [], long: try text("long") ?? "{day} {month} {year}",
                short: try text("short") ?? "{day} {month}",
                shortWithYear: try text("short_year") ?? "{day} {month} {year}",
                range: try text("range") ?? "{start} \u{2013} {end}")
        }
    }
}
