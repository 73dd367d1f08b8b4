import Foundation
import GeoJSON
import Style
import Testing
import _ChronomapTestSupport

@Suite struct StyleReaderTests {
    static var defaultStylePath: String { TestPaths.packageRoot.appendingPathComponent("styles/default.json").path }

    static func read(_ text: String) throws(StyleError) -> Style { try Style.read(Data(text.utf8)) }

    static let minimal = #"{"version":1,"chronomap-fonts":{"regular":"/f.ttf"},"layers":[%@]}"#

    static func style(layers: String) -> String { minimal.replacingOccurrences(of: "%@", with: layers) }

    @Test func theDefaultStyleLoads() throws {
        let style = try Style.load(contentsOf: Self.defaultStylePath)
        #expect(style.layers.first?.type == .background)
        let contested = try #require(style.layers.first { $0.id == "control-contested" })
        guard case .fill(let fill) = contested.symbolizer else {
            Issue.record("the contested layer is not a fill")
            return
        }
        #expect(fill.hatch?.color == StyleColor(css: "#d55e00"))
        #expect(style.fonts["bold"]?.hasSuffix("DejaVuSans-Bold.ttf") == true)
        // The default style names no party: its control fills are repeated for the data set's parties.
        #expect(style.layers.contains { $0.repetition?.subject == .parties && $0.source == .zones })
        #expect(style.layers.contains { $0.repetition?.subject == .overlays })
    }

    @Test func unknownPaintKeyIsRejectedWithItsPath() {
        let text = Self.style(layers: ##"{"id":"a","type":"fill","source":"zones","paint":{"fill-colour":"#fff"}}"##)
        do {
            _ = try Self.read(text)
            Issue.record("accepted an unknown key")
        } catch {
            #expect(
                error.description.hasPrefix(
                    #"<style>: layers[0].paint.fill-colour: unknown paint property "fill-colour" for a fill layer"#))
        }
    }

    @Test func unknownLayerAndTopLevelKeysAreRejected() {
        #expect(throws: StyleError.self) {
            try Self.read(Self.style(layers: #"{"id":"a","type":"fill","source":"zones","colour":"red"}"#))
        }
        #expect(throws: StyleError.self) {
            try Self.read(#"{"version":1,"chronomap-fonts":{"regular":"/f.ttf"},"layers":[],"sprite":"x"}"#)
        }
    }

    @Test func badValuesAreRejected() {
        for layer in [
            #"{"id":"a","type":"fill","source":"zones","paint":{"fill-color":"blue-ish"}}"#,
            #"{"id":"a","type":"line","source":"zones","paint":{"line-width":-1}}"#,
            #"{"id":"a","type":"line","source":"roads"}"#,
            #"{"id":"a","type":"symbol","source":"places","layout":{"text-font":["italic"]}}"#,
            #"{"id":"a","type":"fill","source":"zones","chronomap-repeat":{"for":"armies","property":"controller"}}"#,
            #"{"id":"a","type":"fill","source":"zones","chronomap-legend":{"label":"x","group":"Control"}}"#,
            #"{"id":"a","type":"fill","source":"zones","chronomap-legend":{"group":"control"}}"#,
            #"{"id":"a","type":"fill","source":"zones","filter":["~=","kind","x"]}"#,
        ] {
            #expect(throws: StyleError.self, "\(layer)") { try Self.read(Self.style(layers: layer)) }
        }
    }

    @Test func syntaxErrorsHaveLineAndColumn() {
        do {
            _ = try Style.read(Data("{\n  \"version\": 1,,\n}".utf8))
            Issue.record("accepted bad JSON")
        } catch {
            #expect(
                error.description == "<style>:2:16: unexpected character ','; expected a member name in double quotes")
        }
    }

    @Test func filtersMatchLikeMapLibre() throws {
        let filter = try #require(
            try Self.read(
                Self.style(
                    layers:
                        #"{"id":"a","type":"fill","source":"zones","filter":["all",["==","kind","control"],["in","controller","artsakh","contested"],["<=","rank",2],["!has","end_date"]]}"#
                )
            ).layers.first?.filter)
        #expect(filter.matches(["kind": "control", "controller": "artsakh", "rank": 1], geometryType: "Polygon"))
        #expect(!filter.matches(["kind": "control", "controller": "azerbaijan", "rank": 1], geometryType: "Polygon"))
        #expect(!filter.matches(["kind": "control", "controller": "artsakh", "rank": 3], geometryType: "Polygon"))
        #expect(
            !filter.matches(
                ["kind": "control", "controller": "artsakh", "rank": 1, "end_date": "2020"], geometryType: "Polygon"))
        #expect(StyleFilter.equal("$type", "LineString").matches([:], geometryType: "LineString"))
    }

    @Test func colours() {
        #expect(StyleColor(css: "#c5dfe9") == StyleColor(red: 197 / 255, green: 223 / 255, blue: 233 / 255))
        #expect(StyleColor(css: "#fff") == .white)
        #expect(StyleColor(css: "rgba(255, 0, 0, 0.5)") == StyleColor(red: 1, green: 0, blue: 0, alpha: 0.5))
        #expect(StyleColor(css: "#12345") == nil)
        #expect(StyleColor(css: "rgb(300, 0, 0)") == nil)
    }
}

/// What the default style draws on a map of a whole country.
@Suite struct DefaultStyleZoomTests {
    /// A map of a country 15° wide, 1600 px across (Web Mercator zoom log2(1600 × 360 / (15 × 256)) ≈ 7.2, less
    /// with the furniture's margins; 5 for a country three times wider) still shows the day's events: an events
    /// map at country scale is what a newsroom draws, and the subtitle names them.
    @Test func eventIconsShowOnCountryWideMaps() throws {
        let style = try FixtureMap.style.get()
        let icons = try #require(style.layers.first { $0.id == "event-icons" })
        #expect(icons.isVisible(atZoom: 5))
    }
}
