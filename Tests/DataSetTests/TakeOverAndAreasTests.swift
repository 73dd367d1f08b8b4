import Chronology
import Foundation
import GeoJSON
import Geodesy
import Testing
import _ChronomapTestSupport

/// The offensive and take-over of September 2023, the 2020 handovers' areas against their published
/// figures, and the data set's version and changelog.
@Suite struct TakeOverAndAreasTests {
    /// Azerbaijani forces in Martakert on 22 Sept, police at Stepanakert on 2 Oct 2023 (`takeover` and the
    /// control_changes of 2023-09-22 in tools/data/nagorno_karabakh_facts.json, with their sources).
    static let takeover = "2023-09-22"
    static let takeoverRange = "[2023-09-22..2023-10-02]"

    @Test func theMineBlastsLieOnAzerbaijaniHeldGround() throws {
        let dataset = try BundledData.dataset.get()
        let map = try ControlMap(try dataset.snapshot(on: Day(iso: "2023-09-19")))
        for id in ["event-2023-09-19-mine-highway", "event-2023-09-19-mine-taghavard"] {
            let position = try #require(dataset.feature(id: id)?.geometry?.pointPosition, "no point for \(id)")
            #expect(try map.controller(at: position) == "azerbaijan", "\(id)")
        }
    }

    @Test func noGroundPassesToAzerbaijanBeforeTheTakeOver() throws {
        let dataset = try BundledData.dataset.get()
        let before = try dataset.controlAreas(on: Day(iso: "2023-09-18"))
        let held = try #require(before["artsakh"])
        #expect(held > 2_500, "\(held)")
        for date in ["2023-09-19", "2023-09-20", "2023-09-21"] {
            let areas = try dataset.controlAreas(on: Day(iso: date))
            for party in ["artsakh", "azerbaijan", "peacekeepers"] as [Controller] {
                #expect(abs((areas[party] ?? 0) - (before[party] ?? 0)) < 0.01, "\(party) on \(date)")
            }
            #expect(areas["contested"] == nil, "no band of fighting on \(date)")
        }
        let after = try dataset.controlAreas(on: Day(iso: Self.takeover))
        #expect(after["artsakh"] == nil && after["peacekeepers"] == nil)
        // Over the sources' range the ground is changing hands (docs/data-format.md, "Ground changing hands"):
        // counted under `transition`, and Azerbaijan's alone from the day after the range.
        let settled = try dataset.controlAreas(on: Day(iso: "2023-10-03"))
        #expect(settled[.transition] == nil)
        // The ground went to Azerbaijan (not nowhere): 2,800 (Tabakian) to 3,170 km² (`held-after-2020` in the facts
        // file's published_areas), less
        // the Lachin corridor handed over in 2022, with the same 10% slack as the change set's test.
        let gained = (settled["azerbaijan"] ?? 0) - (before["azerbaijan"] ?? 0)
        #expect(gained > 2_800 * 0.9 && gained < 3_170 * 1.1, "\(gained)")
        #expect(abs((after[.transition] ?? 0) - gained) < 0.01, "\(after[.transition] ?? 0) changing hands")
    }

    @Test func theTakeOverCarriesTheSourcesRange() throws {
        let dataset = try BundledData.dataset.get()
        let zones = dataset.features(in: .zones).filter { $0.string("kind") == "control" }
        let ending = zones.filter { $0.string("controller") == "artsakh" && $0.string("end_date") == Self.takeover }
        #expect(ending.count == 1)
        #expect(ending.allSatisfy { $0.string("end_date:edtf") == Self.takeoverRange })
        let starting = zones.filter {
            $0.string("controller") == "azerbaijan" && $0.string("start_date") == Self.takeover
        }
        // One zone per earlier holder: the ethnic Armenian forces' ground and the peacekeepers' corridor strip.
        #expect(starting.count == 2)
        #expect(starting.allSatisfy { $0.string("start_date:edtf") == Self.takeoverRange })
    }

