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
        let scene = try MapFixture.scene("2023-09-19", options: SceneOptions(width: 1000, height: 750))
        try DocumentMapWriter(renderer: MapFixture.renderer.get()).write(scene, to: path, format: .pdf)
        let (status, text) = try ExternalTool.output("/usr/bin/pdftotext", ["-layout", path, "-"])
        #expect(status == 0)
        #expect(text.contains("Nagorno-Karabakh — 19 September 2023"))
        #expect(text.contains("ethnic Armenian forces"))
        #expect(text.contains("Stepanakert / Khankendi"))
        let info = try ExternalTool.output("/usr/bin/pdfinfo", [path]).output
        #expect(info.contains("Title:") && info.contains("19 September 2023"))
    }

    @Test func svgIsDeterministic() throws {
        let scene = try MapFixture.scene("2020-11-10", options: SceneOptions(width: 500, height: 400))
        let writer = DocumentMapWriter(renderer: try MapFixture.renderer.get())
        let first = try writer.data(of: scene, format: .svg), second = try writer.data(of: scene, format: .svg)
        #expect(first == second)
        #expect(String(decoding: first.prefix(200), as: UTF8.self).contains("<svg"))
    }
}
