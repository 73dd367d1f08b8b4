import Chronology
import Testing

/// EDTF values against the windows the EDTF specification (ISO 8601-2, levels 0 and 1) gives them.
@Suite struct UncertainDateTests {
    static func window(_ text: String) throws -> (String, String) {
        let value = try UncertainDate(edtf: text)
        return (value.earliest.description, value.latest.description)
    }

    @Test func plainDatesAreOneDayAndPreciseButPeriodsAreNot() throws {
        #expect(try Self.window("2023-09-19") == ("2023-09-19", "2023-09-19"))
        #expect(try !UncertainDate(edtf: "2023-09-19").isImprecise)
        #expect(try Self.window("2023-09") == ("2023-09-01", "2023-09-30"))
        #expect(try Self.window("2020") == ("2020-01-01", "2020-12-31"))
        #expect(try UncertainDate(edtf: "2023-09").isImprecise)
    }

    @Test func qualifiersMarkTheValue() throws {
        let approximate = try UncertainDate(edtf: "2020-11~")
        #expect(approximate.isApproximate && !approximate.isUncertain)
        #expect((approximate.earliest.description, approximate.latest.description) == ("2020-11-01", "2020-11-30"))
        let uncertain = try UncertainDate(edtf: "2023-10?")
        #expect(uncertain.isUncertain && !uncertain.isApproximate)
        let both = try UncertainDate(edtf: "2023-10-02%")
        #expect(both.isUncertain && both.isApproximate)
    }

    @Test func unspecifiedDigitsWidenTheWindow() throws {
        #expect(try Self.window("2023-09-2X") == ("2023-09-20", "2023-09-29"))
        #expect(try Self.window("2023-09-3X") == ("2023-09-30", "2023-09-30"))
        #expect(try Self.window("2023-XX") == ("2023-01-01", "2023-12-31"))
        #expect(try Self.window("2024-02-XX") == ("2024-02-01", "2024-02-29"))
    }

    @Test func setsAndIntervalsSpanTheirMembers() throws {
        let range = try UncertainDate(edtf: "[2023-09-22..2023-10-02]")
        #expect((range.earliest.description, range.latest.description) == ("2023-09-22", "2023-10-02"))
        #expect(range.isUncertain)
        let inside = try Day(iso: "2023-09-25"), after = try Day(iso: "2023-10-03")
        #expect(range.contains(inside) && !range.contains(after))
        #expect(try Self.window("[2023-09-22,2023-10-02]") == ("2023-09-22", "2023-10-02"))
        #expect(try Self.window("2020-09-27/2020-11") == ("2020-09-27", "2020-11-30"))
    }

    @Test(arguments: [
        "", "2023-13", "2023-02-30", "23-09-01", "2023/..", "[2023-09-22..]", "2023-09-19T10:00", "2023-09-19~?",
        "{2023",
    ])
    func malformedValuesAreRefused(text: String) {
        #expect(throws: DateError.self) { try UncertainDate(edtf: text) }
    }
}
