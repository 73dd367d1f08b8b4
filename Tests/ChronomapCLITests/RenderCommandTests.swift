import Foundation
import Testing
import _ChronomapTestSupport

/// `chronomap render` as a user runs it, on the bundled data.
@Suite struct RenderCommandTests {
    let runner = CommandRunner()

    static func styleCopy(in folder: URL, replacing old: String, with new: String) throws -> String {
        let text = try String(
            contentsOf: TestPaths.packageRoot.appendingPathComponent("styles/default.json"), encoding: .utf8)
        #expect(text.contains(old))
        let path = folder.appendingPathComponent("style.json")
        try text.replacingOccurrences(of: old, with: new).write(to: path, atomically: true, encoding: .utf8)
        return path.path
    }

    @Test func writesThePNGWithItsGeoreference() throws {
        let folder = try TestPaths.makeScratchFolder()
        let out = folder.appendingPathComponent("map.png").path
        let outcome = try runner.run([
            "render", "--date", "2023-09-19", "--size", "640x480", "--out", out, "--data", TestPaths.bundledData,
            "--style", TestPaths.packageRoot.appendingPathComponent("styles/default.json").path,
        ])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["map.pgw", "map.png", "map.png.aux.xml", "map.png.long.txt", "map.png.txt"])
    }

    /// A preset gives the size (and the format for A4): read back from the PNG's header and by pdfinfo.
    @Test func presetsSetTheSizeAndFormat() throws {
        let folder = try TestPaths.makeScratchFolder()
        for (preset, width, height) in [("social-portrait", 1080, 1350), ("social-square", 1080, 1080)] {
            let out = folder.appendingPathComponent("\(preset).png").path
            let outcome = try runner.run([
                "render", "--date", "2023-09-19", "--preset", preset, "--out", out, "--data", TestPaths.bundledData,
            ])
            #expect(outcome.status == 0, "\(outcome.standardError)")
            let size = try #require(try PNGChunks(Data(contentsOf: URL(fileURLWithPath: out))).size)
            #expect(size.width == width && size.height == height)
        }
        let pdf = folder.appendingPathComponent("a4.pdf").path
        let outcome = try runner.run([
            "render", "--date", "2023-09-19", "--preset", "a4", "--out", pdf, "--data", TestPaths.bundledData,
        ])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let (status, info) = try ExternalTool.output("/usr/bin/pdfinfo", [pdf])
        #expect(status == 0)
        #expect(info.contains("595 x 842 pts (A4)"), "\(info)")
    }

    @Test func pdfKeepsTextAsText() throws {
        let folder = try TestPaths.makeScratchFolder()
        let out = folder.appendingPathComponent("map.pdf").path
        let outcome = try runner.run([
            "render", "--date", "2023-09-19", "--size", "640x480", "--out", out, "--data", TestPaths.bundledData,
        ])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let data = try Data(contentsOf: URL(fileURLWithPath: out))
        #expect(data.starts(with: Data("%PDF".utf8)))
        // pdftotext (poppler) reads the words back: the title (region.json's title and the day), a place the
        // data set names (places.geojson: Stepanakert, alt_name Khankendi) and a party's legend wording
        // (region.json's parties) are text in the file, not paths.
        let (status, layout) = try ExternalTool.output("/usr/bin/pdftotext", ["-layout", out, "-"])
        #expect(status == 0)
        // -layout pads with spaces to keep columns apart, sometimes inside a line of text: runs of spaces count as one.
        let text = layout.replacingOccurrences(of: " {2,}", with: " ", options: .regularExpression)
        #expect(text.contains("Nagorno-Karabakh \u{2014} 19 September 2023"), "\(text)")
        #expect(text.contains("Stepanakert / Khankendi"), "\(text)")
        #expect(text.contains("ethnic Armenian forces"), "\(text)")
        #expect(text.contains("Russian peacekeepers (2020 statement)"), "\(text)")
    }

    @Test(arguments: [
        (["--layers", "zones,roads"], "--layers: unknown layer \"roads\""),
        (["--size", "12x5"], "--size: \"12x5\" is not WIDTHxHEIGHT"),
        (["--bbox", "47,39,46,40"], "--bbox: 47,39,46,40 is inverted"),
        (["--bbox", "170,39,190,40"], "is outside the world"),
        (["--names", "ru"], "--names: \"ru\" is not one of the region's name languages: dual, en, az, hy"),
        (["--lang", "xx"], "--lang: no furniture catalog for \"xx\"; available: en, ru"),
        (["--format", "gif"], "--format: \"gif\" is not one of png, svg, pdf"),
        (["--layout", "diagonal"], "--layout: \"diagonal\" is not one of landscape, portrait, square"),
        (["--preset", "poster"], "--preset: \"poster\" is not one of social-portrait, social-square, slide, a4"),
        (["--preset", "social-square", "--size", "800x600"], "--size: 800x600 contradicts --preset social-square"),
        (["--preset", "slide", "--layout", "portrait"], "--layout: portrait contradicts --preset slide"),
        (["--preset", "a4"], "--out: png contradicts --preset a4, which writes pdf"),
    ])
    func badOptionsAreUsageErrorsAndWriteNothing(arguments: [String], message: String) throws {
        let folder = try TestPaths.makeScratchFolder()
        let outcome = try runner.run(
            [
                "render", "--date", "2023-09-19", "--out", folder.appendingPathComponent("m.png").path, "--data",
                TestPaths.bundledData,
            ] + arguments)
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains(message), "\(outcome.standardError)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func unknownStyleKeyIsNamedWithItsPath() throws {
        let folder = try TestPaths.makeScratchFolder()
        let style = try Self.styleCopy(
            in: folder, replacing: "\"fill-color\": \"#f6eda6\"", with: "\"fill-colour\": \"#f6eda6\"")
        let outcome = try runner.run([
            "render", "--date", "2023-09-19", "--style", style, "--out", folder.appendingPathComponent("m.png").path,
            "--data", TestPaths.bundledData,
        ])
        #expect(outcome.status == 65)
        #expect(outcome.standardError.contains("style.json: layers["))
        #expect(outcome.standardError.contains(".paint.fill-colour: unknown paint property \"fill-colour\""))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("m.png").path))
    }

    @Test func missingFontIsAnError() throws {
        let folder = try TestPaths.makeScratchFolder()
        let style = try Self.styleCopy(in: folder, replacing: "DejaVuSans-Bold.ttf", with: "NoSuchFont.ttf")
        let outcome = try runner.run([
            "render", "--date", "2023-09-19", "--style", style, "--out", folder.appendingPathComponent("m.png").path,
            "--data", TestPaths.bundledData,
        ])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("bold font"))
        #expect(outcome.standardError.contains("NoSuchFont.ttf"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("m.png").path))
    }
}

