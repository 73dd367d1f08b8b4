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
        let dataset = try BundledData.dataset.get()
        let renderer = try MapFixture.renderer.get()
        let series = try AreaSeries.compute(dataset, over: Day(iso: from)...Day(iso: to))
        return AreaChart(
            series: series, events: dataset.features(in: .events), style: renderer.style,
            catalog: try Catalog(language: language), measurer: renderer.measurer, width: width, height: height,
            timeScale: timeScale)
    }

    static let ranges = [("1994-05-12", "2026-11-30"), ("2020-09-27", "2020-11-10"), ("2023-09-01", "2024-01-31")]

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
                    guard case .text(let text) = item, text.layerID == "chart:marker" else { return nil }
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
        let chart = try Self.chart(from: "1994-05-12", to: "2026-11-30")
        // The data's interval start_date:edtf of September 2023 puts ground under `transition` (changing hands).
        #expect(chart.plotted.map(\.id) == ["artsakh", "peacekeepers", "contested", "transition"])
        #expect(chart.notPlotted.map(\.id) == ["azerbaijan"])
        let strings = Self.strings(chart.scene(), layer: "chart:legend")
        #expect(
            strings == [
                "ethnic Armenian forces", "Russian peacekeepers (2020 statement)", "Contested", "Changing hands",
            ])
        let footer = Self.strings(chart.scene(), layer: "chart:footer").joined(separator: " ")
        #expect(footer.hasPrefix("Not plotted: Azerbaijan, holding the rest of the study area"))
        #expect(footer.contains("data as of 7 December 2026"))
        #expect(footer.contains("Sources: Chronomap Nagorno-Karabakh data set"))
    }

    /// Over the 2020 war the start, the captures that moved the line most and the trilateral statement are marked,
    /// each listed with its date and whose claim it is.
    @Test func keyEventsAreMarkedAndListedWithTheirClaims() throws {
        let scene = try Self.chart(from: "2020-09-27", to: "2020-11-10").scene()
        let list = Self.strings(scene, layer: "chart:events").joined(separator: " ")
        #expect(list.contains("27 Sep 2020 · Second Nagorno-Karabakh War begins"))
        #expect(list.contains("10 Nov 2020 · Trilateral statement ends the war"))
        // Hadrut's claim of 9 Oct, contested until the BBC's and Bellingcat's geolocation (15 Oct), with the denial.
        #expect(list.contains("Hadrut (per the Azerbaijani authorities; denied by the ethnic Armenian authorities)"))
        let markers = scene.items.filter {
            if case .circle(let disc) = $0 { disc.layerID == "chart:marker" } else { false }
        }
        #expect(markers.count >= 6)
    }

    /// The area of ethnic Armenian forces before 2020 is painted in their map colour (region.json `color`,
    /// translucent over white), and so is their legend swatch.
    @Test func theLegendSwatchIsTheColourOfTheArea() throws {
        let chart = try Self.chart(from: "1994-05-12", to: "2026-11-30")
        let scene = chart.scene()
        let image = try MapFixture.renderer.get().image(of: scene)
        let swatch = try #require(
            scene.items.compactMap { item -> PixelRect? in
                guard case .rect(let rect) = item, rect.layerID == "chart:legend" else { return nil }
                return rect.rect
            }.first)
        let swatchColour = try image.pixel(x: Int(swatch.x + swatch.width / 2), y: Int(swatch.y + swatch.height - 3))
        // The area under the line on 1 January 2005, halfway up.
        let line = try #require(
            scene.items.compactMap { item -> [PixelPoint]? in
                guard case .stroke(let stroke) = item, stroke.layerID == "chart:line:artsakh" else { return nil }
                return stroke.paths.first
            }.first)
        let xs = line.map(\.x), ys = line.map(\.y)
        let middleX = xs.min()! + (xs.max()! - xs.min()!) * 0.35, top = ys.min()!
        let rules = scene.items.compactMap { item -> Double? in
            guard case .stroke(let stroke) = item, stroke.layerID == "chart:grid" else { return nil }
            return stroke.paths.first?.first?.y
        }
        let baseline = try #require(rules.max())
        let areaColour = try image.pixel(x: Int(middleX), y: Int((top + baseline) / 2) + 7)
        let region = try Self.regionJSON()
        let parties = try #require(region["parties"] as? [[String: Any]])
        let artsakh = try #require(parties.first { $0["id"] as? String == "artsakh" }?["color"] as? String)
        let expected = try Color(hex: artsakh)
        for (got, party) in [(swatchColour, expected), (areaColour, expected)] {
            #expect(abs(got.red - (party.red * 0.45 + 0.55)) < 0.02, "\(got) against \(artsakh)")
            #expect(abs(got.green - (party.green * 0.45 + 0.55)) < 0.02)
            #expect(abs(got.blue - (party.blue * 0.45 + 0.55)) < 0.02)
        }
    }

    @Test func thePNGCarriesItsAltTextAndTheFilesBesideIt() throws {
        let folder = try TestPaths.makeScratchFolder()
        let path = folder.appendingPathComponent("areas.png").path
        let scene = try Self.chart(from: "1994-05-12", to: "2026-11-30").scene()
        try AreaChartWriter(renderer: MapFixture.renderer.get()).write(scene, to: path, format: .png)
        let chunks = try PNGChunks(Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(chunks.size?.width == 1200 && chunks.size?.height == 675)
        let short = try String(contentsOfFile: path + ".txt", encoding: .utf8)
        #expect(chunks.text["Description"].map { $0 + "\n" } == short)
        #expect(AltText.wordCount(short) < AltText.shortWordLimit)
        #expect(short.hasPrefix("Step chart of the area held in Nagorno-Karabakh from 12 May 1994 to 30 November 2026"))
        let long = try String(contentsOfFile: path + ".long.txt", encoding: .utf8)
        #expect(long.contains("1 December 2020: ethnic Armenian forces"))
        #expect(chunks.text["Title"] == "Nagorno-Karabakh: area held, 12 May 1994 to 30 November 2026")
    }

    /// For print: a PDF whose text is text (pdftotext reads the axis, the legend and the sources back).
    @Test func thePDFKeepsItsTextForPrint() throws {
        let folder = try TestPaths.makeScratchFolder()
        let path = folder.appendingPathComponent("areas.pdf").path
        let scene = try Self.chart(from: "2020-09-27", to: "2020-11-10").scene()
        try AreaChartWriter(renderer: MapFixture.renderer.get()).write(scene, to: path, format: .pdf)
        let text = try ExternalTool.output("/usr/bin/pdftotext", ["-layout", path, "-"]).output
        for expected in ["ethnic Armenian forces", "km²", "27 Sep", "data as of 7 December 2026", "Sources:"] {
            #expect(text.contains(expected), "\(expected) not in the PDF's text")
        }
        #expect(FileManager.default.fileExists(atPath: path + ".txt"))
        let svg = folder.appendingPathComponent("areas.svg").path
        try AreaChartWriter(renderer: MapFixture.renderer.get()).write(scene, to: svg, format: .svg)
        let document = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(document.hasPrefix("<?xml") && document.contains("<svg") && document.hasSuffix("</svg>\n"))
    }

    @Test func russianChart() throws {
        let scene = try Self.chart(from: "2020-09-27", to: "2020-11-10", language: "ru").scene()
        #expect(scene.title == "Нагорный Карабах: площадь под контролем, 27 сентября 2020 — 10 ноября 2020")
        #expect(Self.strings(scene, layer: "chart:legend").first == "силы карабахских армян")
        #expect(scene.metadata.altText?.short.hasPrefix("Ступенчатый график") == true)
    }

    static func strings(_ scene: Scene, layer: String) -> [String] {
        scene.items.compactMap { item in
            guard case .text(let text) = item, text.layerID == layer else { return nil }
            return text.string
        }
    }

    static func regionJSON() throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: TestPaths.bundledData + "/region.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }
}

extension PixelRect {
    /// The box shrunk by `amount` on every side (touching boxes do not count as covering each other).
    func insetBy(_ amount: Double) -> PixelRect {
        PixelRect(x: x + amount, y: y + amount, width: max(0, width - 2 * amount), height: max(0, height - 2 * amount))
    }
}
