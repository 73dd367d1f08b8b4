import Chronology
import GeoJSON
import Geodesy
import Testing
import _ChronomapTestSupport

/// Events against FACTS.md section 1 (dates, times and places typed in from it), provenance and areas.
@Suite struct EventsAndProvenanceTests {
    static var dataset: Result<Dataset, any Error> { BundledData.dataset }

    /// id, date, time, and the place FACTS names (latitude, longitude) with a tolerance in km.
    static let facts: [(id: String, date: String, time: String?, place: (Double, Double)?, km: Double)] = [
        ("event-2020-10-04-jabrayil", "2020-10-04", nil, (39.4000, 47.0261), 3),
        ("event-2020-10-09-hadrut", "2020-10-09", nil, (39.5167, 47.0300), 3),
        ("event-2020-10-17-fuzuli", "2020-10-17", nil, (39.6003, 47.1431), 3),
        ("event-2020-10-20-zangilan", "2020-10-20", nil, (39.0656, 46.6969), 3),
        ("event-2020-10-25-qubadli", "2020-10-25", nil, (39.3439, 46.5797), 3),
        ("event-2020-10-28-barda-strike", "2020-10-28", nil, (40.3750, 47.1250), 3),
        ("event-2020-11-08-shusha", "2020-11-08", nil, (39.7583, 46.7483), 3),
        ("event-2020-11-09-dashalty", "2020-11-09", nil, (39.7417, 46.7492), 3),
        ("event-2020-11-20-aghdam-handover", "2020-11-20", nil, (39.9931, 46.9306), 5),
        ("event-2020-11-25-kalbajar-handover", "2020-11-25", nil, (40.1067, 46.0383), 5),
        ("event-2020-12-01-lachin-handover", "2020-12-01", nil, nil, 0),
        ("event-2022-08-26-lachin-zabukh-sus", "2022-08-26", nil, (39.6408, 46.5469), 6),
        ("event-2022-12-12-blockade-begins", "2022-12-12", "10:30", (39.7519, 46.7289), 0.5),
        ("event-2023-04-23-hakari-checkpoint", "2023-04-23", "12:00", (39.55, 46.56), 2),
        ("event-2023-09-19-mine-taghavard", "2023-09-19", "04:30", (39.6681, 46.9202), 1),
        ("event-2023-09-19-mine-highway", "2023-09-19", "04:00", nil, 0),
        ("event-2023-09-19-offensive-2023", "2023-09-19", "13:00", nil, 0),
        ("event-2023-09-20-ceasefire-2023", "2023-09-20", "13:00", nil, 0),
        ("event-2023-09-18-icrc-lachin", "2023-09-18", nil, nil, 0),
        ("event-2023-09-18-icrc-aghdam", "2023-09-18", nil, nil, 0),
        ("event-2023-09-24-exodus", "2023-09-24", nil, nil, 0),
        ("event-2023-09-25-fuel-depot-explosion", "2023-09-25", nil, nil, 0),
        ("event-2023-09-28-dissolution-decree", "2023-09-28", nil, (39.8153, 46.7519), 3),
        ("event-2023-10-15-flag-raising", "2023-10-15", nil, (39.8153, 46.7519), 3),
        ("event-2024-01-01-dissolution-date", "2024-01-01", nil, nil, 0),
        ("event-1994-05-12-ceasefire-1994", "1994-05-12", nil, nil, 0),
        ("event-2016-04-05-ceasefire-2016", "2016-04-05", "12:00", nil, 0),
        ("event-2020-09-27-war-begins", "2020-09-27", nil, nil, 0),
        ("event-2020-10-03-sugovushan-talish", "2020-10-03", nil, nil, 0),
        ("event-2020-12-12-hin-tagher-khtsaberd", "2020-12-12", nil, nil, 0),
        ("event-2023-06-15-hakari-incident", "2023-06-15", "08:40", (39.55, 46.56), 2),
        ("event-1923-07-07-nkao-established", "1923-07-07", nil, nil, 0),
    ]