/// `chronomap compare` as a user runs it, on the bundled data.
@Suite struct CompareCommandTests {
    let runner = CommandRunner()

    @Test func printsJSONWithTheTotal() throws {
        let folder = try TestPaths.makeScratchFolder()
        let outcome = try runner.run([
            "compare", "--before", "2023-09-18", "--after", "2023-10-15", "--json", "--size", "400x300",
            "--out-dir", folder.path, "--data", TestPaths.bundledData,
        ])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let summary = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        let total = try #require(summary["total_km2"] as? Double)
        let changes = try #require(summary["changes"] as? [[String: Any]])
        #expect(!changes.isEmpty)
        #expect(abs(changes.compactMap { $0["area_km2"] as? Double }.reduce(0, +) - total) < 0.2)
        // The total against the published figures (2,800 to 3,170 km² held after November 2020: `held-after-2020` in
        // the published_areas of tools/data/nagorno_karabakh_facts.json),
        // with the change set's 10% slack, so a summary of zeros cannot pass.
        #expect(total > 2_800 * 0.9 && total < 3_170 * 1.1, "\(total)")
        #expect(changes.first?["from"] as? String == "artsakh" && changes.first?["to"] as? String == "azerbaijan")
    }

    @Test func beforeLaterThanAfterIsAUsageError() throws {
        let outcome = try runner.run([
            "compare", "--before", "2023-10-15", "--after", "2023-09-18", "--data", TestPaths.bundledData,
        ])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("--before: 2023-10-15 is later than --after 2023-09-18"))
    }
}
