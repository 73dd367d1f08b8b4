import Charts
import Chronology
import Foundation
import Localization
import Scene
import Testing
import _ChronomapTestSupport

/// The area chart's compressed time axis on a hand-made region whose sides trade ground twice, ten years apart.
///
/// `west` and `east` share the box 10–11 E, 50–51 N. The line between them moves to 10.4 E on 2000-01-11, to
/// 10.3 E on 2010-06-01 and to 10.2 E on 2010-06-21; an offensive (a kind the chart marks) falls on 2005-03-01 and
/// changes nothing. The range is 2000-01-01 to 2012-12-31.
///
/// The rule the footer states: a span of more than 60 days with no change in any side's area and no marked event
/// is drawn as 2.5% of the axis; the rest is to scale. So the spans are 2000-01-01→01-11 (10 days, to scale),
/// 01-11→2005-03-01 and 2005-03-01→2010-06-01 (breaks), 2010-06-01→06-21 (20 days, to scale) and
/// 06-21→2013-01-01 (a break): three breaks of 0.025, and 30 days sharing the other 0.925 of the axis.
@Suite struct BrokenTimeAxisTests {
    static func dataset() throws -> Dataset {
        let folder = try TestPaths.makeScratchFolder("quiet-region").appendingPathComponent("data")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let region = """
            {"id":"quiet","name":"Quiet","title":"Quiet test region","extent":[10,50,11,51],\
            "first_date":"2000-01-01","version":"0.0.1","as_of":"2012-12-31","attribution":"Test data made by hand",\
            "licence":"CC0","languages":["en"],"utc_offset":"+01:00","parties":[\
            {"id":"west","name":"Western side","name:ru":"Западная сторона"},\
            {"id":"east","name":"Eastern side","name:ru":"Восточная сторона"}],"overlays":[]}
            """
        let lines: [(String, String?, String)] = [
            ("2000-01-01", "2000-01-11", "10.5"), ("2000-01-11", "2010-06-01", "10.4"),
            ("2010-06-01", "2010-06-21", "10.3"), ("2010-06-21", nil, "10.2"),
        ]
        var zones: [String] = []
        for (index, (start, end, split)) in lines.enumerated() {
            let dates = #""start_date":"\#(start)""# + (end.map { #","end_date":"\#($0)""# } ?? "")
            for (side, west, east) in [("west", "10", split), ("east", split, "11")] {
                zones.append(
                    """
                    {"type":"Feature","id":"zone-\(side)-\(index)","properties":{"kind":"control",\
                    "controller":"\(side)",\(dates),"source":"hand-made"},"geometry":{"type":"Polygon",\
                    "coordinates":[[[\(west),50],[\(east),50],[\(east),51],[\(west),51],[\(west),50]]]}}
                    """)
            }
        }
        let event = """
            {"type":"Feature","id":"event-offensive","properties":{"kind":"offensive","title":"An offensive begins",\
            "date":"2005-03-01","source":"hand-made","accuracy":"exact"},\
            "geometry":{"type":"Point","coordinates":[10.5,50.5]}}
            """
        let empty = #"{"type":"FeatureCollection","features":[]}"#
        let files = [
            "region.json": region,
            "zones.geojson": #"{"type":"FeatureCollection","features":["# + zones.joined(separator: ",\n") + "]}",
            "events.geojson": #"{"type":"FeatureCollection","features":["# + event + "]}",
            "places.geojson": empty, "base.geojson": empty, "routes.geojson": empty,
        ]
        for (file, text) in files {
            try text.write(to: folder.appendingPathComponent(file), atomically: true, encoding: .utf8)
        }
        return try Dataset.load(from: folder.path)
    }

    static func scene(_ timeScale: ChartTimeScale, language: String = "en") throws -> Scene {
        let dataset = try dataset()
        let renderer = try FixtureMap.renderer.get()
        let series = try AreaSeries.compute(dataset, over: Day(iso: "2000-01-01")...Day(iso: "2012-12-31"))
        return AreaChart(
            series: series, events: dataset.features(in: .events), style: renderer.style,
            catalog: try Catalog(language: language), measurer: renderer.measurer, timeScale: timeScale
        ).scene()
    }

