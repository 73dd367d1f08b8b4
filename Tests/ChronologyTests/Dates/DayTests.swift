import Chronology
import Testing

@Suite struct DayTests {
    @Test func parsesFullDates() throws {
        let day = try Day(iso: "2023-09-19")
        #expect((day.year, day.month, day.day) == (2023, 9, 19))
        #expect(day.description == "2023-09-19")
        #expect(day.longDescription == "19 September 2023")
    }

    @Test(arguments: [
        ("2023-02-30", "2023-02-30 is not a valid date: February 2023 has 28 days"),
        ("2100-02-29", "2100-02-29 is not a valid date: February 2100 has 28 days"),
        ("2023-13-01", "2023-13-01 is not a valid date: there is no month 13"),
        ("2023-9-19", "2023-9-19 is not a date of the form YYYY-MM-DD"),
        ("yesterday", "yesterday is not a date of the form YYYY-MM-DD"),
        ("2020-11", "2020-11 is not a date of the form YYYY-MM-DD"),
    ])
    func refusesImpossibleDates(text: String, message: String) {
        #expect(throws: DateError.self) { try Day(iso: text) }
        do { _ = try Day(iso: text) } catch { #expect(error.description == message) }
    }

    @Test func leapDays() throws {
        #expect(try Day(iso: "2024-02-29").day == 29)
        #expect(try Day(iso: "2000-02-29").day == 29)
    }

    @Test func partialDatesMeanTheFirstDay() throws {
        #expect(try Day(partialISO: "2020") == Day(year: 2020, month: 1, day: 1))
        #expect(try Day(partialISO: "2020-11") == Day(year: 2020, month: 11, day: 1))
        #expect(try Day(partialISO: "2020-11-10") == Day(year: 2020, month: 11, day: 10))
    }

    @Test func dayNumbersMatchTheUnixEpoch() throws {
        // 1970-01-01 is day 0; 2000-01-01 is 10,957 days later (30 years with 7 leap days);
        // 1994-05-12 is 8,897 (date -d 1994-05-12 +%s, divided by 86,400).
        #expect(try Day(iso: "1970-01-01").dayNumber == 0)
        #expect(try Day(iso: "2000-01-01").dayNumber == 10_957)
        #expect(try Day(iso: "1994-05-12").dayNumber == 8_897)
        #expect(Day(dayNumber: 8_897) == (try Day(iso: "1994-05-12")))
        #expect(try Day(iso: "2023-09-18").adding(days: 27) == Day(iso: "2023-10-15"))
        #expect(try Day(iso: "1969-12-31").dayNumber == -1)
    }
}

@Suite struct ValidityIntervalTests {
    @Test func isHalfOpen() throws {
        let interval = ValidityInterval(start: try Day(iso: "2020-11-10"), end: try Day(iso: "2020-12-01"))
        #expect(!interval.contains(try Day(iso: "2020-11-09")))
        #expect(interval.contains(try Day(iso: "2020-11-10")))
        #expect(interval.contains(try Day(iso: "2020-11-30")))
        #expect(!interval.contains(try Day(iso: "2020-12-01")))
        #expect(ValidityInterval(start: nil, end: nil).contains(try Day(iso: "1900-01-01")))
    }

    @Test func overlapsRespectsOpenEnds() throws {
        let first = ValidityInterval(start: try Day(iso: "2000-01-01"), end: try Day(iso: "2000-02-01"))
        let touching = ValidityInterval(start: try Day(iso: "2000-02-01"), end: nil)
        #expect(!first.overlaps(touching))
        #expect(first.overlaps(ValidityInterval(start: nil, end: try Day(iso: "2000-01-02"))))
    }
}
