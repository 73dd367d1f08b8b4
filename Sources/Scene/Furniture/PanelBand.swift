import Localization

/// The band under a portrait or square map: the legend across its width, then as many rows of the events list as
/// fit, and the scale bar over the map's lower left corner just above it. It says how tall it would need to be to
/// list every event row it may show, so that the scene can be laid out again with that band.
struct PanelBand {
    let input: FurnitureInput
    let kit: FurnitureKit
    let catalog: Catalog

    /// Event rows a square map lists; the rest are counted.
    static let squareRows = 4
    /// The band's type against the legend size over a landscape map: at a stacked layout's scale (1.4 at 1080 px
    /// wide) the legend's 12.5 px come out at 15.75 px (its event numbers, at 0.9 of that, at 14.2 px), over the 14 px a phone needs.
    static let typeFactor = 0.9

    func layout(into output: inout FurnitureLayout.Output) {
        let frame = input.frame, padding = kit.padding
        let band = PixelRect(x: 0, y: frame.body.maxY, width: frame.width, height: frame.panelsHeight)
        output.items.append(kit.panel(band, border: false, opaque: true, part: .band))
        output.items.append(
            .stroke(
                .init(
                    paths: [[PixelPoint(x: 0, y: band.minY), PixelPoint(x: frame.width, y: band.minY)]],
                    color: kit.style.panelBorderColor, width: 1, roundCaps: false, layer: .furniture(.band))))
        output.boxes["panels"] = band
        let width = band.width - padding * 2
        var needed = padding
        let panel = EventsPanel(kit: kit, frame: frame, catalog: catalog)
        let rows = input.eventRows, maxRows = frame.layout == .square ? Self.squareRows : EventsPanel.maximumRows
        // A title is never cut: its claim and any denial are part of it. A busy day lists fewer events instead, and
        // where not one would fit under the portrait legend, the legend goes compact (no headings, more columns).
        let maxLines = 4
        func arrange(compact: Bool) -> (legend: (items: [SceneItem], box: PixelRect)?, plan: EventsPanel.Plan?) {
            var top = band.minY + padding
            var legend: (items: [SceneItem], box: PixelRect)?
            if input.drawsLegend, !input.legend.isEmpty {
                legend = LegendColumns(kit: kit).layout(
                    input.legend, compact: compact, origin: PixelPoint(x: padding, y: top), width: width)
                top = (legend?.box.maxY ?? top) + padding
            }
            guard !rows.isEmpty else { return (legend, nil) }
            let plan = panel.plan(
                rows, left: padding, width: width, maxRows: maxRows, maxLines: maxLines,
                maxHeight: band.maxY - padding - top, typeFactor: Self.typeFactor)
            return (legend, plan)
        }
        let preferred = arrange(compact: frame.layout == .square)
        var arranged = preferred
        if frame.layout != .square, let plan = arranged.plan, plan.shown.isEmpty {
            arranged = arrange(compact: true)
        }
        // The height asked for is the preferred arrangement's, so that the next pass can draw it.
        if let legend = preferred.legend { needed += legend.box.height + padding }
        var top = band.minY + padding
        if let legend = arranged.legend {
            output.items += legend.items
            output.boxes["legend"] = legend.box
            top = legend.box.maxY + padding
        }
        if arranged.plan != nil {
            needed +=
                panel.plan(
                    rows, left: padding, width: width, maxRows: maxRows, maxLines: maxLines, typeFactor: Self.typeFactor
                ).height + padding
        }
        if let plan = arranged.plan, !plan.shown.isEmpty {
            let box = PixelRect(x: padding, y: top, width: width, height: plan.height)
            output.items += panel.draw(plan, heading: input.eventsHeading, in: box)
            output.boxes["events"] = box
        }
        output.neededPanelsHeight = needed
        let scale = ScaleBar(kit: kit, frame: frame, catalog: catalog).layout(above: band)
        output.items += scale.items
        output.boxes["scale"] = scale.box
        output.scaleBar = scale.size
    }
}
