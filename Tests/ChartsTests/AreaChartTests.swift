import Canvas
import Charts
import Chronology
import Description
import Foundation
import Localization
import Render
import Scene
import Testing
import _ChronomapTestSupport

/// The chart as a reader sees it: no text over text, nothing off the edge, the legend in the colours of the areas
/// and of the map, the sides named as the data set names them, and the outputs with their alt text.
@Suite struct AreaChartTests {
    static func chart(
        from: String, to: String, language: String = "en", width: Double = 1200, height: Double = 675,
        timeScale: ChartTimeScale = .linear
    )
        throws -> AreaChart
    {
        let dataset = try FixtureRegion.dataset.get()
        let renderer = try FixtureMap.renderer.get()
        let series = try AreaSeries.compute(dataset, over: Day(iso: from)...Day(iso: to))
        return AreaChart(
            series: series, events: dataset.features(in: .events), style: renderer.style,
            catalog: try Catalog(language: language), measurer: renderer.measurer, width: width, height: height,
            timeScale: timeScale)
    }

    static let ranges = [("2024-01-01", "2024-12-31"), ("2024-02-01", "2024-06-01"), ("2024-04-01", "2024-05-31")]

    @Test(arguments: ranges)
    func noTextCoversOtherTextOrLeavesTheImage(from: String, to: String) throws {
        let sizes = [(1200.0, 675.0), (800.0, 450.0), (1600.0, 1200.0)]
        let cases = sizes.flatMap { size in [ChartTimeScale.linear, .compressed].map { (size, $0) } }
        for ((width, height), timeScale) in cases {
            let scene = try Self.chart(from: from, to: to, width: width, height: height, timeScale: timeScale).scene()
            let boxes = scene.items.compactMap { item -> (String, PixelRect)? in
                guard case .text(let text) = item else { return nil }
                return (text.string, text.box)
            }
            #expect(boxes.count > 20)
            // Event discs: no text but their own number on them.
            let discs = scene.items.compactMap { item -> PixelRect? in
                guard case .circle(let disc) = item else { return nil }
                return PixelRect(
                    x: disc.center.x - disc.radius, y: disc.center.y - disc.radius, width: disc.radius * 2,
                    height: disc.radius * 2)
            }
            #expect(!discs.isEmpty)
            let numbers = Set(
                scene.items.compactMap { item -> String? in
                    guard case .text(let text) = item, text.layer == .style("chart:marker") else { return nil }
                    return text.string
                })
            for disc in discs {
                for (string, box) in boxes where !numbers.contains(string) {
                    #expect(!disc.intersects(box.insetBy(1)), "\"\(string)\" is under an event disc")
                }
            }
            for (index, (string, box)) in boxes.enumerated() {
                #expect(box.x >= 0 && box.y >= 0 && box.maxX <= width && box.maxY <= height, "\(string) at \(box)")
                for (other, otherBox) in boxes[(index + 1)...] {
                    #expect(!box.insetBy(1).intersects(otherBox.insetBy(1)), "\"\(string)\" covers \"\(other)\"")
                }
            }
        }
    }

    /// The legend names the data set's parties that held ground, in its wording; the side holding the rest of the
    /// study area (`labelled: false`) is not plotted and the footer says why.
    @Test func theLegendNamesThePlottedSidesAndTheFooterTheOthers() throws {
        let chart = try Self.chart(from: "2024-01-01", to: "2024-12-31")
        // The fixture's interval start_date:edtf of May 2024 puts ground under `transition` (changing hands).
        #expect(chart.plotted.map(\.id) == ["highland", "coast", "contested", "transition"])
        #expect(chart.notPlotted.map(\.id) == ["delta"])
        let strings = Self.strings(chart.scene(), layer: "chart:legend")
        #expect(strings == ["Highland Council forces", "Coast League", "Contested", "Changing hands"])
        let footer = Self.strings(chart.scene(), layer: "chart:footer").joined(separator: " ")
        #expect(footer.hasPrefix("Not plotted: Delta Republic, holding the rest of the study area"))
        #expect(footer.contains("data as of 31 December 2024"))
        #expect(footer.contains("Sources: Marrowdale test data, made by hand"))
    }

    /// Over the fixture's spring the offensive, the capture and the ceasefire are marked, each listed with its date
    /// and whose claim it is (the parties' `authority` in the fixture's region.json).
    @Test func keyEventsAreMarkedAndListedWithTheirClaims() throws {
        let scene = try Self.chart(from: "2024-02-01", to: "2024-06-01").scene()
        let list = Self.strings(scene, layer: "chart:events").joined(separator: " ")
        #expect(list.contains("5 Mar 2024 · Coast League offensive on the Brackwater line"))
        #expect(list.contains("4 May 2024 · Ceasefire agreed in talks abroad"))
        #expect(list.contains("Saltmere (per the Highland Council; denied by the Coast League's command)"))
        let markers = scene.items.filter {
            if case .circle(let disc) = $0 { disc.layer == .style("chart:marker") } else { false }
        }
        #expect(markers.count >= 3)
    }

