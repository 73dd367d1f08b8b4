/// The one table of style keys: every paint, layout and furniture property, its value type and its default.
/// A new property is a line here, its name in ``StyleProperty/keys``, a read in its symbolizer, and a mention
/// in `styles/README.md` (tests check the last two).
extension StyleKey {
    static var backgroundColor: StyleKey<StyleColor> { .color(.paint(.background), "background-color", "#ffffff") }

    static var fillColor: StyleKey<StyleColor> { .color(.paint(.fill), "fill-color", "#000000") }
    static var fillOpacity: StyleKey<Double> { .number(.paint(.fill), "fill-opacity", 0...1, 1) }
    static var fillOutlineColor: StyleKey<StyleColor?> { .optionalColor(.paint(.fill), "fill-outline-color") }
    static var outlineWidth: StyleKey<Double> { .number(.paint(.fill), "chronomap-outline-width", 0...50, 1) }
    static var outlineDasharray: StyleKey<[Double]> { .numbers(.paint(.fill), "chronomap-outline-dasharray", []) }
    static var outlineEdges: StyleKey<OutlineEdges> {
        .choice(.layout(.fill), "chronomap-outline-edges", .all, among: [.all, .inner])
    }
    static var hatchColor: StyleKey<StyleColor?> { .optionalColor(.paint(.fill), "chronomap-hatch-color") }
    static var hatchSpacing: StyleKey<Double> { .number(.paint(.fill), "chronomap-hatch-spacing", 1...200, 8) }
    static var hatchAngle: StyleKey<Double> { .number(.paint(.fill), "chronomap-hatch-angle", -180...180, 45) }
    static var hatchWidth: StyleKey<Double> { .number(.paint(.fill), "chronomap-hatch-width", 0.1...50, 1.5) }
    static var approximateDasharray: StyleKey<[Double]> {
        .numbers(.paint(.fill), "chronomap-approximate-dasharray", [])
    }
    static var uncertainDasharray: StyleKey<[Double]> {
        .numbers(.paint(.fill), "chronomap-uncertain-dasharray", [1.2, 2.4])
    }
    static var uncertainHatchColor: StyleKey<StyleColor?> {
        .optionalColor(.paint(.fill), "chronomap-uncertain-hatch-color")
    }
    static var uncertainHatchSpacing: StyleKey<Double> {
        .number(.paint(.fill), "chronomap-uncertain-hatch-spacing", 1...200, 4)
    }
    static var uncertainHatchAngle: StyleKey<Double> {
        .number(.paint(.fill), "chronomap-uncertain-hatch-angle", -180...180, 0)
    }

    static var lineColor: StyleKey<StyleColor> { .color(.paint(.line), "line-color", "#000000") }
    static var lineWidth: StyleKey<Double> { .number(.paint(.line), "line-width", 0...100, 1) }
    static var lineOpacity: StyleKey<Double> { .number(.paint(.line), "line-opacity", 0...1, 1) }
    static var lineDasharray: StyleKey<[Double]> { .numbers(.paint(.line), "line-dasharray", []) }
    static var casingColor: StyleKey<StyleColor?> { .optionalColor(.paint(.line), "chronomap-casing-color") }
    static var casingWidth: StyleKey<Double> { .number(.paint(.line), "chronomap-casing-width", 0...100, 0) }
    /// No default: `line-opacity`.
    static var lineRecentOpacity: StyleKey<Double?> {
        .optionalNumber(.paint(.line), "chronomap-recent-opacity", 0...1)
    }
    static var lineCap: StyleKey<LineCap> {
        .choice(.layout(.line), "line-cap", .round, among: [.butt, .round, .square])
    }
    static var lineJoin: StyleKey<LineSymbolizer.Join> {
        .choice(.layout(.line), "line-join", .round, among: [.bevel, .round, .miter])
    }
    static var arrow: StyleKey<Bool> { .boolean(.layout(.line), "chronomap-arrow", false) }

    static var circleRadius: StyleKey<Double> { .number(.paint(.circle), "circle-radius", 0...100, 3) }
    static var circleColor: StyleKey<StyleColor> { .color(.paint(.circle), "circle-color", "#000000") }
    static var circleOpacity: StyleKey<Double> { .number(.paint(.circle), "circle-opacity", 0...1, 1) }
    static var circleStrokeColor: StyleKey<StyleColor?> { .optionalColor(.paint(.circle), "circle-stroke-color") }
    static var circleStrokeWidth: StyleKey<Double> { .number(.paint(.circle), "circle-stroke-width", 0...50, 0) }
    static var markerShape: StyleKey<MarkerShape> {
        .choice(.layout(.circle), "chronomap-marker-shape", .circle, among: [.circle, .square])
    }

