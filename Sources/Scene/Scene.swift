import Chronology
import Description
import Projection
import Style

/// A map ready to paint: every item projected, styled and labelled, plus what was drawn (for the legend, the
/// alt text and the tests that check the legend against the pixels).
public struct Scene: Sendable {
    /// The image size in logical pixels.
    public var width: Double
    public var height: Double
    public var viewport: Viewport
    public var background: StyleColor
    /// Items in paint order.
    public var items: [SceneItem]
    /// The style layers (concrete ids, `control:hill-front` for a repeated layer) that drew something, in draw order.
    public var drawnLayerIDs: [String]
    /// The event kinds drawn as icons.
    public var drawnEventKinds: [String]
    /// The legend lines of what was drawn (filled with or without furniture; laid out only with it).
    public var legend: [LegendLine]
    /// Every placed label with its ink box (halo included).
    public var placedLabels: [PlacedLabel]
    /// Labels that found no free position.
    public var unplacedLabels: [String]
    /// Whether any approximate feature was drawn (the map then says so).
    public var showsApproximateFeatures: Bool
    /// Whether any feature was drawn as date-uncertain.
    public var showsUncertainDates: Bool
    /// Whether a placed label shows a dual name: only then does the map say which names its labels show.
    public var showsDualNames: Bool
    /// The boxes of the map furniture (title, legend, inset, scale bar, footer).
    public var furnitureBoxes: [String: PixelRect]
    /// The scale bar drawn: its length in kilometres and in logical pixels.
    public var scaleBar: ScaleBarSize?
    /// Title and subtitle as drawn.
    public var title: String
    public var subtitle: String
    /// What the image shows and where it comes from, for file metadata.
    public var metadata: SceneMetadata

    /// - Parameters: as described on each property.
    public init(
        width: Double, height: Double, viewport: Viewport, background: StyleColor, items: [SceneItem],
        drawnLayerIDs: [String] = [],
        drawnEventKinds: [String] = [], legend: [LegendLine] = [], placedLabels: [PlacedLabel] = [],
        unplacedLabels: [String] = [],
        showsApproximateFeatures: Bool = false, showsUncertainDates: Bool = false, showsDualNames: Bool = false,
        furnitureBoxes: [String: PixelRect] = [:],
        scaleBar: ScaleBarSize? = nil, title: String = "", subtitle: String = "",
        metadata: SceneMetadata = SceneMetadata()
    ) {
        self.width = width
        self.height = height
        self.viewport = viewport
        self.background = background
        self.items = items
        self.drawnLayerIDs = drawnLayerIDs
        self.drawnEventKinds = drawnEventKinds
        self.legend = legend
        self.placedLabels = placedLabels
        self.unplacedLabels = unplacedLabels
        self.showsApproximateFeatures = showsApproximateFeatures
        self.showsUncertainDates = showsUncertainDates
        self.showsDualNames = showsDualNames
        self.furnitureBoxes = furnitureBoxes
        self.scaleBar = scaleBar
        self.title = title
        self.subtitle = subtitle
        self.metadata = metadata
    }
}

/// The length of a drawn scale bar.
public struct ScaleBarSize: Sendable, Hashable {
    public var kilometres: Double
    /// Its length in logical pixels.
    public var pixels: Double
}

/// What an image shows and where it comes from: written as PNG text chunks and PDF document information.
public struct SceneMetadata: Sendable, Hashable {
    public var title: String
    /// A sentence on what the image shows (the subtitle, or the alt text once written).
    public var description: String
    /// The credits.
    public var source: String
    /// The day shown, ISO 8601.
    public var date: String
    /// The data set, its version and its "as of" date.
    public var dataVersion: String
    public var software: String
    /// The image in words, short and long; the writers put both beside the image (`<image>.txt`,
    /// `<image>.long.txt`) and `description` holds the short form. Nil for images that get none (tiles).
    public var altText: AltText?

    /// - Parameters: as described on each property.
    public init(
        title: String = "", description: String = "", source: String = "", date: String = "", dataVersion: String = "",
        software: String = "Chronomap", altText: AltText? = nil
    ) {
        self.title = title
        self.description = description
        self.source = source
        self.date = date
        self.dataVersion = dataVersion
        self.software = software
        self.altText = altText
    }
}

/// A label that was placed.
public struct PlacedLabel: Sendable, Hashable {
    /// The feature (or zone) the label names.
    public var featureID: String
    public var text: String
    /// The ink box with halo, logical pixels.
    public var box: PixelRect
    /// The place's rank, for place labels.
    public var rank: Int?
    /// For a label beside its area, where its leader line ends inside the area; nil for a label in its place.
    public var leaderEnd: PixelPoint?
    /// The style layer that drew it.
    public var layerID = ""
}

/// A line of the legend, with what its swatch shows.
public struct LegendLine: Sendable {
    /// The little picture beside the label.
    public enum Swatch: Sendable {
        case fill(StyleColor, hatch: Hatch?, outline: StyleColor?, dash: [Double])
        case line(StyleColor, width: Double, dash: [Double], casing: StyleColor?)
        case marker(StyleColor, radius: Double, isSquare: Bool, stroke: StyleColor?)
        case icon(EventSymbols.Symbol)
        case none
    }

    public var group: LegendGroup
    /// The group's heading in the map's language.
    public var groupTitle: String
    public var label: String
    public var swatch: Swatch
    /// The concrete style layer the line stands for, if any.
    public var layerID: String?

    /// - Parameters: as described on each property.
    public init(group: LegendGroup, groupTitle: String, label: String, swatch: Swatch, layerID: String? = nil) {
        self.group = group
        self.groupTitle = groupTitle
        self.label = label
        self.swatch = swatch
        self.layerID = layerID
    }
}
