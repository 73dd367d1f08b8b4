import Scene
import Style

extension ChartLayout {
    /// Each break of the time axis as a white slanted cut through the plot and the axis line, edged in grey, so the
    /// steps and the grid read as interrupted there.
    func breakMarks(_ axis: TimeAxis) -> [SceneItem] {
        var items: [SceneItem] = []
        let slant = 4 * unit, halfWidth = 2.5 * unit
        let top = plot.y, bottom = plot.maxY + 6 * unit
        for piece in axis.breaks {
            let center = (x(piece.start) + x(piece.end)) / 2
            let leftEdge = [
                PixelPoint(x: center - halfWidth + slant, y: top), PixelPoint(x: center - halfWidth - slant, y: bottom),
            ]
            let rightEdge = [
                PixelPoint(x: center + halfWidth + slant, y: top), PixelPoint(x: center + halfWidth - slant, y: bottom),
            ]
            let ring = leftEdge + rightEdge.reversed() + [leftEdge[0]]
            items.append(.fill(.init(polygons: [[ring]], color: .white, layer: .style("chart:break"))))
            items.append(
                .stroke(
                    .init(
                        paths: [leftEdge, rightEdge], color: palette.mutedText, width: 1, roundCaps: false,
                        layer: .style("chart:break"))))
        }
        return items
    }
}
