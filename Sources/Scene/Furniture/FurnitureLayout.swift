import Chronology
import GeoJSON
import Localization
import Style

/// Everything the map furniture shows, worked out before it is laid out.
struct FurnitureInput {
    let frame: MapFrame
    let title: String
    let subtitle: String
    var legend: [LegendLine]
    let drawsLegend: Bool
    /// The line under the legend saying which names labels show.
    let namesLine: String
    let eventsHeading: String
    let eventRows: [EventRow]
    /// The footer's sources line (wrapped to two lines) and data line.
    let sources: String
    let dataLine: String
    let inset: LocatorInset.Input?
}

/// One row of the events panel.
struct EventRow {
    var number: String
    var when: String
    var title: String
    var isRecent: Bool
    var symbol: EventSymbols.Symbol
}

/// Lays out the map furniture: title and subtitle, footer, locator inset, legend (built from what is drawn), the
/// list of the day's events, scale bar and north arrow. Each piece has a box that labels must keep out of.
struct FurnitureLayout {
    struct Output {
        var items: [SceneItem] = []
        var boxes: [String: PixelRect] = [:]
        var scaleBar: ScaleBarSize?
    }

    let input: FurnitureInput
    let kit: FurnitureKit
    let catalog: Catalog

    func build() -> Output {
        var output = Output()
        header(into: &output)
        footer(into: &output)
        if let inset = input.inset {
            let placed = LocatorInset(kit: kit, frame: input.frame).layout(inset)
            output.items += placed.items
            output.boxes["inset"] = placed.box
        }
        var legendBox: PixelRect?
        if input.drawsLegend, !input.legend.isEmpty {
            let placed = LegendPanel(kit: kit, frame: input.frame).layout(input.legend, namesLine: input.namesLine)
            output.items += placed.items
            output.boxes["legend"] = placed.box
            legendBox = placed.box
        }
        let eventsPanel = EventsPanel(kit: kit, frame: input.frame, catalog: catalog)
        let events = eventsPanel.layout(
            input.eventRows, heading: input.eventsHeading,
            rightLimit: (legendBox?.minX ?? input.frame.width) - kit.padding)
        if let events {
            output.items += events.items
            output.boxes["events"] = events.box
        }
        let scale = ScaleBar(kit: kit, frame: input.frame, catalog: catalog).layout(above: events?.box)
        output.items += scale.items
        output.boxes["scale"] = scale.box
        output.scaleBar = scale.size
        return output
    }

    func header(into output: inout Output) {
        let frame = input.frame, k = kit.scale
        let titleSize = kit.style.titleSize * k, subtitleSize = kit.style.subtitleSize * k
        let band = PixelRect(x: 0, y: 0, width: frame.width, height: frame.headerHeight)
        output.items.append(kit.panel(band, border: false, name: "band"))
        output.boxes["header"] = band
        output.items.append(
            .stroke(
                .init(
                    paths: [
                        [PixelPoint(x: 0, y: frame.headerHeight), PixelPoint(x: frame.width, y: frame.headerHeight)]
                    ],
                    color: kit.style.panelBorderColor, width: 1, roundCaps: false, layerID: "furniture:header")))
        var baseline = kit.padding + titleSize * 0.95
        output.items.append(
            kit.text(
                input.title, x: kit.padding * 1.5, baseline: baseline, role: "bold", size: titleSize,
                color: kit.style.textColor, name: "title"))
        baseline += titleSize * 0.45
        for line in kit.wrap(
            input.subtitle, role: "regular", size: subtitleSize, maxWidth: frame.width - kit.padding * 3, maxLines: 2)
        {
            baseline += subtitleSize * 1.35
            output.items.append(
                kit.text(
                    line, x: kit.padding * 1.5, baseline: baseline, size: subtitleSize, color: kit.style.mutedTextColor,
                    name: "subtitle"))
        }
    }

    func footer(into output: inout Output) {
        let frame = input.frame
        let size = kit.style.footerSize * kit.scale
        let top = frame.height - frame.footerHeight
        let band = PixelRect(x: 0, y: top, width: frame.width, height: frame.footerHeight)
        output.items.append(kit.panel(band, border: false, name: "band"))
        output.boxes["footer"] = band
        output.items.append(
            .stroke(
                .init(
                    paths: [[PixelPoint(x: 0, y: top), PixelPoint(x: frame.width, y: top)]],
                    color: kit.style.panelBorderColor, width: 1,
                    roundCaps: false, layerID: "furniture:footer")))
        var baseline = top + size * 1.45
        for line in kit.wrap(
            input.sources, role: "regular", size: size, maxWidth: frame.width - kit.padding * 3, maxLines: 2)
        {
            output.items.append(
                kit.text(
                    line, x: kit.padding * 1.5, baseline: baseline, size: size, color: kit.style.mutedTextColor,
                    name: "attribution"))
            baseline += size * 1.35
        }
        output.items.append(
            kit.text(
                input.dataLine, x: kit.padding * 1.5, baseline: baseline, size: size, color: kit.style.mutedTextColor,
                name: "attribution"))
    }
}
