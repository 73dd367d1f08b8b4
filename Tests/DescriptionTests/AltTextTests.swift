import Description
import Foundation
import Testing
import _ChronomapTestSupport

@Suite struct AltTextTests {
    @Test func wordsAreRunsBetweenWhiteSpace() {
        #expect(AltText.wordCount("Map of Nagorno-Karabakh on 10 November 2020.") == 7)
        #expect(AltText.wordCount("  силы карабахских армян \u{2014} 7\u{00A0}687 км²\n") == 6)
        #expect(AltText.wordCount("") == 0)
    }

    /// `map.png` gets `map.png.txt` and `map.png.long.txt`, each ending with a newline.
    @Test func bothFormsAreWrittenBesideTheImage() throws {
        let folder = try TestPaths.makeScratchFolder()
        let image = folder.appendingPathComponent("map.png").path
        try AltText(short: "Short.", long: "Long and longer.").write(besideImage: image)
        #expect(try String(contentsOfFile: image + ".txt", encoding: .utf8) == "Short.\n")
        #expect(try String(contentsOfFile: image + ".long.txt", encoding: .utf8) == "Long and longer.\n")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
                "map.png.long.txt", "map.png.txt",
            ])
    }
}