    /// The plot's left and right ends (the grid's rules) and the distinct x of the corners of west's step line.
    static func geometry(_ scene: Scene) throws -> (left: Double, right: Double, steps: [Double]) {
        let rules = scene.items.compactMap { item -> [PixelPoint]? in
            guard case .stroke(let stroke) = item, stroke.layer == .style("chart:grid") else { return nil }
            return stroke.paths.first
        }
        let rule = try #require(rules.first)
        let line = try #require(
            scene.items.compactMap { item -> [[PixelPoint]]? in
                guard case .stroke(let stroke) = item, stroke.layer == .style("chart:line:west") else { return nil }
                return stroke.paths
            }.first)
        let xs = line.joined().map(\.x).reduce(into: [Double]()) { xs, x in
            if !xs.contains(where: { abs($0 - x) < 0.001 }) { xs.append(x) }
        }
        return (rule[0].x, rule[rule.count - 1].x, xs.sorted())
    }

    static func footer(_ scene: Scene) -> String {
        scene.items.compactMap { item -> String? in
            guard case .text(let text) = item, text.layer == .style("chart:footer") else { return nil }
            return text.string
        }.joined(separator: " ")
    }

    @Test func quietSpansAreShortenedToTheStatedShare() throws {
        let scene = try Self.scene(.compressed)
        let (left, right, steps) = try Self.geometry(scene)
        let width = right - left
        // From the rule's numbers: 2.5% per break, 30 days to scale over what is left.
        let perDay = (1 - 3 * 0.025) / 30
        let offensive = 10 * perDay + 0.025
        let expected = [0, 10 * perDay, offensive + 0.025, offensive + 0.025 + 20 * perDay, 1].map {
            left + $0 * width
        }
        #expect(steps.count == expected.count, "\(steps)")
        for (got, wanted) in zip(steps, expected) { #expect(abs(got - wanted) < 0.01, "\(steps) against \(expected)") }
        // The offensive's marker sits where its day falls, between the two breaks it separates.
        let discs = scene.items.compactMap { item -> Double? in
            guard case .circle(let disc) = item, disc.layer == .style("chart:marker") else { return nil }
            return disc.center.x
        }
        #expect(discs.contains { abs($0 - (left + offensive * width)) < 0.01 }, "\(discs)")
        let cuts = scene.items.filter {
            if case .fill(let fill) = $0 { fill.layer == .style("chart:break") } else { false }
        }
        #expect(cuts.count == 3)
        #expect(
            Self.footer(scene).contains(
                "each span of more than 60 days in which no side's area changed and no key event fell is shortened "
                    + "to 2.5% of the axis"))
    }

    @Test func theRuleIsStatedInEveryCatalogLanguage() throws {
        #expect(!Catalog.availableLanguages.isEmpty)
        for language in Catalog.availableLanguages {
            let footer = Self.footer(try Self.scene(.compressed, language: language))
            let catalog = try Catalog(language: language)
            let rule = catalog.text(.chartBrokenAxis, ["days": "60", "share": catalog.number(2.5, decimals: 1)])
            // The footer wraps the rule onto its lines: compare without the breaks.
            #expect(
                footer.replacingOccurrences(of: " ", with: "").contains(rule.replacingOccurrences(of: " ", with: "")),
                "\(language): \(footer)")
        }
    }

    @Test func aLinearAxisKeepsEveryDayTheSameWidth() throws {
        let scene = try Self.scene(.linear)
        let (left, right, steps) = try Self.geometry(scene)
        // 2000-01-01 to 2013-01-01 is 4,749 days (Python: date(2013,1,1) - date(2000,1,1)).
        let days = [0, 10, 3_804, 3_824, 4_749].map { Double($0) / 4_749 }
        let expected = days.map { left + $0 * (right - left) }
        #expect(steps.count == expected.count, "\(steps)")
        for (got, wanted) in zip(steps, expected) { #expect(abs(got - wanted) < 0.01, "\(steps) against \(expected)") }
        #expect(!Self.footer(scene).contains("60"))
        #expect(
            !scene.items.contains {
                if case .fill(let fill) = $0 { fill.layer == .style("chart:break") } else { false }
            })
    }
}
