import GeoJSON

/// One layer of a style: which features it draws (a data layer and a filter), at which zooms, and how (its
/// symbolizer, decoded once when the style is read).
public struct StyleLayer: Sendable {
    /// How a layer draws, as the style names it.
    public enum LayerType: String, Sendable, Hashable, CaseIterable {
        case background, fill, line, circle, symbol
    }

    /// The data layer a style layer draws from.
    public enum Source: String, Sendable, Hashable, CaseIterable {
        case base, places, routes, zones, events
    }

    /// Copies of the layer made for each party or overlay kind of the data set (`chronomap-repeat`), each with
    /// the party's or overlay's colour and legend wording, so that a style needs to know no party.
    public struct Repetition: Sendable, Hashable {
        /// What the copies are made for.
        public enum Subject: String, Sendable, Hashable {
            /// One copy per party of `region.json`, in legend order.
            case parties
            /// One copy per overlay kind of `region.json`.
            case overlays
        }

        public var subject: Subject
        /// The feature property that must equal the party id or the overlay kind (`controller`, `party`, `kind`).
        public var property: String
        /// Degrees added to the hatch angle of each further copy, so that overlapping hatched overlays cross
        /// instead of merging (`hatch-angle-step`, default 0).
        public var hatchAngleStep: Double

        /// - Parameters: as described on each property.
        public init(subject: Subject, property: String, hatchAngleStep: Double = 0) {
            self.subject = subject
            self.property = property
            self.hatchAngleStep = hatchAngleStep
        }
    }

    public var id: String
    public var type: LayerType
    /// The data layer drawn; nil for the background.
    public var source: Source?
    public var filter: StyleFilter?
    /// `minzoom` (inclusive) and `maxzoom` (exclusive), as in MapLibre.
    public var minZoom: Double
    public var maxZoom: Double
    public var symbolizer: Symbolizer
    /// The legend line, drawn only when the layer drew something.
    public var legend: LegendEntry?
    public var repetition: Repetition?

    /// - Parameters: as described on each property.
    public init(
        id: String, type: LayerType, source: Source?, filter: StyleFilter? = nil, minZoom: Double = 0,
        maxZoom: Double = 24,
        symbolizer: Symbolizer, legend: LegendEntry? = nil, repetition: Repetition? = nil
    ) {
        self.id = id
        self.type = type
        self.source = source
        self.filter = filter
        self.minZoom = minZoom
        self.maxZoom = maxZoom
        self.symbolizer = symbolizer
        self.legend = legend
        self.repetition = repetition
    }

    /// Whether the layer draws at a zoom (`minzoom` inclusive, `maxzoom` exclusive).
    public func isVisible(atZoom zoom: Double) -> Bool { zoom >= minZoom && zoom < maxZoom }

    /// The symbolizer's colour replaced, outline and hatch included, and the hatch turned by `hatchTurn` degrees
    /// (the copy of a repeated layer for one party or overlay).
    public func recoloured(_ color: StyleColor, hatchTurn: Double = 0) -> Symbolizer {
        switch symbolizer {
        case .background: return .background(color)
        case .fill(var fill):
            fill.color = color.withAlpha(fill.color.alpha)
            if let outline = fill.outlineColor { fill.outlineColor = color.withAlpha(outline.alpha) }
            if let hatch = fill.hatch {
                fill.hatch?.color = color.withAlpha(hatch.color.alpha)
                fill.hatch?.angleDegrees = hatch.angleDegrees + hatchTurn
            }
            return .fill(fill)
        case .line(var line):
            line.color = color.withAlpha(line.color.alpha)
            return .line(line)
        case .circle(var circle):
            circle.color = color.withAlpha(circle.color.alpha)
            return .circle(circle)
        case .icon, .text:
            return symbolizer
        }
    }
}

/// A legend line of a layer: its label (with translations) and its group.
public struct LegendEntry: Sendable, Hashable {
    /// The English label; `{name}` stands for the name of the first feature the layer drew. Nil for repeated
    /// layers, which take the party's or overlay's wording.
    public var label: String?
    /// Translated labels by language code (`label:ru`).
    public var translations: [String: String]
    public var group: LegendGroup

    /// - Parameters: as described on each property.
    public init(label: String?, translations: [String: String] = [:], group: LegendGroup) {
        self.label = label
        self.translations = translations
        self.group = group
    }

    /// The label in a language (English when there is no translation).
    public func label(in language: String) -> String? { translations[language] ?? label }
}

/// The sections of a legend, in the order they are listed.
public enum LegendGroup: String, Sendable, Hashable, CaseIterable, Comparable {
    case change, control, overlays, lines, roads, events, places, notes, map

    public static func < (lhs: LegendGroup, rhs: LegendGroup) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
