import Foundation
import Import
import Testing

/// The RFC 4180 reader: quotes, commas and line breaks inside fields, the byte order mark, and the line each record
/// starts on (what error messages name).
@Suite struct CSVReaderTests {
    @Test func quotedFieldsKeepCommasQuotesAndLineBreaks() throws {
        let text = "\u{FEFF}id,notes,n\r\na,\"one, two\",1\r\nb,\"said \"\"no\"\"\nthen left\r\nfor good\",2\r\nc,,3\n"
        let table = try CSVReader().read(Data(text.utf8))
        #expect(table.header == ["id", "notes", "n"])
        #expect(
            table.records.map(\.fields) == [
                ["a", "one, two", "1"], ["b", "said \"no\"\nthen left\r\nfor good", "2"], ["c", "", "3"],
            ])
        // b's notes span lines 3 to 5, so c starts on line 6.
        #expect(table.records.map(\.line) == [2, 3, 6])
    }

    @Test func blankLinesAreNoRecordsButCountAsLines() throws {
        let table = try CSVReader().read("a,b\n\n1,2\n\n")
        #expect(table.records.map(\.fields) == [["1", "2"]])
        #expect(table.records.map(\.line) == [3])
    }

    @Test func aLastRecordWithoutLineBreakIsRead() throws {
        let table = try CSVReader().read("a,b\n1,\"x\"")
        #expect(table.records.map(\.fields) == [["1", "x"]])
    }

    @Test func anUnclosedQuoteNamesTheLineOfItsRecord() throws {
        do {
            _ = try CSVReader().read("a,b\n1,2\n3,\"open\nstill open\n")
            Issue.record("accepted an unclosed quote")
        } catch {
            #expect(error.line == 3 && error.message.contains("never closed"))
        }
    }

    @Test func aQuoteInsideAnUnquotedFieldIsAnError() throws {
        do {
            _ = try CSVReader().read("a,b\n1,2 \"inches\"\n")
            Issue.record("accepted a stray quote")
        } catch {
            #expect(error.line == 2 && error.column == 5)
        }
        #expect(throws: CSVError.self) { try CSVReader().read("a,b\n\"x\"y,2\n") }
    }

    @Test func bytesThatAreNotUTF8AreAnError() {
        #expect(throws: CSVError.self) { try CSVReader().read(Data([0x61, 0x0A, 0xFF, 0xFE, 0x0A])) }
        #expect(throws: CSVError.self) { try CSVReader().read("") }
    }
}
