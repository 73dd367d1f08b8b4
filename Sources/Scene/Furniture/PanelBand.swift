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
        let compact = frame.layout == .square
        let band = PixelRect(x: 0, y: frame.body.maxY, width: frame.width, height: frame.panelsHeight)
        output.items.append(kit.panel(band, border: false, name: "band"))
        output.items.append(
            .stroke(
                .init(
                    paths: [[PixelPoint(x: 0, y: band.minY), PixelPoint(x: frame.width, y: band.minY)]],
                    color: kit.style.panelBorderColor, width: 1, roundCaps: false, layerID: "furniture:band")))
        output.boxes["panels"] = band
        let width = band.width - padding * 2
        var top = band.minY + padding, needed = padding
        if input.drawsLegend, !input.legend.isEmpty {
            let legend = LegendColumns(kit: kit).layout(
                input.legend, compact: compact,
                origin: PixelPoint(x: padding, y: top), width: width)
            output.items += legend.items
            output.boxes["legend"] = legend.box
            top = legend.box.maxY + padding
            needed += legend.box.height + padding
        }
        if !input.eventRows.isEmpty {
            let panel = EventsPanel(kit: kit, frame: frame, catalog: catalog)
            let rows = input.eventRows, maxRows = compact ? Self.squareRows : EventsPanel.maximumRows
            let maxLines = compact ? 1 : 2
            needed +=
                panel.plan(
                    rows, left: padding, width: width, maxRows: maxRows, maxLines: maxLines, typeFactor: Self.typeFactor
                ).height + padding
            let plan = panel.plan(
                rows, left: padding, width: width, maxRows: maxRows, maxLines: maxLines,
                maxHeight: band.maxY - padding - top, typeFactor: Self.typeFactor)
            if !plan.shown.isEmpty {
                let box = PixelRect(x: padding, y: top, width: width, height: plan.height)
                output.items += panel.draw(plan, heading: input.eventsHeading, in: box)
                output.boxes["events"] = box
            }
        }
        output.neededPanelsHeight = needed
        let scale = ScaleBar(kit: kit, frame: frame, catalog: catalog).layout(above: band)
        output.items += scale.items
        output.boxes["scale"] = scale.box
        output.scaleBar = scale.size
    }
}
