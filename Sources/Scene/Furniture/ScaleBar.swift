import GeoJSON
import Localization

/// A scale bar in kilometres, true at the map's middle latitude, and a north arrow (Web Mercator keeps north up
/// everywhere), bottom left above the events panel.
struct ScaleBar {
    let kit: FurnitureKit
    let frame: MapFrame
    let catalog: Catalog

    /// The height of the bar's panel, logical pixels at furniture scale `k`.
    static func height(scale k: Double) -> Double { 46 * k }

    /// Lengths a bar may have, in km.
    static let niceLengths: [Double] = [0.5, 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000]

    func layout(above eventsBox: PixelRect?) -> (items: [SceneItem], box: PixelRect, size: ScaleBarSize) {
        let k = kit.scale, padding = kit.padding
        let size = 11 * k
        let ink = kit.style.textColor
        let center = frame.viewport.position(
            atPixelX: frame.width / 2, y: (frame.headerHeight + frame.height - frame.footerHeight) / 2)
        let metresPerPixel = frame.viewport.groundMetresPerPixel(atLatitude: center.latitude)
        let target = 160 * k * metresPerPixel / 1000
        let kilometres = Self.niceLengths.last { $0 <= target } ?? 0.5
        let barWidth = kilometres * 1000 / metresPerPixel
        let bottom = (eventsBox?.minY ?? (frame.height - frame.footerHeight)) - padding
        let height = Self.height(scale: k)
        let box = PixelRect(x: padding, y: bottom - height, width: barWidth + 70 * k, height: height)
        var items = [kit.panel(box, part: .scale)]
        let barX = box.minX + padding, barY = box.minY + 26 * k, barHeight = 6 * k
        for half in 0..<2 {
            items.append(
                .rect(
                    .init(
                        rect: PixelRect(
                            x: barX + Double(half) * barWidth / 2, y: barY, width: barWidth / 2, height: barHeight),
                        fill: half == 0 ? ink : .white, stroke: ink, strokeWidth: 1, layer: .furniture(.scale))))
        }
        let label = catalog.text(.scaleKilometres, ["value": catalog.number(kilometres, decimals: 1)])
        items.append(
            kit.text(
                "0", x: barX - kit.measure("0", "regular", size).advance / 2, baseline: barY - 4 * k, size: size,
                color: ink, part: .scale))
        items.append(
            kit.text(
                label, x: barX + barWidth - kit.measure(label, "regular", size).advance / 2, baseline: barY - 4 * k,
                size: size, color: ink, part: .scale))
        let arrowX = box.maxX - 18 * k, arrowTop = box.minY + 8 * k
        let arrow = [
            PixelPoint(x: arrowX, y: arrowTop), PixelPoint(x: arrowX + 7 * k, y: arrowTop + 24 * k),
            PixelPoint(x: arrowX, y: arrowTop + 19 * k),
            PixelPoint(x: arrowX - 7 * k, y: arrowTop + 24 * k), PixelPoint(x: arrowX, y: arrowTop),
        ]
        items.append(.fill(.init(polygons: [[arrow]], color: ink, layer: .furniture(.north))))
        let north = catalog.text(.northLetter)
        items.append(
            kit.text(
                north, x: arrowX - kit.measure(north, "bold", size).advance / 2, baseline: arrowTop + 36 * k,
                role: "bold", size: size, color: ink, part: .north))
        return (items, box, ScaleBarSize(kilometres: kilometres, pixels: barWidth))
    }
}