    @Test func everyFactsEventHasItsDateTimeAndPlace() throws {
        let dataset = try Self.dataset.get()
        #expect(dataset.features(in: .events).count >= 30)
        for fact in Self.facts {
            let event = try #require(dataset.feature(id: fact.id), "missing \(fact.id)")
            #expect(event.string("date") == fact.date, "\(fact.id) date")
            #expect(event.string("time") == fact.time, "\(fact.id) time")
            if let (latitude, longitude) = fact.place {
                let geometry = try #require(event.geometry)
                let nearest = geometry.allPositions.map { Geodesic.wgs84.distance(from: $0, to: Position(longitude: longitude, latitude: latitude)) }.min()!
                #expect(nearest <= fact.km * 1000, "\(fact.id) is \(Int(nearest)) m from the place FACTS names")
            }
        }
    }

    @Test func lachinHandoverIsDrawnInTheHandedOverDistrict() throws {
        // FACTS: the district was handed over on 2020-12-01 but Lachin town stayed in the corridor, so the
        // event is drawn inside the handed-over part: Artsakh-held the day before, Azerbaijani that day.
        let dataset = try Self.dataset.get()
        let position = try #require(dataset.feature(id: "event-2020-12-01-lachin-handover")?.geometry?.pointPosition)
        #expect(try dataset.controller(at: position, on: Day(iso: "2020-11-30")) == .artsakh)
        #expect(try dataset.controller(at: position, on: Day(iso: "2020-12-01")) == .azerbaijan)
    }

    @Test func oneSidedClaimsSaySo() throws {
        let dataset = try Self.dataset.get()
        for id in ["event-2023-09-19-mine-highway", "event-2023-09-19-mine-taghavard"] {
            let note = try #require(dataset.feature(id: id)?.string("note"))
            #expect(note.lowercased().contains("per azerbaijan"), "\(id): \(note)")
        }
    }

    @Test func everyFeatureHasSourceAndAccuracy() throws {
        let dataset = try Self.dataset.get()
        for feature in dataset.features {
            #expect(!feature.source.isEmpty, "\(feature.id) has no source")
            #expect(["exact", "approximate"].contains(feature.string("accuracy") ?? ""), "\(feature.id) accuracy")
        }
        // Derived control geometry is never presented as exact.
        #expect(dataset.features(in: .zones).allSatisfy { $0.string("accuracy") == "approximate" })
    }

    @Test func theBundledDataValidates() {
        #expect(Dataset.validate(directory: TestPaths.bundledData).isEmpty)
    }

    @Test func areasAreWithinTenPercentOfPublishedFigures() throws {
        let dataset = try Self.dataset.get()
        // 1994-2020 held area: 11,458 km² (NKR infobox), ~11,500 (Tabakian), 11,300 (NKR constitution).
        let held1994 = try dataset.controlAreas(on: Day(iso: "1994-05-12"))[.artsakh]!
        #expect(held1994 >= 11_300 * 0.9 && held1994 <= 11_500 * 1.1, "\(held1994)")
        // After the 2020 handovers: 3,170 km² (Wikipedia) or ~2,800 (Tabakian).
        let held2021 = try dataset.controlAreas(on: Day(iso: "2021-01-01"))[.artsakh]!
        #expect(held2021 >= 2_800 * 0.9 && held2021 <= 3_170 * 1.1, "\(held2021)")
        // After the take-over nothing is held by Artsakh.
        #expect(try dataset.controlAreas(on: Day(iso: "2023-11-01"))[.artsakh] == nil)
    }

    @Test func routeStatusesFollowFacts() throws {
        let dataset = try Self.dataset.get()
        func status(_ route: String, _ date: String) throws -> RouteStatus? {
            try dataset.snapshot(on: Day(iso: date)).features(in: .routes).first { $0.string("route") == route }?.routeStatus
        }
        #expect(try status("lachin-corridor", "2021-06-01") == .open)
        #expect(try status("lachin-corridor-bypass", "2023-01-15") == .blockaded)
        #expect(try status("lachin-corridor-bypass", "2023-05-01") == .checkpoint)
        #expect(try status("lachin-corridor-bypass", "2023-07-01") == .closed)
        #expect(try status("aghdam-road", "2023-09-18") == .open)
    }
}
