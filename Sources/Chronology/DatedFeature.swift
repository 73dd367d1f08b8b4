import GeoJSON

/// A feature of the data set with its layer, kind and the interval it was true.
public struct DatedFeature: Sendable, Hashable {
    /// The feature's `id`, unique across the data set.
    public var id: String
    public var layer: Layer
    /// The `kind` property.
    public var kind: String
    /// When it was true. For events, from `date` to `end_date`, or the one day of `date`.
    public var validity: ValidityInterval
    /// The feature as read: geometry and every property.
    public var feature: Feature
    /// Where it was read from, for messages: the file and the feature's JSON path in it.
    public var origin: Origin

    /// A file and a JSON path.
    public struct Origin: Sendable, Hashable {
        public var file: String
        public var path: JSONPath
        public init(file: String, path: JSONPath) {
            self.file = file
            self.path = path
        }
    }

    public init(id: String, layer: Layer, kind: String, validity: ValidityInterval, feature: Feature,
                origin: Origin = Origin(file: "<memory>", path: .root)) {
        self.id = id
        self.layer = layer
        self.kind = kind
        self.validity = validity
        self.feature = feature
        self.origin = origin
    }

    /// A problem with this feature, located at it (or at one of its members).
    public func diagnostic(_ severity: Diagnostic.Severity = .error, at member: String? = nil, _ message: String) -> Diagnostic {
        Diagnostic(severity, file: origin.file, at: .path(member.map { origin.path.appending($0) } ?? origin.path), message)
    }

    /// The geometry (every feature of a loaded data set has one).
    public var geometry: Geometry? { feature.geometry }
    /// A property's string value.
    public func string(_ key: String) -> String? { feature.string(key) }
    /// A property's number value.
    public func number(_ key: String) -> Double? { feature.number(key) }

    /// The `source` property.
    public var source: String { string("source") ?? "" }
    /// Whether the feature's geometry or date is marked approximate.
    public var isApproximate: Bool { string("accuracy") == "approximate" || string("date_accuracy") == "approximate" }
    /// For control zones, who held it.
    public var controller: Controller? { string("controller").flatMap(Controller.init(rawValue:)) }
    /// For routes, the status over this interval.
    public var routeStatus: RouteStatus? { string("status").flatMap(RouteStatus.init(rawValue:)) }
    /// For events, the day it happened.
    public var eventDate: Day? { layer == .events ? validity.start : nil }
    /// Whether this is a control zone.
    public var isControlZone: Bool { layer == .zones && kind == "control" }
    /// Whose claim the feature is, when its note starts with one ("per Azerbaijan"), without the rest of the note.
    public var claimAttribution: String? {
        guard let note = string("note"), note.lowercased().hasPrefix("per ") else { return nil }
        let claim = note.prefix { $0 != "(" && $0 != "." && $0 != ";" && $0 != "," }.trimmingWhitespace()
        return claim.prefix(1).lowercased() + claim.dropFirst()
    }

    /// The English name (`name:en`, then `name`, then `title`).
    public var englishName: String? { string("name:en") ?? string("name") ?? string("title") }
}
