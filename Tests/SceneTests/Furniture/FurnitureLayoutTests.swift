import Localization
import Style
import Testing

@testable import Scene

/// The furniture of a 1600 x 1200 map (furniture scale 1, padding 12), measured with fixed advances.
@Suite struct FurnitureLayoutTests {
    static var frame: MapFrame { SceneFixture.frame(drawsFurniture: true) }
    static var kit: FurnitureKit { FurnitureKit(measurer: FixedAdvanceMeasurer(), style: .standard, scale: 1) }

    static func line(_ label: String) -> LegendLine {
        LegendLine(group: .places, groupTitle: "Places", label: label, swatch: .none, layerID: label)
    }

    static func input(legend: [LegendLine] = [], drawsLegend: Bool = true, events: Int = 0) -> FurnitureInput {
        let symbol = EventSymbols.Symbol(kind: "mine", glyph: "M", color: .black)
        return FurnitureInput(
            frame: frame, title: "Fixture land", subtitle: "A subtitle", legend: legend, drawsLegend: drawsLegend,
            namesLine: "Names", eventsHeading: "Events",
            eventRows: (0..<events).map {
                EventRow(number: String($0 + 1), when: "1 May", title: "Event \($0)", isRecent: false, symbol: symbol)
            },
            sources: "Fixture sources", dataLine: "Data line", inset: nil)
    }

    static func layout(_ input: FurnitureInput) -> FurnitureLayout.Output {
        FurnitureLayout(input: input, kit: kit, catalog: .english).build()
    }

    /// Header and footer span the width, as tall as the frame keeps for them; the scale bar is always there.
    @Test func headerFooterAndScaleBar() {
        let output = Self.layout(Self.input())
        #expect(output.boxes.keys.sorted() == ["footer", "header", "scale"])
        #expect(output.boxes["header"] == PixelRect(x: 0, y: 0, width: 1600, height: Self.frame.headerHeight))
        #expect(
            output.boxes["footer"]
                == PixelRect(x: 0, y: 1200 - Self.frame.footerHeight, width: 1600, height: Self.frame.footerHeight))
        #expect(output.scaleBar != nil)
        let titles = output.items.compactMap { item -> SceneItem.Text? in
            if case .text(let text) = item, text.layer == .furniture(.title) { text } else { nil }
        }
        // One title line, 1.5 paddings from the left edge.
        #expect(titles.map(\.string) == ["Fixture land"])
        #expect(titles.map(\.origin.x) == [18])
    }

    /// The map runs on under the header and footer, so their bands hide it: the panel colour at full opacity. The
    /// legend over the map keeps the style's see-through panel colour (0.93 in the standard style).
    @Test func headerAndFooterBandsAreOpaque() throws {
        let output = Self.layout(Self.input(legend: [Self.line("Town")]))
        let fills = output.items.compactMap { item -> (FurniturePart, StyleColor)? in
            guard case .rect(let rect) = item, case .furniture(let part) = rect.layer, let fill = rect.fill else {
                return nil
            }
            return (part, fill)
        }
        let bands = fills.filter { $0.0 == .band }
        #expect(bands.count == 2)
        #expect(bands.allSatisfy { $0.1.alpha == 1 })
        let legend = try #require(fills.first { $0.0 == .legend })
        #expect(legend.1.alpha == 0.93)
    }

    @Test func theLegendIsDrawnWhenItHasLinesAndIsWanted() throws {
        #expect(Self.layout(Self.input(legend: [], drawsLegend: true)).boxes["legend"] == nil)
        #expect(Self.layout(Self.input(legend: [Self.line("Town")], drawsLegend: false)).boxes["legend"] == nil)
        let legend = try #require(Self.layout(Self.input(legend: [Self.line("Town")])).boxes["legend"])
        // Inside the map, between header and footer.
        #expect(legend.minY >= Self.frame.headerHeight && legend.maxY <= 1200 - Self.frame.footerHeight)
        #expect(legend.minX > 0 && legend.maxX <= 1600)
    }

    /// The events panel stops a padding short of the legend.
    @Test func theEventsPanelKeepsLeftOfTheLegend() throws {
        let output = Self.layout(Self.input(legend: [Self.line("Town")], events: 2))
        let legend = try #require(output.boxes["legend"]), events = try #require(output.boxes["events"])
        #expect(events.maxX <= legend.minX - 12)
        #expect(events.minX >= 0)
    }

    /// The events panel goes top left, under the header, when at the bottom it would hide a zone piece that the
    /// top leaves clear; with nothing to hide, or as much hidden above, it stays bottom left. The scale bar keeps
    /// the bottom left corner either way.
    @Test func theEventsPanelMovesUpWhenItWouldHideAZonePiece() throws {
        func events(_ ink: CoveredInk?) throws -> (events: PixelRect, scale: PixelRect) {
            var input = Self.input(events: 3)
            input.ink = ink
            let output = Self.layout(input)
            return (try #require(output.boxes["events"]), try #require(output.boxes["scale"]))
        }
        let plain = try events(nil)
        #expect(plain.events.maxY == 1200 - Self.frame.footerHeight - 12)
        // A 40 px piece in the bottom left corner, under the panel.
        let corner = CoveredInkTests.square(30, plain.events.minY + 20, 40)
        let moved = try events(CoveredInk(zoneFills: [[corner]], markers: [], symbolScale: 1))
        #expect(moved.events.minY == Self.frame.headerHeight + 12)
        #expect(moved.scale.maxY == 1200 - Self.frame.footerHeight - 12)
        #expect(!moved.events.intersects(moved.scale))
        // The same piece above as well: no gain, no move.
        let above = CoveredInkTests.square(30, Self.frame.headerHeight + 30, 40)
        let kept = try events(CoveredInk(zoneFills: [[corner], [above]], markers: [], symbolScale: 1))
        #expect(kept.events == plain.events)
    }
}
