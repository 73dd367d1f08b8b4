import Canvas
import Testing

@Suite struct ColorTests {
    @Test func parsesTheThreeHexForms() throws {
        #expect(try Color(hex: "#f80") == Color(red: 1, green: 136.0 / 255, blue: 0))
        #expect(try Color(hex: "#3366CC") == Color(red: 0.2, green: 0.4, blue: 0.8))
        #expect(try Color(hex: "#ff000080") == Color(red: 1, green: 0, blue: 0, alpha: 128.0 / 255))
    }

    @Test(arguments: ["red", "#12", "#12345", "#gggggg", "123456", "#1234567", "", "#ff00ff00ff"])
    func rejectsOtherForms(_ text: String) {
        #expect(throws: CanvasError.invalidColor(text)) { try Color(hex: text) }
    }

    @Test func hexStringRoundTrips() throws {
        #expect(try Color(hex: "#3366cc").hexString == "#3366cc")
        #expect(try Color(hex: "#3366cc80").hexString == "#3366cc80")
        #expect(Color.clear.hexString == "#00000000")
    }

    @Test func clampsComponentsAndReplacesAlpha() {
        let color = Color(red: 2, green: -1, blue: .nan, alpha: 0.5)
        #expect(color == Color(red: 1, green: 0, blue: 0, alpha: 0.5))
        #expect(Color.black.withAlpha(0.25).alpha == 0.25)
        #expect(Color.white.withAlpha(3).alpha == 1)
    }
}
