import GeoJSON

/// A data set's `region.json`: its names, default extent, date range and version.
public struct Region: Sendable, Hashable {
    public var id: String
    public var name: String
    /// The region's name in Azerbaijani and Armenian.
    public var nameAZ: String?
    public var nameHY: String?
    /// The neutral title for maps ("Karabakh").
    public var title: String
    /// The default map extent.
    public var extent: BoundingBox
    /// The first date maps can be drawn for.
    public var firstDate: Day
    /// The data's version.
    public var version: String
    /// The day the data was last checked.
    public var asOf: Day
    public var attribution: String
    public var licence: String

    public init(id: String, name: String, nameAZ: String? = nil, nameHY: String? = nil, title: String, extent: BoundingBox,
                firstDate: Day, version: String, asOf: Day, attribution: String, licence: String) {
        self.id = id
        self.name = name
        self.nameAZ = nameAZ
        self.nameHY = nameHY
        self.title = title
        self.extent = extent
        self.firstDate = firstDate
        self.version = version
        self.asOf = asOf
        self.attribution = attribution
        self.licence = licence
    }

    /// Reads `region.json`, reporting every missing or malformed member with its JSON path.
    static func read(_ value: JSONValue, file: String) -> (Region?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        func problem(_ key: String?, _ message: String) {
            let path = key.map { JSONPath.root.appending($0) } ?? .root
            diagnostics.append(Diagnostic(.error, file: file, at: .path(path), message))
        }
        guard let object = value.objectValue else {
            problem(nil, "expected an object, found \(value.typeName)")
            return (nil, diagnostics)
        }
        func string(_ key: String, required: Bool = true) -> String? {
            guard let member = object[key] else {
                if required { problem(nil, "missing \"\(key)\"") }
                return nil
            }
            guard let text = member.stringValue, !text.isEmpty else {
                problem(key, "expected a non-empty string, found \(member.typeName)")
                return nil
            }
            return text
        }
        func day(_ key: String) -> Day? {
            guard let text = string(key) else { return nil }
            do { return try Day(iso: text) } catch {
                problem(key, error.description)
                return nil
            }
        }
        let id = string("id"), name = string("name"), title = string("title"), version = string("version")
        let attribution = string("attribution"), licence = string("licence")
        let firstDate = day("first_date"), asOf = day("as_of")
        var extent: BoundingBox?
        if let member = object["extent"] {
            let numbers = member.arrayValue?.compactMap(\.numberValue) ?? []
            if numbers.count == 4, numbers[0] < numbers[2], numbers[1] < numbers[3],
               (-180...180).contains(numbers[0]), (-180...180).contains(numbers[2]), (-90...90).contains(numbers[1]), (-90...90).contains(numbers[3]) {
                extent = BoundingBox(southWest: Position(longitude: numbers[0], latitude: numbers[1]), northEast: Position(longitude: numbers[2], latitude: numbers[3]))
            } else {
                problem("extent", "expected [west, south, east, north] in degrees with west < east and south < north")
            }
        } else {
            problem(nil, "missing \"extent\"")
        }
        if let firstDate, let asOf, asOf < firstDate { problem("as_of", "as_of \(asOf) is before first_date \(firstDate)") }
        guard let id, let name, let title, let version, let attribution, let licence, let firstDate, let asOf, let extent else {
            return (nil, diagnostics)
        }
        let region = Region(id: id, name: name, nameAZ: string("name:az", required: false), nameHY: string("name:hy", required: false),
                            title: title, extent: extent, firstDate: firstDate, version: version, asOf: asOf,
                            attribution: attribution, licence: licence)
        return (region, diagnostics)
    }
}
