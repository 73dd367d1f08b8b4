import Foundation
import Testing
import _ChronomapTestSupport

/// `chronomap render` as a user runs it, on the fixture region (`FixtureRegion`).
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
            "render", "--date", "2024-03-06", "--size", "640x480", "--out", out, "--data", FixtureRegion.folder.get(),
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
                "render", "--date", "2024-03-06", "--preset", preset, "--out", out, "--data",
                FixtureRegion.folder.get(),
            ])
            #expect(outcome.status == 0, "\(outcome.standardError)")
            let size = try #require(try PNGChunks(Data(contentsOf: URL(fileURLWithPath: out))).size)
            #expect(size.width == width && size.height == height)
        }
        let pdf = folder.appendingPathComponent("a4.pdf").path
        let outcome = try runner.run([
            "render", "--date", "2024-03-06", "--preset", "a4", "--out", pdf, "--data", FixtureRegion.folder.get(),
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
            "render", "--date", "2024-03-06", "--size", "640x480", "--out", out, "--data", FixtureRegion.folder.get(),
        ])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let data = try Data(contentsOf: URL(fileURLWithPath: out))
        #expect(data.starts(with: Data("%PDF".utf8)))
        // pdftotext (poppler) reads the words back: the title (region.json's title and the day), a place the
        // data set names (places.geojson: Saltmere, alt_name Salzmoor) and the parties' legend wording
        // (region.json's parties) are text in the file, not paths.
        let (status, layout) = try ExternalTool.output("/usr/bin/pdftotext", ["-layout", out, "-"])
        #expect(status == 0)
        // -layout pads with spaces to keep columns apart, sometimes inside a line of text: runs of spaces count as one.
        let text = layout.replacingOccurrences(of: " {2,}", with: " ", options: .regularExpression)
        #expect(text.contains("Marrowdale \u{2014} 6 March 2024"), "\(text)")
        #expect(text.contains("Saltmere / Salzmoor"), "\(text)")
        #expect(text.contains("Highland Council forces"), "\(text)")
        #expect(text.contains("Delta Republic"), "\(text)")
    }

    @Test(arguments: [
        (["--layers", "zones,roads"], "--layers: unknown layer \"roads\""),
        (["--size", "12x5"], "--size: \"12x5\" is not WIDTHxHEIGHT"),
        (["--bbox", "47,39,46,40"], "--bbox: 47,39,46,40 is inverted"),
        (["--bbox", "170,39,190,40"], "is outside the world"),
        (["--names", "ru"], "--names: \"ru\" is not one of the region's name languages: dual, en, fr, de"),
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
                "render", "--date", "2024-03-06", "--out", folder.appendingPathComponent("m.png").path, "--data",
                FixtureRegion.folder.get(),
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
            "render", "--date", "2024-03-06", "--style", style, "--out", folder.appendingPathComponent("m.png").path,
            "--data", FixtureRegion.folder.get(),
        ])
        #expect(outcome.status == 65)
        #expect(outcome.standardError.contains("style.json: layers["))
        #expect(outcome.standardError.contains(".paint.fill-colour: unknown paint property \"fill-colour\""))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("m.png").path))
    }

    /// The style and the locator inset are read side by side with the data; when both the data and the style are
    /// broken, the data's error is the one reported.
    @Test func brokenDataIsReportedBeforeABrokenStyle() throws {
        let folder = try TestPaths.makeScratchFolder()
        let style = try Self.styleCopy(
            in: folder, replacing: "\"fill-color\": \"#f6eda6\"", with: "\"fill-colour\": \"#f6eda6\"")
        let data = try TestPaths.copyOfData(FixtureRegion.folder.get())
        let zones = data.appendingPathComponent("zones.geojson")
        let text = try String(contentsOf: zones, encoding: .utf8)
        try String(text.prefix(300)).write(to: zones, atomically: true, encoding: .utf8)
        let outcome = try runner.run([
            "render", "--date", "2024-03-06", "--style", style, "--out", folder.appendingPathComponent("m.png").path,
            "--data", data.path,
        ])
        #expect(outcome.status == 65)
        #expect(outcome.standardError.contains("zones.geojson:"), "\(outcome.standardError)")
        #expect(!outcome.standardError.contains("fill-colour"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("m.png").path))
    }

    @Test func missingFontIsAnError() throws {
        let folder = try TestPaths.makeScratchFolder()
        let style = try Self.styleCopy(in: folder, replacing: "DejaVuSans-Bold.ttf", with: "NoSuchFont.ttf")
        let outcome = try runner.run([
            "render", "--date", "2024-03-06", "--style", style, "--out", folder.appendingPathComponent("m.png").path,
            "--data", FixtureRegion.folder.get(),
        ])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("bold font"))
        #expect(outcome.standardError.contains("NoSuchFont.ttf"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("m.png").path))
    }
}

/// `chronomap compare` as a user runs it, on the fixture region (`FixtureRegion`).
@Suite struct CompareCommandTests {
    let runner = CommandRunner()

    @Test func printsJSONWithTheTotal() throws {
        let folder = try TestPaths.makeScratchFolder()
        let outcome = try runner.run([
            "compare", "--before", "2024-02-01", "--after", "2024-06-01", "--json", "--size", "400x300",
            "--out-dir", folder.path, "--data", FixtureRegion.folder.get(),
        ])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let summary = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        let total = try #require(summary["total_km2"] as? Double)
        let changes = try #require(summary["changes"] as? [[String: Any]])
        #expect(!changes.isEmpty)
        #expect(abs(changes.compactMap { $0["area_km2"] as? Double }.reduce(0, +) - total) < 0.2)
        // Between the two days the Coast League loses the strip 39.2–38.6 W to the Highland Council and the strip
        // 38.3–38 W to the Delta Republic: pyproj's areas of a 0.6° and a 0.3° strip (`FixtureRegion`).
        let expected = FixtureRegion.coastDuringKm2 + FixtureRegion.narrowStripKm2
        #expect(abs(total - expected) < 1, "\(total) km², not \(expected)")
        let pairs = Set(changes.map { "\($0["from"] as? String ?? "?")>\($0["to"] as? String ?? "?")" })
        #expect(pairs == ["coast>highland", "coast>delta"], "\(pairs)")
    }

    @Test func beforeLaterThanAfterIsAUsageError() throws {
        let outcome = try runner.run([
            "compare", "--before", "2024-06-01", "--after", "2024-02-01", "--data", FixtureRegion.folder.get(),
        ])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("--before: 2024-06-01 is later than --after 2024-02-01"))
    }
}
