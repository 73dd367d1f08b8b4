import Chronology
import GeoJSON
import Testing
import _ChronomapTestSupport

/// FACTS.md section 2, columns 94–20, 20–23 and 23→, checked on CONVENTIONS.md's three reference dates.
/// The table is typed in from FACTS by hand: A = Armenian forces / Artsakh (including "ARM (RU-PK)" and
/// the RU-PK corridor), Z = Azerbaijan, nil = outside the study area (Armenia proper, Azerbaijan far from
/// the line), "?" = FACTS gives no single controller (split village, bridge built later).
@Suite struct ControlOfPlacesTests {
    static let table: [(id: String, before2020: String, after2020: String, after2023: String)] = [
        ("stepanakert", "A", "A", "Z"), ("shusha", "A", "Z", "Z"), ("askeran", "A", "A", "Z"), ("martakert", "A", "A", "Z"),
        ("martuni", "A", "A", "Z"), ("hadrut", "A", "Z", "Z"), ("khojaly", "A", "A", "Z"), ("stepanakert-airport", "A", "A", "Z"),
        ("lachin", "A", "A", "Z"), ("aghavno", "A", "A", "Z"), ("sus", "A", "A", "Z"), ("kalbajar", "A", "Z", "Z"),
        ("aghdam", "A", "Z", "Z"), ("fuzuli", "A", "Z", "Z"), ("jabrayil", "A", "Z", "Z"), ("qubadli", "A", "Z", "Z"),
        ("zangilan", "A", "Z", "Z"), ("lisagor", "A", "A", "Z"), ("mets-shen", "A", "A", "Z"), ("hin-shen", "A", "A", "Z"),
        ("dashalty", "A", "Z", "Z"), ("taghavard", "A", "?", "Z"), ("chankatagh", "A", "A", "Z"), ("talish", "A", "Z", "Z"),
        ("lalatapa", "Z", "Z", "Z"), ("tigranakert", "A", "Z", "Z"), ("drmbon", "A", "A", "Z"), ("tartar", "Z", "Z", "Z"),
        ("goris", "-", "-", "-"), ("tegh", "-", "-", "-"), ("kornidzor", "-", "-", "-"), ("kapan", "-", "-", "-"),
        ("yerevan", "-", "-", "-"), ("hakari-bridge", "?", "?", "?"),
    ]

    static func expected(_ code: String) -> Controller?? {
        switch code {
        case "A": .some(.artsakh)
        case "Z": .some(.azerbaijan)
        case "-": .some(nil)
        default: nil
        }
    }

    @Test(arguments: ["2019-01-01", "2021-01-01", "2023-11-01"])
    func everyPlaceHasTheControllerFactsGives(date: String) throws {
        let dataset = try BundledData.dataset.get()
        let map = try ControlMap(try dataset.snapshot(on: Day(iso: date)))
        for row in Self.table {
            let code = date == "2019-01-01" ? row.before2020 : date == "2021-01-01" ? row.after2020 : row.after2023
            guard let expected = Self.expected(code) else { continue }
            let place = try #require(dataset.feature(id: row.id), "no place \(row.id)")
            let position = try #require(place.geometry?.pointPosition)
            #expect(map.controller(at: position) == expected, "\(row.id) on \(date)")
        }
    }

    @Test func everyFactsPlaceIsInTheData() throws {
        let dataset = try BundledData.dataset.get()
        let places = dataset.features(in: .places)
        #expect(places.count >= 35)
        for id in Self.table.map(\.id) + ["baku", "ganja", "barda"] {
            #expect(dataset.feature(id: id)?.layer == .places, "\(id) missing")
        }
    }

    @Test func disputedPlacesCarryBothSidesNames() throws {
        let dataset = try BundledData.dataset.get()
        let stepanakert = try #require(dataset.feature(id: "stepanakert"))
        #expect(stepanakert.string("name:en") == "Stepanakert")
        #expect(stepanakert.string("alt_name:en") == "Khankendi")
        #expect(stepanakert.string("name:az") == "Xankəndi")
        #expect(stepanakert.string("name:hy")?.hasPrefix("Ստեփանակերտ") == true)
        for (id, other) in [("shusha", "Shushi"), ("martakert", "Aghdara"), ("kalbajar", "Karvachar"), ("lachin", "Berdzor"), ("aghavno", "Zabukh")] {
            #expect(dataset.feature(id: id)?.string("alt_name:en") == other, "\(id)")
        }
    }

    @Test func placesAreWhereFactsPutsThem() throws {
        // Coordinates of FACTS section 2 (Wikipedia infoboxes), to 4 decimals; Natural Earth's wrong Kapan and Agdam corrected.
        let dataset = try BundledData.dataset.get()
        let expected: [String: (Double, Double)] = ["stepanakert": (39.8153, 46.7519), "kapan": (39.2011, 46.4150), "aghdam": (39.9931, 46.9306),
                                                    "taghavard": (39.6681, 46.9202), "shusha": (39.7583, 46.7483), "kalbajar": (40.1067, 46.0383)]
        for (id, (latitude, longitude)) in expected {
            let position = try #require(dataset.feature(id: id)?.geometry?.pointPosition)
            #expect(abs(position.latitude - latitude) < 1e-6 && abs(position.longitude - longitude) < 1e-6, "\(id)")
        }
    }
}
