import Foundation
import Testing
import _ChronomapTestSupport

/// `chronomap import events` as a user runs it: a new data set, ACLED's export imported twice, a bad flag and a
/// bad row.
@Suite struct ImportEventsCommandTests {
    let runner = CommandRunner()
    static var fixtures: URL { TestPaths.packageRoot.appendingPathComponent("Tests/ImportTests/Fixtures/acled") }

    func makeDataSet() throws -> (folder: URL, data: String) {
        let folder = try TestPaths.makeScratchFolder()
        let data = folder.appendingPathComponent("pampas").path
        let created = try runner.run(
            [
                "init", data, "--id", "pampas", "--name", "Pampas", "--extent", "-75,-56,-53,-21", "--first-date",
                "2022-06-01", "--party", "valley-council=Valley Council forces", "--party", "hill-front=Hill Front",
            ], in: folder)
        #expect(created.status == 0, "\(created.standardError)")
        return (folder, data)
    }

    @Test func anACLEDExportIsImportedOnceHoweverOftenItIsRun() throws {
        let (folder, data) = try makeDataSet()
        let csv = Self.fixtures.appendingPathComponent("acled-argentina-2022.csv").path
        let first = try runner.run(["import", "events", csv, "--data", data], in: folder)
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput == data + "/events.geojson\n")
        #expect(first.standardError.contains("32 events added, 0 updated (15 riot, 15 protest, 2 strategic)"))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: data + "/events.geojson"))
        let second = try runner.run(["import", "events", csv, "--data", data, "--verbose"], in: folder)
        #expect(second.status == 0 && second.standardError.contains("0 events added, 32 updated"))
        #expect(second.standardError.contains("updated ARG10552"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: data + "/events.geojson")) == bytes)
        let validated = try runner.run(["validate", "--data", data], in: folder)
        #expect(validated.status == 0, "\(validated.standardOutput)\(validated.standardError)")
    }

    @Test func badInputNamesTheFlagOrTheCell() throws {
        let (folder, data) = try makeDataSet()
        let own = Self.fixtures.appendingPathComponent("own-sheet.csv").path
        let unknownKey = try runner.run(
            ["import", "events", own, "--columns", "colour=What", "--data", data], in: folder)
        #expect(unknownKey.status == 64)
        #expect(unknownKey.standardError.contains("\"colour\" is not a column key; the keys are id, date,"))
        // Without --columns the sheet's own headers are not ACLED's: bad data, nothing written.
        let before = try Data(contentsOf: URL(fileURLWithPath: data + "/events.geojson"))
        let unmapped = try runner.run(["import", "events", own, "--data", data], in: folder)
        #expect(unmapped.status == 65)
        #expect(unmapped.standardError.contains("\(own):1: column event_id_cnty: no such column"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: data + "/events.geojson")) == before)
        let mapped = try runner.run(
            [
                "import", "events", own, "--columns", "id=Ref", "date=Day", "kind=What", "latitude=Lat",
                "longitude=Lon",
                "url=Link", "--data", data,
            ], in: folder)
        #expect(mapped.status == 0, "\(mapped.standardError)")
        #expect(mapped.standardError.contains("2 events added, 0 updated (1 protest, 1 arrest)"))
    }
}
