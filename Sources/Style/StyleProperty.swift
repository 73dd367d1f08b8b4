import GeoJSON

/// The one table of every paint and layout property a style may use: the kind of value it takes and its
/// default. Symbolizers read their properties through it, so a default is written once, here.
///
/// Names follow the MapLibre style specification where MapLibre has the property; properties MapLibre lacks
/// start with `chronomap-` and are documented in `styles/README.md`.
enum StyleProperty {
    /// What a property's value must be.
    enum Kind: Sendable {
        case color
        case number(ClosedRange<Double>)
        case numbers
        case string
        case choice([String])
        case boolean
        case fonts
    }

    /// A property's kind and default (nil: absent unless the style sets it).
    struct Spec: Sendable {
        var kind: Kind
        var defaultValue: JSONValue?

        init(_ kind: Kind, _ defaultValue: JSONValue? = nil) {
            self.kind = kind
            self.defaultValue = defaultValue
        }
    }

    /// Which symbolizer a layer's properties describe: symbol layers draw icons or labels.
    enum Table: Sendable, Hashable {
        case background, fill, line, circle, icon, text
    }

    static let paint: [Table: [String: Spec]] = [
        .background: ["background-color": Spec(.color, "#ffffff")],
        .fill: [
            "fill-color": Spec(.color, "#000000"), "fill-opacity": Spec(.number(0...1), 1),
            "fill-outline-color": Spec(.color), "chronomap-outline-width": Spec(.number(0...50), 1),
            "chronomap-hatch-color": Spec(.color), "chronomap-hatch-spacing": Spec(.number(1...200), 8),
            "chronomap-hatch-angle": Spec(.number(-180...180), 45),
            "chronomap-hatch-width": Spec(.number(0.1...50), 1.5),
            "chronomap-outline-dasharray": Spec(.numbers, []),
            "chronomap-approximate-dasharray": Spec(.numbers, []),
            "chronomap-uncertain-dasharray": Spec(.numbers, [1.2, 2.4]),
            "chronomap-uncertain-hatch-color": Spec(.color),
            "chronomap-uncertain-hatch-spacing": Spec(.number(1...200), 4),
            "chronomap-uncertain-hatch-angle": Spec(.number(-180...180), 0),
        ],
        .line: [
            "line-color": Spec(.color, "#000000"), "line-width": Spec(.number(0...100), 1),
            "line-opacity": Spec(.number(0...1), 1), "line-dasharray": Spec(.numbers, []),
            "chronomap-casing-color": Spec(.color), "chronomap-casing-width": Spec(.number(0...100), 0),
            "chronomap-recent-opacity": Spec(.number(0...1)),
        ],
        .circle: [
            "circle-radius": Spec(.number(0...100), 3), "circle-color": Spec(.color, "#000000"),
            "circle-opacity": Spec(.number(0...1), 1), "circle-stroke-color": Spec(.color),
            "circle-stroke-width": Spec(.number(0...50), 0),
        ],
        .icon: [
            "icon-halo-color": Spec(.color, "#ffffff"), "icon-opacity": Spec(.number(0...1), 1),
            "chronomap-icon-fill-color": Spec(.color, "#ffffff"), "chronomap-badge-text-color": Spec(.color, "#ffffff"),
            "chronomap-recent-opacity": Spec(.number(0...1), 0.45),
        ],
        .text: [
            "text-color": Spec(.color, "#000000"), "text-halo-color": Spec(.color),
            "text-halo-width": Spec(.number(0...20), 0),
            "text-opacity": Spec(.number(0...1), 1),
        ],
    ]

    static let layout: [Table: [String: Spec]] = [
        .background: [:],
        .fill: ["chronomap-outline-edges": Spec(.choice(["all", "inner"]), "all")],
        .line: [
            "line-cap": Spec(.choice(["butt", "round", "square"]), "round"),
            "line-join": Spec(.choice(["bevel", "round", "miter"]), "round"), "chronomap-arrow": Spec(.boolean, false),
        ],
        .circle: ["chronomap-marker-shape": Spec(.choice(["circle", "square"]), "circle")],
        .icon: ["icon-image": Spec(.string, "{kind}"), "icon-size": Spec(.number(0.1...10), 1)],
        .text: [
            "text-field": Spec(.string, "{name}"), "text-size": Spec(.number(1...200), 12),
            "text-font": Spec(.fonts, ["regular"]),
            "text-transform": Spec(.choice(["none", "uppercase", "lowercase"]), "none"),
            "text-letter-spacing": Spec(.number(0...1), 0),
            "symbol-placement": Spec(.choice(["point", "line"]), "point"),
            "chronomap-placement": Spec(.choice(["point", "interior"])),
            "chronomap-label-priority": Spec(.number(0...1000), 100),
        ],
    ]

    /// The look of the map furniture (`chronomap-furniture`).
    static let furniture: [String: Spec] = [
        "panel-color": Spec(.color, "rgba(255, 255, 255, 0.93)"), "panel-border-color": Spec(.color, "#9a9a9a"),
        "text-color": Spec(.color, "#1c1c1c"), "muted-text-color": Spec(.color, "#5c5c5c"),
        "title-size": Spec(.number(6...200), 30), "subtitle-size": Spec(.number(4...100), 16),
        "legend-size": Spec(.number(4...100), 12.5), "footer-size": Spec(.number(4...100), 11),
        "inset-land-color": Spec(.color, "#f4f1e9"), "inset-water-color": Spec(.color, "#d5e5ef"),
        "inset-highlight-color": Spec(.color, "#e0d8c3"), "inset-extent-color": Spec(.color, "#c0392b"),
        "inset-border-color": Spec(.color, "#8c8c8c"),
        "approximate-color": Spec(.color, "#555555"),
        "highlight-color": Spec(.color, "#1a1a1a"), "highlight-fill-color": Spec(.color, "rgba(255, 255, 255, 0.15)"),
        "highlight-hatch-color": Spec(.color, "rgba(26, 26, 26, 0.55)"),
        "highlight-casing-color": Spec(.color, "rgba(255, 255, 255, 0.9)"),
        "highlight-hatch-spacing": Spec(.number(1...200), 9), "highlight-hatch-angle": Spec(.number(-180...180), -45),
        "highlight-hatch-width": Spec(.number(0.1...50), 1.2), "highlight-line-width": Spec(.number(0.1...50), 2.2),
        "highlight-text-size": Spec(.number(4...100), 14),
    ]
}

/// A layer's or the furniture's properties as the style gives them, read through ``StyleProperty``'s table:
/// a property the style leaves out has the table's default.
struct PropertyValues {
    let values: JSONObject
    let specs: [String: StyleProperty.Spec]

    private func value(_ key: String) -> JSONValue? { values[key] ?? specs[key]?.defaultValue }

    func color(_ key: String) -> StyleColor? { value(key)?.stringValue.flatMap(StyleColor.init(css:)) }
    func number(_ key: String) -> Double { value(key)?.numberValue ?? 0 }
    func optionalNumber(_ key: String) -> Double? { value(key)?.numberValue }
    func numbers(_ key: String) -> [Double] { value(key)?.arrayValue?.compactMap(\.numberValue) ?? [] }
    func string(_ key: String) -> String { value(key)?.stringValue ?? "" }
    func optionalString(_ key: String) -> String? { value(key)?.stringValue }
    func bool(_ key: String) -> Bool { value(key)?.boolValue ?? false }
    func fontRole(_ key: String) -> String { value(key)?.arrayValue?.first?.stringValue ?? "regular" }
}
