import Chronology
import GeoJSON
import Testing

/// The stretches of the study area's edge the extent cut, on hand-made study areas inside the extent 10-12 E by
/// 20-21 N, the expected lines written out by hand.
@Suite struct StudyAreaLimitsTests {
    static func region(studyArea: [[Double]]?) throws -> Region {
        Region(
            id: "limits", name: LocalizedText("Limits"), title: LocalizedText("Limits"),
            extent: BoundingBox(
                southWest: Position(longitude: 10, latitude: 20), northEast: Position(longitude: 12, latitude: 21)),
            firstDate: try Day(iso: "2000-01-01"), version: "1.0.0", asOf: try Day(iso: "2000-12-31"),
            attribution: LocalizedText("test"), licence: "test",
            studyArea: studyArea.map { .polygon(Polygon([$0.map { Position(longitude: $0[0], latitude: $0[1]) }])) })
    }

    static func lines(_ region: Region) -> [[[Double]]] {
        region.studyAreaLimits.map { $0.map { [$0.longitude, $0.latitude] } }
    }

    /// Land south of a coast at 20.6 N, cut by the extent on three sides: one line from the west side's top, down,
    /// along the south and up the east side; the coast is no limit. The ring starts mid-south, so the line runs
    /// across the ring's closing vertex.
    @Test func theCutSidesAreOneLineAndTheCoastIsNone() throws {
        let land = [[11, 20], [12, 20], [12, 20.6], [11.5, 20.7], [11, 20.6], [10, 20.6], [10, 20], [11, 20]]
        #expect(
            Self.lines(try Self.region(studyArea: land)) == [
                [[10, 20.6], [10, 20], [11, 20], [12, 20], [12, 20.6]]
            ])
    }

    /// A study area inside the extent, touching no side: no limit. One touching a side at a single vertex: none
    /// either (no stretch runs along it).
    @Test func aStudyAreaClearOfTheSidesHasNoLimit() throws {
        #expect(
            try Self.region(studyArea: [[10.5, 20.5], [11, 20.5], [11, 20.8], [10.5, 20.5]]).studyAreaLimits.isEmpty)
        #expect(
            try Self.region(studyArea: [[10, 20.5], [11, 20.2], [11, 20.8], [10, 20.5]]).studyAreaLimits.isEmpty)
    }

    /// Two stretches of one ring, apart: two lines, in ring order.
    @Test func separateStretchesAreSeparateLines() throws {
        let band = [[10, 20.2], [10.8, 20.3], [12, 20.2], [12, 20.8], [10.8, 20.7], [10, 20.8], [10, 20.2]]
        #expect(
            Self.lines(try Self.region(studyArea: band)) == [[[12, 20.2], [12, 20.8]], [[10, 20.8], [10, 20.2]]])
    }

    /// Without study_area the study area is the extent's box: all of its edge is the limit, as one closed line.
    @Test func withoutAStudyAreaTheWholeBoxIsTheLimit() throws {
        let lines = Self.lines(try Self.region(studyArea: nil))
        #expect(lines == [[[10, 20], [12, 20], [12, 21], [10, 21], [10, 20]]])
    }
}
