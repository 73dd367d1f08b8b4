import Scene
import Style

/// Text items of a chart, measured with the fonts the painter draws with.
struct ChartText {
    enum Alignment {
        case left
        case center
        case right
    }

    let measurer: any TextMeasurer

    func width(_ string: String, _ role: String = "regular", _ size: Double) -> Double {
        measurer.measure(string, fontRole: role, size: size).advance
    }

    /// A line of text whose baseline starts (left), is centred (center) or ends (right) at `x`.
    func item(
        _ string: String, x: Double, baseline: Double, role: String = "regular", size: Double, color: StyleColor,
        alignment: Alignment = .left, layer: String
    ) -> SceneItem {
        let metrics = measurer.measure(string, fontRole: role, size: size)
        let left: Double
        switch alignment {
        case .left: left = x
        case .center: left = x - metrics.advance / 2
        case .right: left = x - metrics.advance
        }
        return .text(
            .init(
                string: string, origin: PixelPoint(x: left, y: baseline), fontRole: role, size: size, color: color,
                box: metrics.inkBox.offsetBy(dx: left, dy: baseline), layer: .style("chart:\(layer)")))
    }

    /// Words wrapped into lines no wider than `maxWidth`, at most `maxLines`; the last ends with "…" when cut.
    func wrap(_ text: String, role: String = "regular", size: Double, maxWidth: Double, maxLines: Int) -> [String] {
        measurer.wrap(text, fontRole: role, size: size, maxWidth: maxWidth, maxLines: maxLines)
    }
}
