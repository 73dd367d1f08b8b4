/// Every paint and layout property a style may use, with the kind of value it takes.
///
/// Names follow the MapLibre style specification where MapLibre has the property; properties
/// MapLibre lacks start with `chronomap-` and are documented in `styles/README.md`.
enum StyleProperty {
    /// What a property's value must be.
    enum Kind {
        case color
        case number(ClosedRange<Double>)
        case numbers
        case string
        case choice([String])
        case boolean
        case fonts
    }

    static let paint: [StyleLayer.LayerType: [String: Kind]] = [
        .background: ["background-color": .color],
        .fill: [
            "fill-color": .color, "fill-opacity": .number(0...1), "fill-outline-color": .color,
            "chronomap-outline-width": .number(0...50),
            "chronomap-hatch-color": .color, "chronomap-hatch-spacing": .number(1...200),
            "chronomap-hatch-angle": .number(-180...180), "chronomap-hatch-width": .number(0.1...50),
            "chronomap-approximate-dasharray": .numbers,
        ],
        .line: [
            "line-color": .color, "line-width": .number(0...100), "line-opacity": .number(0...1), "line-dasharray": .numbers,
            "chronomap-casing-color": .color, "chronomap-casing-width": .number(0...100),
            "chronomap-recent-opacity": .number(0...1),
        ],
        .circle: [
            "circle-radius": .number(0...100), "circle-color": .color, "circle-opacity": .number(0...1),
            "circle-stroke-color": .color, "circle-stroke-width": .number(0...50),
        ],
        .symbol: [
            "text-color": .color, "text-halo-color": .color, "text-halo-width": .number(0...20), "text-opacity": .number(0...1),
            "icon-color": .color, "icon-halo-color": .color, "icon-opacity": .number(0...1),
            "chronomap-recent-opacity": .number(0...1),
        ],
    ]

    static let layout: [StyleLayer.LayerType: [String: Kind]] = [
        .background: [:],
        .fill: [:],
        .line: ["line-cap": .choice(["butt", "round", "square"]), "line-join": .choice(["bevel", "round", "miter"]),
                "chronomap-arrow": .boolean],
        .circle: [:],
        .symbol: [
            "text-field": .string, "text-size": .number(1...200), "text-font": .fonts,
            "text-transform": .choice(["none", "uppercase", "lowercase"]),
            "text-max-width": .number(1...100),
            "icon-image": .string, "icon-size": .number(0.1...10),
            "symbol-placement": .choice(["point", "line"]),
            "chronomap-placement": .choice(["point", "interior"]),
            "chronomap-label-priority": .number(0...1000),
        ],
    ]
}
