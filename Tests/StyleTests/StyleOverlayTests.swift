import Foundation
import GeoJSON
import Style
import Testing
import _ChronomapTestSupport

/// The overlay variant of a style (`chronomap-overlay`): layers removed, paint changed, mistakes named by path.
@Suite struct StyleOverlayTests {
    static let text = #"""
        {"version": 1, "chronomap-fonts": {"regular": "/f.ttf"},
         "chronomap-overlay": {"remove": ["land"], "paint": {"sea": {"background-color": "rgba(0, 0, 0, 0)"},
                                                             "zones": {"fill-opacity": 0.5}}},
         "layers": [
           {"id": "sea", "type": "background", "paint": {"background-color": "#d5e5ef"}},
           {"id": "land", "type": "fill", "source": "base", "paint": {"fill-color": "#f4f1e9"}},
           {"id": "zones", "type": "fill", "source": "zones", "paint": {"fill-color": "#efc36a"}}
         ]}
        """#

    static func read(_ text: String, _ variant: StyleVariant) throws(StyleError) -> Style {
        try Style.read(Data(text.utf8), variant: variant)
    }

    @Test func theStandardVariantIsTheStyleAsItStands() throws {
        let style = try Self.read(Self.text, .standard)
        #expect(style.layers.map(\.id) == ["sea", "land", "zones"])
        #expect(style.backgroundColor == StyleColor(css: "#d5e5ef"))
    }

    @Test func theOverlayRemovesLayersAndChangesPaint() throws {
        let style = try Self.read(Self.text, .overlay)
        #expect(style.layers.map(\.id) == ["sea", "zones"])
        #expect(style.backgroundColor.alpha == 0)
        guard case .fill(let fill)? = style.layers.last?.symbolizer else {
            Issue.record("the zones layer is not a fill")
            return
        }
        // #efc36a at fill-opacity 0.5.
        #expect(fill.color == StyleColor(red: 239 / 255, green: 195 / 255, blue: 106 / 255, alpha: 0.5))
    }

    @Test func aStyleWithoutAnOverlayCannotDrawOne() {
        let plain = Self.text.replacingOccurrences(of: "\"chronomap-overlay\"", with: "\"metadata\"")
        #expect(throws: StyleError.self) { try Self.read(plain, .overlay) }
        #expect((try? Self.read(plain, .standard)) != nil)
    }

    @Test func mistakesInTheOverlayAreNamedByPathEvenWhenItIsNotUsed() {
        let cases: [(String, String, String)] = [
            (#""remove": ["land"]"#, #""remove": ["lands"]"#, "chronomap-overlay.remove[0]"),
            (
                #""zones": {"fill-opacity": 0.5}"#, #""zones": {"fill-opacity": 2}"#,
                "chronomap-overlay.paint.zones.fill-opacity"
            ),
            (
                #""zones": {"fill-opacity": 0.5}"#, #""zones": {"line-width": 2}"#,
                "chronomap-overlay.paint.zones.line-width"
            ),
            (#""sea": {"#, #""land": {"#, "chronomap-overlay.paint.land"),
            (#""remove": ["land"], "#, #""remove": ["land"], "hide": [], "#, "chronomap-overlay.hide"),
        ]
        for (original, broken, path) in cases {
            let text = Self.text.replacingOccurrences(of: original, with: broken)
            #expect(text != Self.text, "\(broken)")
            do {
                _ = try Self.read(text, .standard)
                Issue.record("accepted \(broken)")
            } catch {
                #expect(error.description.contains(path), "\(error.description)")
            }
        }
    }

    @Test func theDefaultStylesOverlayKeepsTheMapsLinesAndLabels() throws {
        let path = TestPaths.packageRoot.appendingPathComponent("styles/default.json").path
        let standard = try Style.load(contentsOf: path)
        let overlay = try Style.load(contentsOf: path, variant: .overlay)
        #expect(overlay.backgroundColor.alpha == 0)
        let removed = Set(standard.layers.map(\.id)).subtracting(overlay.layers.map(\.id))
        #expect(removed == ["countries", "countries-of-parties", "lakes", "rivers"])
        for id in ["control-outline", "borders", "routes-open", "places-capital", "event-icons", "labels-towns"] {
            #expect(overlay.layers.contains { $0.id == id }, "\(id)")
        }
        guard case .fill(let control)? = overlay.layers.first(where: { $0.id == "control" })?.symbolizer else {
            Issue.record("no control fill in the overlay")
            return
        }
        #expect(abs(control.color.alpha - 0.45) < 1e-9)
    }
}
