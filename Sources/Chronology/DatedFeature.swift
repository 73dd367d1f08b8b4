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
    /// The uncertainty of its start (`start_date:edtf`, or an event's `date:edtf`), if the data gives one.
    public var startUncertainty: UncertainDate?
    /// The uncertainty of its end (`end_date:edtf`), if the data gives one.
    public var endUncertainty: UncertainDate?
    /// For a control zone changing hands, who held its ground the day before the window: derived when the data set
    /// is loaded from the control zones valid then (``ChangingHands``), never read from the data.
    public var transitionFrom: Controller?

    /// A file and a JSON path.
    public struct Origin: Sendable, Hashable {
        public var file: String
        public var path: JSONPath
        public init(file: String, path: JSONPath) {
            self.file = file
            self.path = path
        }
    }

    /// - Parameters: the members as described on each property.
    public init(
        id: String, layer: Layer, kind: String, validity: ValidityInterval, feature: Feature,
        origin: Origin = Origin(file: "<memory>", path: .root), startUncertainty: UncertainDate? = nil,
        endUncertainty: UncertainDate? = nil
    ) {
        self.id = id
        self.layer = layer
        self.kind = kind
        self.validity = validity
        self.feature = feature
        self.origin = origin
        self.startUncertainty = startUncertainty
        self.endUncertainty = endUncertainty
    }

    /// A problem with this feature, located at it (or at one of its members).
    public func diagnostic(
        _ severity: Diagnostic.Severity = .error, at member: String? = nil, _ message: String
    ) -> Diagnostic {
        Diagnostic(
            severity, file: origin.file, at: .path(member.map { origin.path.appending($0) } ?? origin.path), message)
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
    public var controller: Controller? { string("controller").map { Controller($0) } }
    /// For contested zones, the parties fighting there (`parties`), if the data names them.
    public var contestingParties: [String] {
        feature.properties?["parties"]?.arrayValue?.compactMap(\.stringValue) ?? []
    }
    /// Who alone says this happened (`claimed_by`): a party id or a named source.
    public var claimedBy: String? { string("claimed_by") }
    /// Who denies it (`denied_by`): party ids or named sources.
    public var deniedBy: [String] {
        if let single = string("denied_by") { return [single] }
        return feature.properties?["denied_by"]?.arrayValue?.compactMap(\.stringValue) ?? []
    }

    /// Whether the feature is drawn as uncertain on a day: the day lies in the window its `start_date:edtf`
    /// (an event's `date:edtf`) allows for its start, or that window is one of a qualified date.
    public func isUncertain(on day: Day) -> Bool {
        guard let window = startUncertainty, window.isImprecise else { return false }
        if layer == .events { return true }
        return window.contains(day)
    }
    /// For a control zone whose `start_date:edtf` is an interval `[A..B]`, the days A to B on which its ground is
    /// changing hands (docs/data-format.md, "Ground changing hands"); nil for every other feature.
    public var changingHandsWindow: ClosedRange<Day>? {
        guard isControlZone, let window = startUncertainty, window.earliest < window.latest else { return nil }
        let text = window.text.trimmingWhitespace()
        guard text.hasPrefix("["), text.contains(".."), !text.contains(",") else { return nil }
        return window.earliest...window.latest
    }

    /// Whether the zone's ground is changing hands on a day: the day is in its window and the zone is valid on it.
    public func isChangingHands(on day: Day) -> Bool {
        guard let window = changingHandsWindow else { return false }
        return window.contains(day) && validity.contains(day)
    }

    /// For routes, the status over this interval.
    public var routeStatus: RouteStatus? { string("status").flatMap(RouteStatus.init(rawValue:)) }
    /// For events, the day it happened.
    public var eventDate: Day? { layer == .events ? validity.start : nil }
    /// Whether this is a control zone.
    public var isControlZone: Bool { layer == .zones && kind == "control" }
    /// The English name (`name:en`, then `name`, then `title`).
    public var englishName: String? { string("name:en") ?? string("name") ?? string("title") }
}
