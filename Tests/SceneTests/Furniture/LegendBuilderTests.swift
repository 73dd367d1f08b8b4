import Chronology
import Localization
import Style
import Testing

@testable import Scene

/// The legend lists what was drawn, never what the style could draw, with the change first and the notes last.
/// The English wording is en.json's.
@Suite struct LegendBuilderTests {
    static let layers = [
        SceneFixture.layer(
            "zones", .zones, .fill(FillSymbolizer(color: SceneFixture.red)), legend: (.control, "Held by {name}")),
        SceneFixture.layer(
            "roads", .routes, .line(LineSymbolizer(color: .black, width: 2)), legend: (.roads, "Road")),
        SceneFixture.layer(
            "towns", .places, .circle(CircleSymbolizer(radius: 3, color: .black)), legend: (.places, "Town")),
        SceneFixture.layer(
            "villages", .places, .circle(CircleSymbolizer(radius: 2, color: .black)), legend: (.places, "Town")),
    ]

    static func builder() -> LegendBuilder {
        LegendBuilder(
            layers: layers, catalog: .english,
            eventWording: EventWording(catalog: .english, region: SceneFixture.region),
            furniture: .standard)
    }

    static func drawn(
        _ layerIDs: Set<String>, highlight: String? = nil, approximate: Bool = false
    ) -> LegendBuilder.Drawn {
        let style = FurnitureStyle.standard
        return LegendBuilder.Drawn(
            layerIDs: layerIDs,
            firstFeatures: [
                "zones": SceneFixture.feature("z", .zones, SceneFixture.square(0, 0, 1), ["name": "North"])
            ],
            eventKinds: [], highlightLegend: highlight,
            highlightStyle: (style.highlightFillColor, style.highlightHatch, style.highlightColor),
            showsApproximate: approximate, showsUncertain: false, uncertainHatch: nil)
    }

    @Test func onlyDrawnLayersAreListedInStyleOrder() {
        let lines = Self.builder().lines(for: Self.drawn(["towns", "zones"]))
        #expect(lines.map(\.label) == ["Held by North", "Town"])
        #expect(lines.map(\.groupTitle) == ["Control", "Places"])
        #expect(lines.map(\.layerID) == ["zones", "towns"])
    }

    /// Two layers with the same wording in one group make one line.
    @Test func sameWordingInAGroupIsListedOnce() {
        let lines = Self.builder().lines(for: Self.drawn(["towns", "villages"]))
        #expect(lines.map(\.label) == ["Town"])
    }

    @Test func theChangeComesFirstAndTheNotesLast() {
        let lines = Self.builder().lines(for: Self.drawn(["roads", "zones"], highlight: "Taken", approximate: true))
        #expect(lines.map(\.label) == ["Taken", "Held by North", "Road", "Dashed outline or ~: approximate"])
        #expect(lines.map(\.group) == [.change, .control, .roads, .notes])
    }

    @Test func nothingDrawnMakesNoLegend() {
        #expect(Self.builder().lines(for: Self.drawn([])).isEmpty)
    }
}
