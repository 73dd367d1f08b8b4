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
            // A square map's footer already carries the names line.
            let legend = LegendColumns(kit: kit).layout(
                input.legend, namesLine: compact ? "" : input.namesLine, compact: compact,
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
            needed += panel.plan(rows, left: padding, width: width, maxRows: maxRows, maxLines: maxLines).height + padding
            let plan = panel.plan(
                rows, left: padding, width: width, maxRows: maxRows, maxLines: maxLines,
                maxHeight: band.maxY - padding - top)
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
