import Chronology
import Projection
import Style

/// A map ready to paint: every item projected, styled and labelled, plus what was drawn (for the
/// legend and for tests that check the legend against the drawing).
public struct Scene: Sendable {
    /// The image size in logical pixels.
    public var width: Double
    public var height: Double
    public var viewport: Viewport
    public var background: StyleColor
    /// Items in paint order.
    public var items: [SceneItem]
    /// The style layers that drew at least one feature, in draw order.
    public var drawnLayerIDs: [String]
    /// The event kinds drawn as icons.
    public var drawnEventKinds: [String]
    /// The legend lines as laid out (empty without furniture).
    public var legend: [LegendLine]
    /// Every placed label with its ink box (halo included).
    public var placedLabels: [PlacedLabel]
    /// Labels that found no free position.
    public var unplacedLabels: [String]
    /// Whether any approximate feature was drawn (the map then says so).
    public var showsApproximateFeatures: Bool
    /// The boxes of the map furniture (title, legend, inset, scale bar, footer).
    public var furnitureBoxes: [String: PixelRect]
    /// The scale bar drawn: its length in kilometres and in logical pixels.
    public var scaleBar: (kilometres: Double, pixels: Double)?
    /// Title and subtitle as drawn.
    public var title: String
    public var subtitle: String
    /// Text for PNG metadata: what the image shows and its sources.
    public var metadata: [(String, String)]
}

extension Scene {
    /// A scene that is only a sheet of items (no map): the frame of a before/after pair.
    public static func sheet(width: Double, height: Double, background: StyleColor, items: [SceneItem], viewport: Viewport) -> Scene {
        Scene(width: width, height: height, viewport: viewport, background: background, items: items, drawnLayerIDs: [], drawnEventKinds: [],
              legend: [], placedLabels: [], unplacedLabels: [], showsApproximateFeatures: false, furnitureBoxes: [:], scaleBar: nil,
              title: "", subtitle: "", metadata: [])
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
}

/// A line of the legend, with what its swatch shows.
public struct LegendLine: Sendable {
    public enum Swatch: Sendable {
        case fill(StyleColor, hatch: SceneItem.Fill.Hatch?, outline: StyleColor?, dash: [Double])
        case line(StyleColor, width: Double, dash: [Double], casing: StyleColor?)
        case marker(StyleColor, radius: Double, isSquare: Bool, stroke: StyleColor?)
        case icon(EventSymbol)
        case none
    }

    public var group: String
    public var label: String
    public var swatch: Swatch
    /// The style layer the line stands for, if any.
    public var layerID: String?
}
