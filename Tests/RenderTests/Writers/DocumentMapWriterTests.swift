import Canvas
import Foundation
import Render
import Scene
import Testing
import _ChronomapTestSupport

@Suite struct DocumentMapWriterTests {
    /// pdftotext (poppler) reads the map's words back out of the PDF: text stays text.
    @Test func pdfKeepsTheTitleAndLegendAsText() throws {
        let folder = try TestPaths.makeScratchFolder()
        let path = folder.appendingPathComponent("map.pdf").path
        let scene = try FixtureMap.scene("2024-05-02", options: SceneOptions(width: 1000, height: 750))
        try DocumentMapWriter(renderer: FixtureMap.renderer.get()).write(scene, to: path, format: .pdf)
        let (status, text) = try ExternalTool.output("/usr/bin/pdftotext", ["-layout", path, "-"])
        #expect(status == 0)
        #expect(text.contains("Marrowdale — 2 May 2024"))
        #expect(text.contains("Highland Council forces"))
        // A disputed place under both its names (the fixture's `name:en` / `alt_name:en`).
        #expect(text.contains("Saltmere / Salzmoor"))
        let info = try ExternalTool.output("/usr/bin/pdfinfo", [path]).output
        #expect(info.contains("Title:") && info.contains("2 May 2024"))
    }

    @Test func svgIsDeterministic() throws {
        let scene = try FixtureMap.scene("2024-03-06", options: SceneOptions(width: 500, height: 400))
        let writer = DocumentMapWriter(renderer: try FixtureMap.renderer.get())
        let first = try writer.data(of: scene, format: .svg), second = try writer.data(of: scene, format: .svg)
        #expect(first == second)
        #expect(String(decoding: first.prefix(200), as: UTF8.self).contains("<svg"))
    }
}
