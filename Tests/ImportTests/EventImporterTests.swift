import Chronology
import Foundation
import GeoJSON
import Import
import Testing
import _ChronomapTestSupport

/// `import events` on a real ACLED export (Fixtures/acled, 32 events in Argentina, June 2022) and on a sheet of
/// one's own, into a fixture region that covers the same ground. The expected values are read off the CSV by eye.
@Suite struct EventImporterTests {
    static var folder: URL { Bundle.module.url(forResource: "acled", withExtension: nil, subdirectory: "Fixtures")! }
    static var acled: String { folder.appendingPathComponent("acled-argentina-2022.csv").path }
    static var ownSheet: String { folder.appendingPathComponent("own-sheet.csv").path }

    /// An empty data set whose extent holds the fixture's events.
    static func dataSet(name: String = #function) throws -> String {
        let directory = try TestPaths.makeScratchFolder(name).appendingPathComponent("pampas").path
        _ = try DataSetInitializer().create(
            DataSetInitializer.Request(
                directory: directory, id: "pampas", name: "Pampas",
                extent: BoundingBox(
                    southWest: Position(longitude: -75, latitude: -56),
                    northEast: Position(longitude: -53, latitude: -21)),
                firstDate: try Day(iso: "2022-06-01"), asOf: try Day(iso: "2022-07-31"),
                parties: [("valley-council", "Valley Council forces"), ("hill-front", "Hill Front")]))
        return directory
    }

    static func events(_ directory: String) throws -> [String: Feature] {
        let read = GeoJSONReader().read(contentsOf: directory + "/events.geojson")
        let features = try #require(read.object?.features)
        return Dictionary(uniqueKeysWithValues: features.map { ($0.id?.description ?? "", $0) })
    }

    @Test func anACLEDExportBecomesValidEvents() throws {
        let directory = try Self.dataSet()
        let report = try EventImporter().run(EventImporter.Request(file: Self.acled, dataDirectory: directory))
        #expect(report.added.count == 32 && report.updated.isEmpty)
        // 11 violent demonstrations and 4 mob violence; 10 peaceful protests and 5 with intervention; 2 lootings.
        #expect(report.kinds == [.riot: 15, .protest: 15, .strategic: 2])
        #expect(Dataset.validate(directory: directory).filter(\.isError).isEmpty)
        let events = try Self.events(directory)
        #expect(events.count == 32)

        let looting = try #require(events["ARG10552"])
        #expect(looting.string("kind") == "strategic")
        #expect(looting.string("date") == "2022-06-22")
        // time_precision 2, geo_precision 2.
        #expect(looting.string("date:edtf") == "2022-06-22~" && looting.string("date_accuracy") == "approximate")
        #expect(looting.string("accuracy") == "approximate")
        #expect(
            looting.string("title")
                == "Looting/property destruction in El Hoyo: RAM: Mapuche Ancestral Resistance and Civilians (Argentina)"
        )
        #expect(looting.properties?["actors"] == ["RAM: Mapuche Ancestral Resistance", "Civilians (Argentina)"])

        let mob = try #require(events["ARG10475"])
        #expect(mob.string("kind") == "riot" && mob.string("date") == "2022-06-13")
        #expect(mob.number("fatalities") == 1 && mob.string("accuracy") == "exact")
        #expect(mob.string("date:edtf") == nil && mob.string("date_accuracy") == nil)
        #expect(mob.string("location") == "Presidencia Roque Saenz Pena")
        #expect(mob.string("description")?.hasPrefix("On 13 June 2022") == true)
        guard case .point(let point) = mob.geometry else {
            Issue.record("not a point")
            return
        }
        #expect(point.coordinates.longitude == -60.4341 && point.coordinates.latitude == -26.7896)

