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
    /// Events beyond the map body near enough for an arrow at its edge.
    var pointers: [EdgePointers.Target] = []
    /// What of the map the panels would hide, to choose their corners (landscape); nil keeps the usual corners.
    var ink: CoveredInk?
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
        /// The height the band under the map needs to show every event row (portrait and square layouts).
        var neededPanelsHeight: Double?
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
        if input.frame.layout.isStacked {
            PanelBand(input: input, kit: kit, catalog: catalog).layout(into: &output)
        } else {
            corners(into: &output)
        }
        EdgePointers(kit: kit, frame: input.frame).layout(input.pointers, into: &output)
        return output
    }

    /// Legend bottom right, events bottom left and the scale bar above them, over the map (landscape).
    func corners(into output: inout Output) {
        var legendBox: PixelRect?
        if input.drawsLegend, !input.legend.isEmpty {
            let placed = LegendPanel(kit: kit, frame: input.frame).layout(input.legend, namesLine: input.namesLine)
            output.items += placed.items
            output.boxes["legend"] = placed.box
            legendBox = placed.box
        }
        let events = eventsPanel(besideLegend: legendBox, inset: output.boxes["inset"])
        if let events {
            output.items += events.panel.items
            output.boxes["events"] = events.panel.box
        }
        let scale = ScaleBar(kit: kit, frame: input.frame, catalog: catalog).layout(
            above: events?.isAtTop == false ? events?.panel.box : nil)
        output.items += scale.items
        output.boxes["scale"] = scale.box
        output.scaleBar = scale.size
    }

    /// The events panel bottom left, or top left under the header when that is a clear gain: it hides less than half
    /// the zones and markers there, and either a zone piece fewer or a tenth of the panel's own area less. Maps of a
    /// series then do not switch corners on a few pixels.
    func eventsPanel(
        besideLegend legendBox: PixelRect?, inset: PixelRect?
    ) -> (panel: (items: [SceneItem], box: PixelRect), isAtTop: Bool)? {
        let panel = EventsPanel(kit: kit, frame: input.frame, catalog: catalog)
        let padding = kit.padding
        guard
            let bottom = panel.layout(
                input.eventRows, heading: input.eventsHeading,
                rightLimit: (legendBox?.minX ?? input.frame.width) - padding)
        else { return nil }
        guard let ink = input.ink,
            let top = panel.layout(
                input.eventRows, heading: input.eventsHeading,
                rightLimit: (inset?.minX ?? input.frame.width) - padding, top: input.frame.headerHeight + padding)
        else { return (bottom, false) }
        // The scale bar keeps the bottom left corner, under a panel at the top, with a padding between them.
        let room = input.frame.height - input.frame.footerHeight - 2 * padding - ScaleBar.height(scale: kit.scale)
        let hiddenBelow = ink.hidden(by: bottom.box), hiddenAbove = ink.hidden(by: top.box)
        let hidesAPiece = ink.piecesMostlyHidden(by: bottom.box) > ink.piecesMostlyHidden(by: top.box)
        let isClearGain =
            hiddenAbove < hiddenBelow / 2
            && (hidesAPiece || hiddenBelow - hiddenAbove > bottom.box.width * bottom.box.height / 10)
        return top.box.maxY <= room && isClearGain ? (top, true) : (bottom, false)
    }

    func header(into output: inout Output) {
        let frame = input.frame, k = kit.scale
        let titleSize = kit.style.titleSize * k, subtitleSize = kit.style.subtitleSize * k
        let band = PixelRect(x: 0, y: 0, width: frame.width, height: frame.headerHeight)
        output.items.append(kit.panel(band, border: false, opaque: true, part: .band))
        output.boxes["header"] = band
        output.items.append(
            .stroke(
                .init(
                    paths: [
                        [PixelPoint(x: 0, y: frame.headerHeight), PixelPoint(x: frame.width, y: frame.headerHeight)]
                    ],
                    color: kit.style.panelBorderColor, width: 1, roundCaps: false, layer: .furniture(.header))))
        var baseline = kit.padding + titleSize * 0.95
        let titleLines =
            frame.layout.isStacked
            ? kit.wrap(
                input.title, role: "bold", size: titleSize, maxWidth: frame.width - kit.padding * 3,
                maxLines: frame.lines.title) : [input.title]
        for (index, line) in titleLines.enumerated() {
            if index > 0 { baseline += titleSize * 1.15 }
            output.items.append(
                kit.text(
                    line, x: kit.padding * 1.5, baseline: baseline, role: "bold", size: titleSize,
                    color: kit.style.textColor, part: .title))
        }
        baseline += titleSize * 0.45
        for line in kit.wrap(
            input.subtitle, role: "regular", size: subtitleSize, maxWidth: frame.width - kit.padding * 3,
            maxLines: frame.lines.subtitle)
        {
            baseline += subtitleSize * 1.35
            output.items.append(
                kit.text(
                    line, x: kit.padding * 1.5, baseline: baseline, size: subtitleSize, color: kit.style.mutedTextColor,
                    part: .subtitle))
        }
    }

    /// The lines header and footer take in a layout: in landscape one title line, two subtitle lines, two lines of
    /// sources and one data line are kept whatever they hold; portrait and square, whose type is larger, wrap the
    /// title to two lines, the subtitle to three or two, the sources (never cut short) to three and the data line to
    /// two.
    static func textLines(
        title: String, subtitle: String, sources: String, dataLine: String, kit: FurnitureKit, width: Double,
        layout: MapLayout
    ) -> MapFrame.TextLines {
        guard layout.isStacked else { return MapFrame.TextLines() }
        let maxWidth = width - kit.padding * 3, style = kit.style
        func count(_ text: String, _ role: String, _ size: Double, _ maxLines: Int) -> Int {
            max(1, kit.wrap(text, role: role, size: size * kit.scale, maxWidth: maxWidth, maxLines: maxLines).count)
        }
        return MapFrame.TextLines(
            title: count(title, "bold", style.titleSize, 2),
            subtitle: kit.wrap(
                subtitle, role: "regular", size: style.subtitleSize * kit.scale, maxWidth: maxWidth,
                maxLines: layout == .portrait ? 3 : 2
            ).count,
            sources: count(sources, "regular", style.footerSize, layout.sourcesLines),
            data: count(dataLine, "regular", style.footerSize, 2))
    }

    func footer(into output: inout Output) {
        let frame = input.frame
        let size = kit.style.footerSize * kit.scale
        let top = frame.height - frame.footerHeight
        let band = PixelRect(x: 0, y: top, width: frame.width, height: frame.footerHeight)
        output.items.append(kit.panel(band, border: false, opaque: true, part: .band))
        output.boxes["footer"] = band
        output.items.append(
            .stroke(
                .init(
                    paths: [[PixelPoint(x: 0, y: top), PixelPoint(x: frame.width, y: top)]],
                    color: kit.style.panelBorderColor, width: 1,
                    roundCaps: false, layer: .furniture(.footer))))
        var baseline = top + size * 1.45
        for line in kit.wrap(
            input.sources, role: "regular", size: size, maxWidth: frame.width - kit.padding * 3,
            maxLines: frame.lines.sources)
        {
            output.items.append(
                kit.text(
                    line, x: kit.padding * 1.5, baseline: baseline, size: size, color: kit.style.mutedTextColor,
                    part: .attribution))
            baseline += size * 1.35
        }
        // Landscape keeps the data line whole on one line; a stacked layout's larger type wraps it.
        let dataLines =
            frame.layout.isStacked
            ? kit.wrap(
                input.dataLine, role: "regular", size: size, maxWidth: frame.width - kit.padding * 3,
                maxLines: frame.lines.data) : [input.dataLine]
        for line in dataLines {
            output.items.append(
                kit.text(
                    line, x: kit.padding * 1.5, baseline: baseline, size: size, color: kit.style.mutedTextColor,
                    part: .attribution))
            baseline += size * 1.35
        }
    }
}
