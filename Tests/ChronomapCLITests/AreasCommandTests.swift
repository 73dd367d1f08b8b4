import Foundation
import Testing
import _ChronomapTestSupport

/// `chronomap areas` as a user runs it: it agrees with `timeline --areas` and `compare --json`, writes CSV and
/// charts with their alt text, and refuses bad ranges and names in one line. On the fixture region
/// (`FixtureRegion`).
@Suite struct AreasCommandTests {
    let runner = CommandRunner()

    func json(_ arguments: [String]) throws -> Any {
        let outcome = try runner.run(arguments + ["--data", FixtureRegion.folder.get()])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        return try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8))
    }

    /// Every date both commands give areas for, the same km² to the tenth.
    @Test func agreesWithTheTimelineOnEveryDate() throws {
        let rows = try #require(try json(["areas", "--json"]) as? [[String: Any]])
        let timeline = try #require(try json(["timeline", "--areas", "--json"]) as? [[String: Any]])
        var timelineAreas: [String: [String: Double]] = [:]
        for entry in timeline {
            if let date = entry["date"] as? String, let areas = entry["areas_km2"] as? [String: Double] {
                timelineAreas[date] = areas
            }
        }
        // The fixture's zones change on 1 January, 5 March and 1 May 2024, and the window of 1–4 May closes.
        #expect(rows.count >= 3, "\(rows)")
        for row in rows {
            let date = try #require(row["date"] as? String)
            let areas = try #require(row["areas_km2"] as? [String: Double])
            let listed = try #require(timelineAreas[date], "\(date) is not an areas date of the timeline")
            for (id, value) in areas {
                #expect(abs(value - (listed[id] ?? 0)) < 0.051, "\(date) \(id): \(value) against \(listed[id] ?? 0)")
            }
        }
    }

    /// The row of 1 May 2024 against the row before it is what `compare` prints for the same two days.
    @Test func agreesWithCompare() throws {
        let rows = try #require(
            try json(["areas", "--from", "2024-03-05", "--to", "2024-05-01", "--json"]) as? [[String: Any]])
        #expect(rows.map { $0["date"] as? String } == ["2024-03-05", "2024-05-01"])
        let folder = try TestPaths.makeScratchFolder()
        let compare = try #require(
            try json([
                "compare", "--before", "2024-03-05", "--after", "2024-05-01", "--json", "--size", "320x240",
                "--out-dir", folder.path,
            ]) as? [String: Any])
        let changes = try #require(compare["changes"] as? [[String: Any]])
        #expect(!changes.isEmpty)
        let gained = try #require(rows[1]["gained_km2"] as? [String: Double])
        let lost = try #require(rows[1]["lost_km2"] as? [String: Double])
        var compareGained: [String: Double] = [:], compareLost: [String: Double] = [:]
        for change in changes {
            let area = try #require(change["area_km2"] as? Double)
            compareGained[try #require(change["to"] as? String), default: 0] += area
            compareLost[try #require(change["from"] as? String), default: 0] += area
        }
        #expect(Set(gained.keys) == Set(compareGained.keys) && Set(lost.keys) == Set(compareLost.keys))
        for (id, value) in gained { #expect(abs(value - compareGained[id]!) < 0.11, "gained \(id)") }
        for (id, value) in lost { #expect(abs(value - compareLost[id]!) < 0.11, "lost \(id)") }
    }

    @Test func writesTheCSVAndTheChartWithItsAltText() throws {
        let folder = try TestPaths.makeScratchFolder()
        let csv = folder.appendingPathComponent("areas.csv").path
        let chart = folder.appendingPathComponent("areas.svg").path
        let outcome = try runner.run([
            "areas", "--from", "2024-02-01", "--to", "2024-06-30", "--csv", csv, "--chart", chart, "--data",
            FixtureRegion.folder.get(),
        ])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.hasPrefix("date "))
        // Columns are padded to their widths: runs of spaces count as one. Parties in region.json's order.
        let table = outcome.standardOutput.replacingOccurrences(of: " {2,}", with: " ", options: .regularExpression)
        #expect(table.contains(" highland coast delta contested transition changed hands"), "\(table)")
        #expect(outcome.standardOutput.contains("2024-05-01"))
        #expect(outcome.standardOutput.hasSuffix("\(csv)\n\(chart)\n"))
        #expect(
            try String(contentsOfFile: csv, encoding: .utf8).hasPrefix(
                "date,highland,coast,delta,contested,transition\n2024-02-01,"))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["areas.csv", "areas.svg", "areas.svg.long.txt", "areas.svg.txt"])
    }

    @Test(arguments: [
        (
            ["--from", "2024-05-01", "--to", "2024-03-05"], 64,
            "chronomap: --from: 2024-05-01 is later than --to 2024-03-05"
        ),
        (
            ["--from", "2023-01-01", "--to", "2023-12-31"], 64,
            "chronomap: --to: 2023-01-01 to 2023-12-31 has no day maps can be drawn for"
        ),
        (["--chart", "areas.gif"], 64, "chronomap: --chart: areas.gif does not end in .png, .svg or .pdf"),
        (["--lang", "xx"], 64, "chronomap: --lang: no furniture catalog for \"xx\""),
        (["--from", "2024-02-30"], 64, "chronomap: --from: 2024-02-30 is not a valid date"),
    ])
    func badInputIsOneLineAndWritesNothing(arguments: [String], status: Int32, message: String) throws {
        let folder = try TestPaths.makeScratchFolder()
        let outcome = try runner.run(
            ["areas", "--csv", "out.csv"] + arguments + ["--data", FixtureRegion.folder.get()], in: folder)
        #expect(outcome.status == status)
        #expect(outcome.standardError.hasPrefix(message), "\(outcome.standardError)")
        #expect(outcome.standardError.split(separator: "\n").count == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    /// The whole history's chart breaks its quiet span and says so in its footer; a range given with --from or
    /// --to is drawn to scale, without the rule (pdftotext reads the words back). The fixture's last change of
    /// control is on 5 May 2024 (the window of 1–4 May closes) and its last event on 1 June, and its history runs to
    /// the end of 31 December 2024 (region.json's `as_of`): 214 days with nothing, more than the 60 the rule allows.
    @Test func theWholeHistoryIsCompressedAndAChosenRangeIsToScale() throws {
        let folder = try TestPaths.makeScratchFolder()
        for (arguments, compressed) in [
            ([String](), true), (["--from", "2024-01-01"], false), (["--to", "2024-12-31"], false),
        ] {
            let chart = folder.appendingPathComponent("areas\(arguments.joined()).pdf").path
            let outcome = try runner.run(
                ["areas", "--chart", chart, "--data", FixtureRegion.folder.get()] + arguments)
            #expect(outcome.status == 0, "\(outcome.standardError)")
            let text = try ExternalTool.output("/usr/bin/pdftotext", [chart, "-"]).output
            #expect(text.contains("Marrowdale: area held, 1 January 2024 to 31 December 2024"), "\(arguments): \(text)")
            #expect(text.contains("Time axis broken where it is cut") == compressed, "\(arguments): \(text)")
        }
    }
}
