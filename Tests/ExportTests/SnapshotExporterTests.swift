import Chronology
import Export
import Foundation
import GeoJSON
import Testing
import _ChronomapTestSupport

@Suite struct SnapshotExporterTests {
    static var tinyFolder: String {
        TestPaths.packageRoot.appendingPathComponent("Tests/ChronologyTests/Fixtures/tiny").path
    }

    static func export(_ date: String, layers: Set<Layer> = SnapshotExporter.defaultLayers) throws -> FeatureCollection
    {
        let dataset = try Dataset.load(from: tinyFolder)
        return SnapshotExporter(layers: layers).featureCollection(for: try dataset.snapshot(on: Day(iso: date)))
    }

    @Test func addsLayerAndVersionMembers() throws {
        let collection = try Self.export("2000-01-01")
        #expect(collection.foreignMembers["chronomap_data_version"] == "0.0.1")
        #expect(collection.foreignMembers["as_of"] == "2024-06-30")
        #expect(collection.foreignMembers["date"] == "2000-01-01")
        let layers = collection.features.map { $0.properties?["layer"]?.stringValue ?? "?" }
        #expect(!layers.contains("base"))
        #expect(Set(layers) == ["place", "route", "zone", "event"])
        #expect(collection.features.allSatisfy { $0.properties?.keys.first == "layer" })
        let recent = try #require(collection.features.first { $0.id == "clash-before" })
        #expect(recent.properties?["days_before"] == .number(3))
    }

    @Test func layersCanBeChosen() throws {
        let collection = try Self.export("2000-01-01", layers: [.base, .zones])
        #expect(
            Set(collection.features.compactMap { $0.id?.stringValue }) == [
                "country-a", "zone-west-2000-01-01", "zone-east-2000-01-01", "corridor",
            ])
    }

    @Test func gdalOpensTheExportWithoutAWarning() throws {
        let dataset = try Dataset.load(from: Self.tinyFolder)
        let data = SnapshotExporter().data(for: try dataset.snapshot(on: Day(iso: "2000-01-05")))
        let file = try TestPaths.makeScratchFolder().appendingPathComponent("tiny.geojson")
        try data.write(to: file)
        let ogrinfo = Process()
        ogrinfo.executableURL = URL(fileURLWithPath: "/usr/bin/ogrinfo")
        ogrinfo.arguments = ["-ro", "-al", "-so", file.path]
        let output = Pipe(), errors = Pipe()
        ogrinfo.standardOutput = output
        ogrinfo.standardError = errors
        try ogrinfo.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let warnings = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        ogrinfo.waitUntilExit()
        #expect(ogrinfo.terminationStatus == 0)
        #expect(warnings.isEmpty, "ogrinfo said: \(warnings)")
        // 3 places + 1 route + 3 zones + the exodus (spanning the day); the capture of 01-01 is outside the 3-day window.
        #expect(text.contains("Feature Count: 8"), "\(text)")
    }
}