    /// The Highland Council's area is painted in its map colour (the fixture region.json's `color`, translucent over
    /// white), and so is its legend swatch.
    @Test func theLegendSwatchIsTheColourOfTheArea() throws {
        let chart = try Self.chart(from: "2024-01-01", to: "2024-12-31")
        let scene = chart.scene()
        let image = try FixtureMap.renderer.get().image(of: scene)
        let swatch = try #require(
            scene.items.compactMap { item -> PixelRect? in
                guard case .rect(let rect) = item, rect.layer == .style("chart:legend") else { return nil }
                return rect.rect
            }.first)
        let swatchColour = try image.pixel(x: Int(swatch.x + swatch.width / 2), y: Int(swatch.y + swatch.height - 3))
        // The area under the line in early May, halfway up.
        let line = try #require(
            scene.items.compactMap { item -> [PixelPoint]? in
                guard case .stroke(let stroke) = item, stroke.layer == .style("chart:line:highland") else { return nil }
                return stroke.paths.first
            }.first)
        let xs = line.map(\.x), ys = line.map(\.y)
        let middleX = xs.min()! + (xs.max()! - xs.min()!) * 0.35, top = ys.min()!
        let rules = scene.items.compactMap { item -> Double? in
            guard case .stroke(let stroke) = item, stroke.layer == .style("chart:grid") else { return nil }
            return stroke.paths.first?.first?.y
        }
        let baseline = try #require(rules.max())
        let areaColour = try image.pixel(x: Int(middleX), y: Int((top + baseline) / 2) + 7)
        let region = try Self.regionJSON()
        let parties = try #require(region["parties"] as? [[String: Any]])
        let highland = try #require(parties.first { $0["id"] as? String == "highland" }?["color"] as? String)
        let expected = try Color(hex: highland)
        for (got, party) in [(swatchColour, expected), (areaColour, expected)] {
            #expect(abs(got.red - (party.red * 0.45 + 0.55)) < 0.02, "\(got) against \(highland)")
            #expect(abs(got.green - (party.green * 0.45 + 0.55)) < 0.02)
            #expect(abs(got.blue - (party.blue * 0.45 + 0.55)) < 0.02)
        }
    }

    @Test func thePNGCarriesItsAltTextAndTheFilesBesideIt() throws {
        let folder = try TestPaths.makeScratchFolder()
        let path = folder.appendingPathComponent("areas.png").path
        let scene = try Self.chart(from: "2024-01-01", to: "2024-12-31").scene()
        try AreaChartWriter(renderer: FixtureMap.renderer.get()).write(scene, to: path, format: .png)
        let chunks = try PNGChunks(Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(chunks.size?.width == 1200 && chunks.size?.height == 675)
        let short = try String(contentsOfFile: path + ".txt", encoding: .utf8)
        #expect(chunks.text["Description"].map { $0 + "\n" } == short)
        #expect(AltText.wordCount(short) < AltText.shortWordLimit)
        #expect(short.hasPrefix("Step chart of the area held in Marrowdale from 1 January 2024 to 31 December 2024"))
        let long = try String(contentsOfFile: path + ".long.txt", encoding: .utf8)
        #expect(long.contains("5 March 2024: Highland Council forces"))
        #expect(chunks.text["Title"] == "Marrowdale: area held, 1 January 2024 to 31 December 2024")
    }

    /// For print: a PDF whose text is text (pdftotext reads the axis, the legend and the sources back).
    @Test func thePDFKeepsItsTextForPrint() throws {
        let folder = try TestPaths.makeScratchFolder()
        let path = folder.appendingPathComponent("areas.pdf").path
        let scene = try Self.chart(from: "2024-02-01", to: "2024-06-01").scene()
        try AreaChartWriter(renderer: FixtureMap.renderer.get()).write(scene, to: path, format: .pdf)
        let text = try ExternalTool.output("/usr/bin/pdftotext", ["-layout", path, "-"]).output
        for expected in ["Highland Council forces", "km²", "1 Feb", "data as of 31 December 2024", "Sources:"] {
            #expect(text.contains(expected), "\(expected) not in the PDF's text")
        }
        #expect(FileManager.default.fileExists(atPath: path + ".txt"))
        let svg = folder.appendingPathComponent("areas.svg").path
        try AreaChartWriter(renderer: FixtureMap.renderer.get()).write(scene, to: svg, format: .svg)
        let document = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(document.hasPrefix("<?xml") && document.contains("<svg") && document.hasSuffix("</svg>\n"))
    }

    @Test func russianChart() throws {
        let scene = try Self.chart(from: "2024-02-01", to: "2024-06-01", language: "ru").scene()
        #expect(scene.title == "Марроудейл: площадь под контролем, 1 февраля 2024 — 1 июня 2024")
        #expect(Self.strings(scene, layer: "chart:legend").first == "силы Горного совета")
        #expect(scene.metadata.altText?.short.hasPrefix("Ступенчатый график") == true)
    }

    static func strings(_ scene: Scene, layer: String) -> [String] {
        scene.items.compactMap { item in
            guard case .text(let text) = item, text.layer == .style(layer) else { return nil }
            return text.string
        }
    }

    static func regionJSON() throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: FixtureRegion.folder.get() + "/region.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }
}

extension PixelRect {
    /// The box shrunk by `amount` on every side (touching boxes do not count as covering each other).
    func insetBy(_ amount: Double) -> PixelRect {
        PixelRect(x: x + amount, y: y + amount, width: max(0, width - 2 * amount), height: max(0, height - 2 * amount))
    }
}
