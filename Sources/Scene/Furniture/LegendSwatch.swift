import Style

/// The little picture beside a legend line, shared by the map legend and the legend sheet of a pair.
enum LegendSwatch {
    static func items(_ swatch: LegendLine.Swatch, in box: PixelRect, scale: Double, border: StyleColor) -> [SceneItem]
    {
        let layer = ItemLayer.furniture(.legend)
        switch swatch {
        case .fill(let color, let hatch, let outline, let dash):
            return [
                .rect(
                    .init(
                        rect: box, fill: color, stroke: outline ?? border, strokeWidth: 1, dash: dash, hatch: hatch,
                        layer: layer))
            ]
        case .line(let color, let lineWidth, let dash, let casing):
            let path = [PixelPoint(x: box.minX + 1, y: box.center.y), PixelPoint(x: box.maxX - 1, y: box.center.y)]
            return [
                .stroke(
                    .init(
                        paths: [path], color: color, width: lineWidth, dash: dash,
                        casing: casing.map { Casing(color: $0, width: lineWidth + 2) },
                        roundCaps: false, layer: layer))
            ]
        case .marker(let color, let radius, let isSquare, let stroke):
            return [
                .circle(
                    .init(
                        center: box.center, radius: radius, fill: color, stroke: stroke,
                        strokeWidth: stroke == nil ? 0 : 1, isSquare: isSquare, layer: layer))
            ]
        case .icon(let symbol):
            return [
                .icon(
                    .init(
                        center: box.center, symbol: symbol, radius: min(box.height / 2 + 1, 9 * scale), layer: layer
                    ))
            ]
        case .none:
            return []
        }
    }
}