    @Test func theTakeOverIsSplitByEarlierHolder() throws {
        let dataset = try BundledData.dataset.get()
        // The areas each side held on 21 Sept 2023, as the derivation computes them with pyproj
        // (data/nagorno-karabakh/README.md, key dates table: 3,106.6 and 50.2 km²).
        let expected: [(id: String, from: Controller, km2: Double)] = [
            ("zone-azerbaijan-2023-09-22-from-artsakh", "artsakh", 3_106.6),
            ("zone-azerbaijan-2023-09-22-from-peacekeepers", "peacekeepers", 50.2),
        ]
        for zone in expected {
            let feature = try #require(dataset.feature(id: zone.id), "no \(zone.id)")
            #expect(feature.transitionFrom == zone.from, "\(zone.id)")
            let area = Geodesic.wgs84.areaInSquareKilometres(of: try #require(feature.geometry))
            #expect(abs(area - zone.km2) <= zone.km2 * 0.005, "\(zone.id): \(area)")
        }
        let total = expected.map(\.km2).reduce(0, +)
        for date in ["2023-09-22", "2023-09-25", "2023-10-02"] {
            let areas = try dataset.controlAreas(on: Day(iso: date))
            #expect(abs((areas[.transition] ?? 0) - total) <= total * 0.005, "\(date): \(areas[.transition] ?? 0)")
            #expect(areas["artsakh"] == nil && areas["peacekeepers"] == nil, "\(date)")
        }
        // The day after the sources' range is a change date: the ground has settled.
        #expect(try dataset.controlAreas(on: Day(iso: "2023-10-03"))[.transition] == nil)
        #expect(dataset.keyDates.contains { $0.day.description == "2023-10-03" })
    }

    @Test func attackAndCeasefireOverlays() throws {
        let dataset = try BundledData.dataset.get()
        func overlays(_ date: String) throws -> [String] {
            try dataset.snapshot(on: Day(iso: date)).features(in: .zones).compactMap { $0.string("kind") }.filter {
                $0 != "control"
            }.sorted()
        }
        #expect(try !overlays("2023-09-18").contains("attack"))
        #expect(try overlays("2023-09-19").contains("attack"))
        #expect(try !overlays("2023-09-19").contains("ceasefire"))
        // One overlay a day: the state at the end of the day (the ceasefire from 13:00 on 20 Sept).
        #expect(try !overlays("2023-09-20").contains("attack"))
        #expect(try overlays("2023-09-20").contains("ceasefire"))
        #expect(try !overlays("2023-09-21").contains("attack"))
        #expect(try overlays("2023-09-21").contains("ceasefire"))
        #expect(try !overlays(Self.takeover).contains("ceasefire"))
        let ceasefire = try #require(dataset.features(in: .zones).first { $0.string("kind") == "ceasefire" })
        #expect(ceasefire.string("note")?.contains("13:00") == true)
    }

    /// The peacekeeping overlay is drawn as the ground of ethnic Armenian forces plus the peacekeepers' corridor, so
    /// from 23 April 2023 it leaves out the Hakari checkpoint piece, held by Azerbaijan (areas from the control zones).
    @Test func thePeacekeepingOverlayLeavesOutTheHakariCheckpoint() throws {
        let dataset = try BundledData.dataset.get()
        for date in ["2023-01-15", "2023-05-01", "2023-09-18"] {
            let day = try Day(iso: date)
            let overlay = try #require(
                try dataset.snapshot(on: day).features(in: .zones).first { $0.string("kind") == "peacekeeping" })
            let area = Geodesic.wgs84.areaInSquareKilometres(of: try #require(overlay.geometry))
            let held = try dataset.controlAreas(on: day)
            let expected = (held["artsakh"] ?? 0) + (held["peacekeepers"] ?? 0)
            #expect(abs(area - expected) < 0.05, "\(date): \(area) against \(expected)")
        }
    }

    /// The war of 2020 as the sources tell it: between a claim and its confirmation the ground is contested. On 5 Oct
    /// 2020 Jabrayil was claimed (4 Oct) and denied, so Azerbaijan holds no more than on the eve of the war; the claimed
    /// ground passes when the trilateral statement of 10 Nov confirms the line (Hadrut on 15 Oct, from the BBC's and
    /// Bellingcat's geolocation). Areas from data/nagorno-karabakh/README.md, key dates table (pyproj).
    @Test func claimedGroundIsContestedUntilConfirmed() throws {
        let dataset = try BundledData.dataset.get()
        let eve = try dataset.controlAreas(on: Day(iso: "2020-09-26"))
        let fifthOfOctober = try dataset.controlAreas(on: Day(iso: "2020-10-05"))
        #expect(abs((fifthOfOctober["azerbaijan"] ?? 0) - (eve["azerbaijan"] ?? 0)) < 0.05)
        #expect(abs((fifthOfOctober["contested"] ?? 0) - 1_786.3) < 0.5, "\(fifthOfOctober)")
        let jabrayil = try #require(dataset.feature(id: "jabrayil")?.geometry?.pointPosition)
        let map = try ControlMap(try dataset.snapshot(on: Day(iso: "2020-10-05")))
        #expect(try map.controller(at: jabrayil) == "contested")
        let contested = try dataset.snapshot(on: Day(iso: "2020-10-05")).features(in: .zones).filter {
            $0.string("controller") == "contested"
        }
        #expect(!contested.isEmpty)
        for zone in contested {
            #expect(
                zone.feature.properties?["parties"]?.arrayValue?.compactMap(\.stringValue) == ["artsakh", "azerbaijan"])
        }
        #expect((try dataset.controlAreas(on: Day(iso: "2020-11-10"))["contested"] ?? 0) == 0)
    }

