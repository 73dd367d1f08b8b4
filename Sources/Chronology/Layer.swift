/// The five layers of a data set, each one file of the data folder.
public enum Layer: String, Sendable, Hashable, CaseIterable, Comparable {
    case base
    case places
    case routes
    case zones
    case events

    /// The file holding the layer: `places.geojson`.
    public var fileName: String { rawValue + ".geojson" }

    /// The value of the `layer` property in exports (`base`, `place`, `route`, `zone`, `event`).
    public var exportName: String {
        switch self {
        case .base: "base"
        case .places: "place"
        case .routes: "route"
        case .zones: "zone"
        case .events: "event"
        }
    }

    /// The layer for a name as the command line takes it (`zones` or `zone`).
    public init?(name: String) {
        if let layer = Layer(rawValue: name) {
            self = layer
            return
        }
        if let layer = Layer.allCases.first(where: { $0.exportName == name }) {
            self = layer
            return
        }
        return nil
    }

    /// The `kind` values the layer allows.
    public var allowedKinds: Set<String> {
        switch self {
        case .base: ["country", "border", "former-boundary", "lake", "river", "sea"]
        case .places:
            ["capital", "city", "town", "village", "ruins", "site", "height", "checkpoint", "bridge", "airport"]
        case .routes: ["road"]
        // Overlay kinds are the data set's own (region.json `overlays`): FeatureRules adds them.
        case .zones: ["control"]
        case .events: EventKind.names
        }
    }

    public static func < (lhs: Layer, rhs: Layer) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The status of a route over an interval.
public enum RouteStatus: String, Sendable, Hashable, CaseIterable {
    case open, blockaded, checkpoint, closed
}