        let protest = try #require(events["ARG10607"])
        #expect(
            protest.string("kind") == "protest"
                && protest.string("source") == "Diario El Chubut; Diario Cronica (Argentina)")
        let approximateDays = events.values.filter { $0.string("date:edtf") != nil }.map { $0.id?.description ?? "" }
        #expect(approximateDays.sorted() == ["ARG10474", "ARG10552", "ARG10554", "ARG10555", "ARG10557", "ARG10573"])
        #expect(events.values.filter { $0.string("accuracy") == "exact" }.count == 14)

        let dataset = try Dataset.load(from: directory)
        #expect(dataset.features(in: .events).count == 32)
    }

    /// The same sheet twice writes the same bytes; the data set's own events stay where they were.
    @Test func aReimportUpdatesByIdAndAddsNoDuplicates() throws {
        let directory = try Self.dataSet()
        let own = Self.ownRequest(directory)
        _ = try EventImporter().run(own)
        _ = try EventImporter().run(EventImporter.Request(file: Self.acled, dataDirectory: directory))
        let once = try Data(contentsOf: URL(fileURLWithPath: directory + "/events.geojson"))
        let again = try EventImporter().run(EventImporter.Request(file: Self.acled, dataDirectory: directory))
        #expect(again.added.isEmpty && again.updated.count == 32)
        #expect(try Data(contentsOf: URL(fileURLWithPath: directory + "/events.geojson")) == once)
        let read = try #require(GeoJSONReader().read(contentsOf: directory + "/events.geojson").object?.features)
        #expect(read.count == 34)
        #expect(read.prefix(2).map { $0.id?.description } == ["own-1", "own-2"])
    }

    /// A bad row names its line (after a note that spans two lines) and column; nothing is written.
    @Test func aBadRowIsReportedAndNothingIsWritten() throws {
        let directory = try Self.dataSet()
        var lines = try String(contentsOfFile: Self.acled, encoding: .utf8).components(separatedBy: "\n")
        // Line 2's note gets a line break, so the rows after it start a line later than their index says.
        lines[1] = lines[1].replacingOccurrences(of: "There were protests", with: "There were\nprotests")
        #expect(lines[3].hasPrefix("ARG10618,") && lines[6].hasPrefix("ARG10627,"))
        lines[3] = lines[3].replacingOccurrences(of: "-43.2993", with: "43.2993 S")
        lines[6] = lines[6].replacingOccurrences(of: "Peaceful protest", with: "Peaceful march")
        let bad = try TestPaths.makeScratchFolder().appendingPathComponent("bad.csv")
        try lines.joined(separator: "\n").write(to: bad, atomically: true, encoding: .utf8)
        let before = try Data(contentsOf: URL(fileURLWithPath: directory + "/events.geojson"))
        do {
            _ = try EventImporter().run(EventImporter.Request(file: bad.path, dataDirectory: directory))
            Issue.record("accepted a bad sheet")
        } catch {
            #expect(error.kind == .badData)
            #expect(error.lines.count == 2)
            #expect(
                error.lines.first?.hasPrefix("\(bad.path):5: column latitude: \"43.2993 S\" is not a number") == true)
            #expect(
                error.lines.last?.hasPrefix(
                    "\(bad.path):8: column sub_event_type: \"Peaceful march\" is not one of ACLED's") == true)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: directory + "/events.geojson")) == before)
    }

    static func ownRequest(_ directory: String) -> EventImporter.Request {
        let mappings = [
            "id=Ref", "date=Day", "kind=What", "location=Where", "latitude=Lat", "longitude=Lon", "url=Link",
            "claimed_by=Said by", "denied_by=Denied by", "time=At", "title=Headline",
        ].map { try! EventColumnMapping(parsing: $0) }
        return EventImporter.Request(file: ownSheet, dataDirectory: directory, mappings: mappings)
    }

    @Test func columnsReadASheetWithHeadersOfItsOwn() throws {
        let directory = try Self.dataSet()
        let report = try EventImporter().run(Self.ownRequest(directory))
        #expect(report.added == ["own-1", "own-2"] && report.kinds == [.protest: 1, .arrest: 1])
        #expect(Dataset.validate(directory: directory).filter(\.isError).isEmpty)
        let events = try Self.events(directory)
        let rally = try #require(events["own-1"])
        #expect(rally.string("title") == "Rally outside the government house" && rally.string("time") == "18:30")
        #expect(rally.string("source") == "https://example.org/reports/1" && rally.string("accuracy") == nil)
        let arrests = try #require(events["own-2"])
        #expect(arrests.string("title") == "Arrests after the rally, \"several\" held")
        #expect(arrests.string("claimed_by") == "valley-council")
        #expect(arrests.properties?["denied_by"] == ["hill-front", "a local newspaper"])
        // Without the mapping, the sheet has none of ACLED's headers.
        do {
            _ = try EventImporter().run(EventImporter.Request(file: Self.ownSheet, dataDirectory: directory))
            Issue.record("read a sheet without its columns")
        } catch {
            #expect(error.lines.contains { $0.hasPrefix("\(Self.ownSheet):1: column event_id_cnty: no such column") })
        }
        #expect(throws: ImportError.self) { try EventColumnMapping(parsing: "colour=Colour") }
    }

    /// Older ACLED exports write the headers in capitals, with a byte order mark and CRLF line ends: the same events.
    @Test func capitalHeadersAndCRLFGiveTheSameEvents() throws {
        let plain = try Self.dataSet(name: "plain")
        _ = try EventImporter().run(EventImporter.Request(file: Self.acled, dataDirectory: plain))
        var lines = try String(contentsOfFile: Self.acled, encoding: .utf8).components(separatedBy: "\n")
        lines[0] = "\u{FEFF}" + lines[0].uppercased()
        let old = try TestPaths.makeScratchFolder().appendingPathComponent("old-export.csv")
        try lines.joined(separator: "\r\n").write(to: old, atomically: true, encoding: .utf8)
        let upper = try Self.dataSet(name: "upper")
        _ = try EventImporter().run(EventImporter.Request(file: old.path, dataDirectory: upper))
        let events = try Data(contentsOf: URL(fileURLWithPath: upper + "/events.geojson"))
        #expect(events.count > 1000)
        #expect(events == (try Data(contentsOf: URL(fileURLWithPath: plain + "/events.geojson"))))
    }
}