    /// Each 2020 handover: the area that passes to Azerbaijan on its date, against the published figure.
    static func handover(_ dataset: Dataset, on date: String) throws -> Double {
        let day = try Day(iso: date)
        let after = try dataset.controlAreas(on: day)["azerbaijan"] ?? 0
        let before = try dataset.controlAreas(on: day.adding(days: -1))["azerbaijan"] ?? 0
        return after - before
    }

    @Test func aghdamHandoverAgainstThePublishedFigure() throws {
        // 846.7 km² = 77.4% of the district (Azerbaijan's figure, Trend/News.az, 20 Nov 2020). The piece follows
        // Natural Earth's breakaway polygon and 1991 oblast line, not fitted to the figure: Natural Earth's
        // breakaway polygon is 4% larger than the published 11,458 km² and its oblast 2.4% smaller than
        // 4,388 km², and the errors add up on this side. The 7 Martakert-area settlements included in the
        // figure are not drawn (no coordinates). Tolerance: from the figure to 25% above it.
        let area = try Self.handover(try BundledData.dataset.get(), on: "2020-11-20")
        #expect(area >= 846.7 && area <= 846.7 * 1.25, "\(area)")
    }

    @Test func kalbajarHandoverAgainstTheSovietEraDistrict() throws {
        // 1,936 km² (karabakh.az, Soviet-era borders; the current 3,050-3,054 km² includes part of the former
        // oblast added in 1992, which was not handed over). The Kalbajar/Lachin line is hand-drawn, placed so the
        // two districts share their pieces in the ratio of the published areas, so both are off by the same
        // share: the total of the two pieces is 4% below 1,936 + 1,835 km². Tolerance: 5%.
        let area = try Self.handover(try BundledData.dataset.get(), on: "2020-11-25")
        #expect(abs(area - 1_936) <= 1_936 * 0.05, "\(area)")
    }

    @Test func lachinDistrictAgainstThePublishedFigure() throws {
        // 1,835 km² (Wikipedia, 2020; 1,840 in other versions): the handover of 1 Dec 2020 plus the corridor strip
        // that stayed with the Russian peacekeepers. Tolerance: 5%, as for Kalbajar.
        let dataset = try BundledData.dataset.get()
        let corridor = try dataset.controlAreas(on: Day(iso: "2020-12-01"))["peacekeepers"] ?? 0
        let area = try Self.handover(dataset, on: "2020-12-01") + corridor
        #expect(abs(area - 1_835) <= 1_835 * 0.05, "\(area)")
    }

    @Test func heldAreasAgainstPublishedEstimates() throws {
        let dataset = try BundledData.dataset.get()
        // 1994-2020: 11,458 km² (NKR infobox), ~11,500 (Tabakian), 11,300 (NKR constitution); within 5% of 11,458.
        let held1994 = try #require(try dataset.controlAreas(on: Day(iso: "1994-05-12"))["artsakh"])
        #expect(abs(held1994 - 11_458) <= 11_458 * 0.05, "\(held1994)")
        // After the 2020 handovers: no authoritative figure (`held-after-2020`): ~2,800 (Tabakian) to 3,170 (uncited).
        let held2021 = try #require(try dataset.controlAreas(on: Day(iso: "2021-01-01"))["artsakh"])
        #expect(held2021 >= 2_800 && held2021 <= 3_170 * 1.05, "\(held2021)")
        let after2023 = try dataset.controlAreas(on: Day(iso: "2023-11-01"))
        #expect(after2023["artsakh"] == nil)
        #expect((after2023["azerbaijan"] ?? 0) > held2021)
    }

    @Test func versionAndChangelog() throws {
        let folder = URL(fileURLWithPath: TestPaths.bundledData)
        let region =
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("region.json")))
            as? [String: Any]
        #expect(region?["version"] as? String == "1.2.0")
        #expect(region?["title"] as? String == "Nagorno-Karabakh")
        let parties = (region?["parties"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
        #expect(parties == ["artsakh", "azerbaijan", "peacekeepers"])
        let changelog = try String(contentsOf: folder.appendingPathComponent("CHANGELOG.md"), encoding: .utf8)
        #expect(changelog.contains("## 1.2.0"))
        #expect(changelog.contains("## 1.1.0"))
        #expect(changelog.contains("## 1.0.0"))
    }
}
