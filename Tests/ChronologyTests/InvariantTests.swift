import Chronology
import GeoJSON
import Testing

/// Real broken copies of the tiny data set: each must fail loading with the right location.
@Suite struct InvariantTests {
    static func errors(_ folder: String) -> [String] {
        Dataset.validate(directory: folder).filter(\.isError).map {
            $0.description.replacingOccurrences(of: folder + "/", with: "")
        }
    }

    @Test func theTinyDataSetIsClean() {
        #expect(Dataset.validate(directory: TinyData.folder).isEmpty)
    }

    @Test func overlappingZonesAreReported() throws {
        // Widen the 2000 Artsakh zone east into the Azerbaijani one by 0.05°.
        let folder = try TinyData.broken(
            "zones.geojson", replacing: "[[[46,39],[46.25,39],[46.25,40],[46,40],[46,39]]]",
            with: "[[[46,39],[46.3,39],[46.3,40],[46,40],[46,39]]]")
        let errors = Self.errors(folder)
        // The union is still the study area, so the overlap is the only error.
        #expect(errors.count == 1)
        #expect(
            errors.first?.hasPrefix(
                "zones.geojson: features[3].geometry: overlaps control zone \"zone-west-2000-01-01\" on 2000-01-01 by 477"
            ) == true)
        #expect(throws: DiagnosticError.self) { try Dataset.load(from: folder) }
    }

    /// A gap 0.000005° wide (about 0.4 m) and 111 km long is 0.05 km²: above the old planar threshold, but thinner
    /// than the documented 1 m tolerance everywhere, so it is rounding noise. One 0.00003° wide (about 2.6 m) is not.
    @Test func gapsThinnerThanTheToleranceAreNoise() throws {
        let thin = try TinyData.broken(
            "zones.geojson", replacing: "[[[46,39],[46.25,39],[46.25,40],[46,40],[46,39]]]",
            with: "[[[46,39],[46.249995,39],[46.249995,40],[46,40],[46,39]]]")
        #expect(Self.errors(thin).isEmpty)
        let wide = try TinyData.broken(
            "zones.geojson", replacing: "[[[46,39],[46.25,39],[46.25,40],[46,40],[46,39]]]",
            with: "[[[46,39],[46.24997,39],[46.24997,40],[46,40],[46,39]]]")
        let errors = Self.errors(wide)
        #expect(errors.count == 1)
        #expect(errors.first?.contains("leave a gap of") == true)
    }

    @Test func gapsAreReported() throws {
        let folder = try TinyData.broken(
            "zones.geojson", replacing: "[[[46,39],[46.25,39],[46.25,40],[46,40],[46,39]]]",
            with: "[[[46,39],[46.2,39],[46.2,40],[46,40],[46,39]]]")
        let errors = Self.errors(folder)
        #expect(errors.count == 1)
        // pyproj.Geod(ellps="WGS84").polygon_area_perimeter([46.2, 46.25, 46.25, 46.2], [39, 39, 40, 40]) → 477.5 km²;
        // the strip's middle is 46.225 E, 39.5 N.
        #expect(
            errors.first
                == "zones.geojson: the control zones of 2000-01-01 (zone-west-2000-01-01, zone-east-2000-01-01) leave a gap of 477 km² in the study area near 46.225 E, 39.5 N"
        )
    }

    @Test func dateWithoutZonesIsReported() throws {
        let folder = try TinyData.broken(
            "zones.geojson", replacing: "\"controller\":\"west\",\"start_date\":\"2000-01-01\"",
            with: "\"controller\":\"west\",\"start_date\":\"2000-01-01\",\"end_date\":\"2010-01-01\"")
        let errors = Self.errors(folder)
        #expect(errors.contains { $0.contains("the control zones of 2010-01-01 (zone-east-2000-01-01) leave a gap") })
    }

    @Test func missingSourceIsReported() throws {
        let folder = try TinyData.broken(
            "places.geojson", replacing: "\"name\":\"Middle\",\"source\":\"hand-made\",", with: "\"name\":\"Middle\",")
        #expect(
            Self.errors(folder) == [
                "places.geojson: features[1]: missing \"source\": every feature says where it comes from"
            ])
    }

    @Test func impossibleAndReversedDatesAreReported() throws {
        var folder = try TinyData.broken(
            "routes.geojson", replacing: "\"end_date\":\"2000-01\"", with: "\"end_date\":\"2023-02-30\"")
        #expect(
            Self.errors(folder) == [
                "routes.geojson: features[0].properties.end_date: 2023-02-30 is not a valid date: February 2023 has 28 days"
            ])
        folder = try TinyData.broken(
            "routes.geojson", replacing: "\"end_date\":\"2000-01\"", with: "\"end_date\":\"1993-12-31\"")
        #expect(
            Self.errors(folder) == [
                "routes.geojson: features[0].properties.end_date: end_date 1993-12-31 is not after start_date 1994-01-01 (end dates are exclusive)"
            ])
    }

    @Test func duplicateIDsAcrossFilesAreReported() throws {
        let folder = try TinyData.broken(
            "events.geojson", replacing: "\"id\":\"capture\"", with: "\"id\":\"west-town\"")
        #expect(
            Self.errors(folder) == [
                "events.geojson: features[2].id: duplicate id \"west-town\" (also at places.geojson: features[0])"
            ])
    }

    @Test func unknownKindsAndControllersAreReported() throws {
        var folder = try TinyData.broken(
            "zones.geojson", replacing: "\"controller\":\"east\",\"start_date\":\"2000-01-01\"",
            with: "\"controller\":\"russia\",\"start_date\":\"2000-01-01\"")
        #expect(
            Self.errors(folder) == [
                "zones.geojson: features[3].properties.controller: unknown controller \"russia\"; expected one of the parties of region.json or contested: west, east, contested"
            ])
        folder = try TinyData.broken("places.geojson", replacing: "\"kind\":\"city\"", with: "\"kind\":\"metropolis\"")
        #expect(
            Self.errors(folder).first?.hasPrefix(
                "places.geojson: features[2].properties.kind: unknown kind \"metropolis\" for layer places") == true)
    }

    @Test func truncatedFileGivesLineAndColumn() throws {
        let folder = try TinyData.broken("events.geojson", replacing: "]}\n", with: "")
        // Where the file now ends, counted here from its text: after the last newline, on the line it opens.
        let text = try String(contentsOfFile: folder + "/events.geojson", encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let end = "\(lines.count):\((lines.last?.count ?? 0) + 1)"
        #expect(Self.errors(folder) == ["events.geojson:\(end): unexpected end of file inside an array"])
    }

    @Test func invalidPolygonIsReported() throws {
        // A bow tie: GEOS reports a self-intersection.
        let folder = try TinyData.broken(
            "zones.geojson", replacing: "[[[46.5,39],[47,39],[47,40],[46.5,40],[46.5,39]]]",
            with: "[[[46.5,39],[47,40],[47,39],[46.5,40],[46.5,39]]]")
        let errors = Self.errors(folder)
        #expect(errors.count == 1)
        #expect(
            errors.first?.hasPrefix("zones.geojson: features[1].geometry: invalid polygon: Self-intersection") == true)
    }

    @Test func missingRegionFileIsReported() throws {
        let folder = try TinyData.broken("region.json", replacing: "\"first_date\":\"1994-05-12\",", with: "")
        #expect(Self.errors(folder) == ["region.json: (top level): missing \"first_date\""])
    }
}
