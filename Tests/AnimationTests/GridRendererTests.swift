import Chronology
import Description
import Foundation
import GeoJSON
import Localization
import Render
import Scene
import Testing
import _ChronomapTestSupport

@testable import Animation

/// Small multiples as a reader compares them: one extent and one scale, every panel titled with its day, nothing
/// over anything else, one legend, and the alt text.
@Suite struct GridRendererTests {
    static let days = FixtureRegion.keyDates

    static func grid(language: String = "en", columns: Int = 2) throws -> GridRenderer.Grid {
        try GridRenderer(renderer: FixtureMap.renderer.get()).grid(
            FixtureRegion.dataset.get(), days: days.map { try Day(iso: $0) }, columns: columns,
            options: SceneOptions(width: 1600, height: 1200, catalog: try Catalog(language: language)),
            eventsWindowDays: 3)
    }

    @Test func everyPanelSharesOneExtentAndScale() throws {
        let grid = try Self.grid()
        #expect(grid.panels.count == Self.days.count)
        let first = try #require(grid.panels.first?.scene.viewport)
        for (scene, _) in grid.panels {
            #expect(scene.viewport.box == first.box)
            #expect(scene.width == grid.panels[0].scene.width && scene.height == grid.panels[0].scene.height)
        }
    }

    /// Panels, captions, the legend and the footer each keep to their own ground.
    @Test func nothingCoversAnythingElse() throws {
        for columns in [1, 2, 4] {
            let grid = try Self.grid(columns: columns)
            let panels = grid.panels.map {
                PixelRect(x: $0.origin.x, y: $0.origin.y, width: $0.scene.width, height: $0.scene.height)
            }
            let texts = grid.frame.items.compactMap { item -> (String, PixelRect)? in
                guard case .text(let text) = item else { return nil }
                return (text.string, text.box)
            }
            #expect(texts.count > 10)
            for (index, panel) in panels.enumerated() {
                #expect(panel.maxX <= grid.frame.width && panel.maxY <= grid.frame.height)
                for other in panels[(index + 1)...] { #expect(!panel.intersects(other)) }
                for (string, box) in texts { #expect(!panel.intersects(box), "\"\(string)\" is on panel \(index)") }
            }
            for (index, (string, box)) in texts.enumerated() {
                #expect(box.x >= 0 && box.maxX <= grid.frame.width && box.maxY <= grid.frame.height, "\(string)")
                for (other, otherBox) in texts[(index + 1)...] {
                    #expect(!box.intersects(otherBox), "\"\(string)\" covers \"\(other)\" with \(columns) columns")
                }
            }
        }
    }

    @Test func eachPanelIsTitledWithItsDate() throws {
        let strings = Self.strings(try Self.grid())
        for date in ["1 February 2024", "6 March 2024", "2 May 2024", "1 June 2024"] {
            #expect(strings.contains(date))
        }
        let russian = Self.strings(try Self.grid(language: "ru"))
        #expect(russian.contains("1 февраля 2024") && russian.contains("1 июня 2024"))
    }

    /// No panel numbers its event icons: no list under it would say what the numbers are.
    @Test func eventIconsCarryNoNumbers() throws {
        let icons = try Self.grid().panels.flatMap { panel in
            panel.scene.items.compactMap { item -> SceneItem.Icon? in
                if case .icon(let icon) = item { icon } else { nil }
            }
        }
        #expect(!icons.isEmpty)
        #expect(icons.allSatisfy { $0.badge == nil })
    }

    @Test func thePDFAndItsAltText() throws {
        let folder = try TestPaths.makeScratchFolder()
        let path = folder.appendingPathComponent("grid.pdf").path
        try GridWriter(renderer: FixtureMap.renderer.get()).write(try Self.grid(), to: path, format: .pdf)
        let text = try ExternalTool.output("/usr/bin/pdftotext", [path, "-"]).output
        for expected in [
            "1 February 2024", "1 June 2024", "Highland Council forces", "data as of 31 December 2024",
        ] {
            #expect(text.contains(expected), "\(expected)")
        }
        let short = try String(contentsOfFile: path + ".txt", encoding: .utf8)
        #expect(short.hasPrefix("4 maps of Marrowdale side by side on one extent and scale, 2 to a row"))
        #expect(AltText.wordCount(short) < AltText.shortWordLimit)
        let png = folder.appendingPathComponent("grid.png").path
        try GridWriter(renderer: FixtureMap.renderer.get()).write(try Self.grid(), to: png, format: .png)
        let chunks = try PNGChunks(Data(contentsOf: URL(fileURLWithPath: png)))
        #expect(
            chunks.text["Description"].map { $0 + "\n" } == (try String(contentsOfFile: png + ".txt", encoding: .utf8)))
        #expect(chunks.size?.width == 1600 && chunks.size?.height == 1200)
    }

    /// The panels take the shape Web Mercator gives a box, cut at its limit latitude as the maps are: there the
    /// projected world is square (y = π), so 10° of longitude (π/18) over 0° to the pole is 1/18 as wide as high.
    @Test func aBoxReachingThePoleIsShapedAsTheMapsCutIt() {
        let box = BoundingBox(
            southWest: Position(longitude: 0, latitude: 0), northEast: Position(longitude: 10, latitude: 90))
        #expect(abs(GridRenderer.aspect(of: box) - 1.0 / 18) < 1e-9)
    }

    static func strings(_ grid: GridRenderer.Grid) -> [String] {
        grid.frame.items.compactMap { item in
            guard case .text(let text) = item else { return nil }
            return text.string
        }
    }
}