    /// Makes a symbol layer an icon layer (``StyleReader/table(of:layout:)``); every event takes its kind's icon.
    static var iconImage: StyleKey<String> { .string(.layout(.icon), "icon-image", "{kind}") }
    static var iconSize: StyleKey<Double> { .number(.layout(.icon), "icon-size", 0.1...10, 1) }
    static var iconHaloColor: StyleKey<StyleColor> { .color(.paint(.icon), "icon-halo-color", "#ffffff") }
    static var iconOpacity: StyleKey<Double> { .number(.paint(.icon), "icon-opacity", 0...1, 1) }
    static var iconFillColor: StyleKey<StyleColor> { .color(.paint(.icon), "chronomap-icon-fill-color", "#ffffff") }
    static var badgeTextColor: StyleKey<StyleColor> {
        .color(.paint(.icon), "chronomap-badge-text-color", "#ffffff")
    }
    static var iconRecentOpacity: StyleKey<Double> {
        .number(.paint(.icon), "chronomap-recent-opacity", 0...1, 0.45)
    }

    static var textField: StyleKey<String> { .string(.layout(.text), "text-field", "{name}") }
    static var textSize: StyleKey<Double> { .number(.layout(.text), "text-size", 1...200, 12) }
    static var textFont: StyleKey<String> { .font(.layout(.text), "text-font", "regular") }
    static var textTransform: StyleKey<TextSymbolizer.Transform> {
        .choice(.layout(.text), "text-transform", .none, among: [.none, .uppercase, .lowercase])
    }
    static var textLetterSpacing: StyleKey<Double> { .number(.layout(.text), "text-letter-spacing", 0...1, 0) }
    static var symbolPlacement: StyleKey<TextSymbolizer.Placement> {
        .choice(.layout(.text), "symbol-placement", .point, among: [.point, .line])
    }
    /// No default: `symbol-placement`.
    static var placement: StyleKey<TextSymbolizer.Placement?> {
        .optionalChoice(.layout(.text), "chronomap-placement", among: [.point, .interior])
    }
    static var labelPriority: StyleKey<Double> { .number(.layout(.text), "chronomap-label-priority", 0...1000, 100) }
    static var labelOutranksRank: StyleKey<Double?> {
        .optionalNumber(.layout(.text), "chronomap-label-outranks-rank", 1...9)
    }
    static var labelMaxLines: StyleKey<Double> { .number(.layout(.text), "chronomap-label-max-lines", 0...6, 0) }
    static var labelRequiredArea: StyleKey<Double?> {
        .optionalNumber(.layout(.text), "chronomap-label-required-area", 0...10_000_000)
    }
    static var textColor: StyleKey<StyleColor> { .color(.paint(.text), "text-color", "#000000") }
    static var textHaloColor: StyleKey<StyleColor?> { .optionalColor(.paint(.text), "text-halo-color") }
    static var textHaloWidth: StyleKey<Double> { .number(.paint(.text), "text-halo-width", 0...20, 0) }
    static var textOpacity: StyleKey<Double> { .number(.paint(.text), "text-opacity", 0...1, 1) }

