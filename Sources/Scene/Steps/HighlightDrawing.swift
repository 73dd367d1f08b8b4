import Style

/// Outlines and hatches the areas a comparison highlights (what changed hands), and asks for their labels,
/// which are placed before any place label.
struct HighlightDrawing {
    let frame: MapFrame
    let style: FurnitureStyle

    static let layerID = "highlight"

    func draw(_ highlights: [HighlightArea]) throws -> (items: [SceneItem], labels: [LabelRequest]) {
        var items: [SceneItem] = []
        var labels: [LabelRequest] = []
        for (index, highlight) in highlights.enumerated() {
            let polygons = highlight.geometry.polygons.map { $0.map(frame.project) }
            guard !polygons.isEmpty else { continue }
            items.append(
                .fill(
                    .init(
                        polygons: polygons, color: style.highlightFillColor, hatch: style.highlightHatch,
                        layer: .style(Self.layerID))))
            items.append(
                .stroke(
                    .init(
                        paths: polygons.flatMap { $0 }, isClosed: true, color: style.highlightColor,
                        width: style.highlightLineWidth,
                        casing: Casing(color: style.highlightCasingColor, width: style.highlightLineWidth * 2.1),
                        layer: .style(Self.layerID))))
            if let anchor = try LabelCollection.interiorAnchor(of: highlight.geometry, frame: frame)?.anchor {
                labels.append(
                    LabelRequest(
                        featureID: "highlight-\(index)", lines: highlight.lines, fontRole: "bold",
                        size: style.highlightTextSize * frame.symbolScale,
                        color: style.highlightColor, halo: .white, haloWidth: 2.4 * frame.symbolScale, priority: -10,
                        rank: nil, anchor: anchor,
                        layerID: Self.layerID, isRequired: false))
            }
        }
        return (items, labels)
    }
}
