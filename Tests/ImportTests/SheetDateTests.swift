import Chronology
import Testing

@testable import Import

/// The spellings of a day that events sheets use: ISO and ACLED's export tool's, old and new.
@Suite struct SheetDateTests {
    @Test(arguments: ["2023-09-19", "19 September 2023", "19-September-2023", "19 Sep 2023", " 19 september 2023 "])
    func aDayIsReadInEachSpelling(text: String) throws {
        #expect(try SheetDate.day(text) == Day(iso: "2023-09-19"))
    }

    @Test(arguments: [
        "19/09/2023", "09/19/2023", "2023-02-29", "30 February 2024", "19 Sept. 2023", "September 2023", "",
    ])
    func otherTextIsRefused(text: String) {
        #expect(throws: CellError.self) { try SheetDate.day(text) }
    }
}