    // The furniture (`chronomap-furniture`).
    static var panelColor: StyleKey<StyleColor> { .color(.furniture, "panel-color", "rgba(255, 255, 255, 0.93)") }
    static var panelBorderColor: StyleKey<StyleColor> { .color(.furniture, "panel-border-color", "#9a9a9a") }
    static var furnitureTextColor: StyleKey<StyleColor> { .color(.furniture, "text-color", "#1c1c1c") }
    static var mutedTextColor: StyleKey<StyleColor> { .color(.furniture, "muted-text-color", "#5c5c5c") }
    static var titleSize: StyleKey<Double> { .number(.furniture, "title-size", 6...200, 30) }
    static var subtitleSize: StyleKey<Double> { .number(.furniture, "subtitle-size", 4...100, 16) }
    static var legendSize: StyleKey<Double> { .number(.furniture, "legend-size", 4...100, 12.5) }
    static var footerSize: StyleKey<Double> { .number(.furniture, "footer-size", 4...100, 11) }
    static var insetLandColor: StyleKey<StyleColor> { .color(.furniture, "inset-land-color", "#f4f1e9") }
    static var insetWaterColor: StyleKey<StyleColor> { .color(.furniture, "inset-water-color", "#d5e5ef") }
    static var insetHighlightColor: StyleKey<StyleColor> { .color(.furniture, "inset-highlight-color", "#e0d8c3") }
    static var insetExtentColor: StyleKey<StyleColor> { .color(.furniture, "inset-extent-color", "#c0392b") }
    static var insetBorderColor: StyleKey<StyleColor> { .color(.furniture, "inset-border-color", "#8c8c8c") }
    static var approximateColor: StyleKey<StyleColor> { .color(.furniture, "approximate-color", "#555555") }
    static var highlightColor: StyleKey<StyleColor> { .color(.furniture, "highlight-color", "#1a1a1a") }
    static var highlightFillColor: StyleKey<StyleColor> {
        .color(.furniture, "highlight-fill-color", "rgba(255, 255, 255, 0.15)")
    }
    static var highlightHatchColor: StyleKey<StyleColor> {
        .color(.furniture, "highlight-hatch-color", "rgba(26, 26, 26, 0.55)")
    }
    static var highlightCasingColor: StyleKey<StyleColor> {
        .color(.furniture, "highlight-casing-color", "rgba(255, 255, 255, 0.9)")
    }
    static var highlightHatchSpacing: StyleKey<Double> { .number(.furniture, "highlight-hatch-spacing", 1...200, 9) }
    static var highlightHatchAngle: StyleKey<Double> { .number(.furniture, "highlight-hatch-angle", -180...180, -45) }
    static var highlightHatchWidth: StyleKey<Double> { .number(.furniture, "highlight-hatch-width", 0.1...50, 1.2) }
    static var highlightLineWidth: StyleKey<Double> { .number(.furniture, "highlight-line-width", 0.1...50, 2.2) }
    static var highlightTextSize: StyleKey<Double> { .number(.furniture, "highlight-text-size", 4...100, 14) }
}

extension StyleProperty {
    /// Every key of ``StyleKey``'s table; the reader accepts these and no other.
    static let keys: [AnyStyleKey] = [
        erase(.backgroundColor),
        erase(.fillColor), erase(.fillOpacity), erase(.fillOutlineColor), erase(.outlineWidth),
        erase(.outlineDasharray), erase(.outlineEdges), erase(.hatchColor), erase(.hatchSpacing), erase(.hatchAngle),
        erase(.hatchWidth), erase(.approximateDasharray), erase(.uncertainDasharray), erase(.uncertainHatchColor),
        erase(.uncertainHatchSpacing), erase(.uncertainHatchAngle),
        erase(.lineColor), erase(.lineWidth), erase(.lineOpacity), erase(.lineDasharray), erase(.casingColor),
        erase(.casingWidth), erase(.lineRecentOpacity), erase(.lineCap), erase(.lineJoin), erase(.arrow),
        erase(.circleRadius), erase(.circleColor), erase(.circleOpacity), erase(.circleStrokeColor),
        erase(.circleStrokeWidth), erase(.markerShape),
        erase(.iconImage), erase(.iconSize), erase(.iconHaloColor), erase(.iconOpacity), erase(.iconFillColor),
        erase(.badgeTextColor), erase(.iconRecentOpacity),
        erase(.textField), erase(.textSize), erase(.textFont), erase(.textTransform), erase(.textLetterSpacing),
        erase(.symbolPlacement), erase(.placement), erase(.labelPriority), erase(.labelOutranksRank),
        erase(.labelMaxLines), erase(.labelRequiredArea), erase(.textColor), erase(.textHaloColor),
        erase(.textHaloWidth), erase(.textOpacity),
        erase(.panelColor), erase(.panelBorderColor), erase(.furnitureTextColor), erase(.mutedTextColor),
        erase(.titleSize), erase(.subtitleSize), erase(.legendSize), erase(.footerSize), erase(.insetLandColor),
        erase(.insetWaterColor), erase(.insetHighlightColor), erase(.insetExtentColor), erase(.insetBorderColor),
        erase(.approximateColor), erase(.highlightColor), erase(.highlightFillColor), erase(.highlightHatchColor),
        erase(.highlightCasingColor), erase(.highlightHatchSpacing), erase(.highlightHatchAngle),
        erase(.highlightHatchWidth), erase(.highlightLineWidth), erase(.highlightTextSize),
    ]

    private static func erase<Value>(_ key: StyleKey<Value>) -> AnyStyleKey { key.erased }
}

/// Which edges of a fill are outlined (`chronomap-outline-edges`).
enum OutlineEdges: String, Sendable {
    /// Every edge.
    case all
    /// Only the lines between zones, not the study area's own edge, which no source drew.
    case inner
}

/// The ends of lines (`line-cap`); the painter draws round or butt caps.
enum LineCap: String, Sendable {
    case butt, round, square
}

/// The shape of a circle layer's markers (`chronomap-marker-shape`).
enum MarkerShape: String, Sendable {
    case circle, square
}
