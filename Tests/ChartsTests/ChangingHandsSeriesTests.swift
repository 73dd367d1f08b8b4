import Charts
import Chronology
import Testing
import _ChronomapTestSupport

/// `areas` counts ground changing hands under `transition` (its own CSV column after `contested`) and starts a row on
/// the day after the window (``ChangingHandsFixture``; areas from pyproj).
@Suite struct ChangingHandsSeriesTests {
    @Test func theWindowHasItsOwnColumnAndEndsOnAChangeDate() throws {
        let dataset = try Dataset.load(from: ChangingHandsFixture.folder())
        let series = try AreaSeries.compute(dataset, over: Day(iso: "2024-03-01")...Day(iso: "2024-03-20"))
        #expect(series.rows.map(\.day.description) == ["2024-03-01", "2024-03-05", "2024-03-09"])
        #expect(series.controllers.map(\.id) == ["west", "east", "contested", "transition"])
        let transition: [Double] = series.rows.map { (($0.areas[.transition] ?? -1) * 10).rounded() / 10 }
        #expect(transition == [0, 1432.4, 0])
        let csv = series.csv().split(separator: "\n").map(String.init)
        #expect(csv.first == "date,west,east,contested,transition")
        #expect(csv.dropFirst().first { $0.hasPrefix("2024-03-05,") } == "2024-03-05,955,7162.1,0,1432.4")
        let json = series.json().arrayValue?[1].objectValue?["areas_km2"]?.objectValue
        #expect(json?["transition"] == .number(1432.4))
    }
}
