import Chronology
import GeoJSON
import Style
import Testing

@testable import Scene

/// Fills and lines: each feature's outline dash says whether it is approximate or its date uncertain on the day,
/// and the result says what the legend must explain.
@Suite struct GeometryDrawingTests {
    static var drawing: GeometryDrawing {
        GeometryDrawing(
            frame: SceneFixture.frame(), day: SceneFixture.day,
            innerEdges: InnerEdges(studyArea: SceneFixture.region.studyAreaGeometry))
    }
    static let hatch = Hatch(color: .black, spacing: 4, angleDegrees: 45, width: 0.5)
    static let fill = FillSymbolizer(
        color: SceneFixture.red, outlineColor: .black, outlineWidth: 2, outlineDash: [], approximateDash: [4, 3],
        uncertainDash: [1, 2], uncertainHatch: hatch)

    static func strokes(_ items: [SceneItem]) -> [SceneItem.Stroke] {
        items.compactMap { if case .stroke(let stroke) = $0 { stroke } else { nil } }
    }

    static func fills(_ items: [SceneItem]) -> [SceneItem.Fill] {
        items.compactMap { if case .fill(let fill) = $0 { fill } else { nil } }
    }

    @Test func aPlainZoneIsFilledAndOutlinedSolid() throws {
        let layer = SceneFixture.layer("zones", .zones, .fill(Self.fill))
        let result = try Self.drawing.draw(
            layer, fill: Self.fill,
            features: SceneFixture.selected(
                SceneFixture.feature("pin", .zones, SceneFixture.point(0.5, 0.5)),
                SceneFixture.feature("z", .zones, SceneFixture.square(0.1, 0.1, 0.3))))
        // The point has no polygon: it draws nothing and is not the first feature.
        #expect(result.drewSomething && result.firstFeature?.id == "z")
        #expect(Self.fills(result.items).map(\.color) == [SceneFixture.red])
        #expect(Self.strokes(result.items).map(\.dash) == [[]])
        #expect(!result.showsApproximate && !result.showsUncertain && result.uncertainHatch == nil)
    }

    @Test func anApproximateZoneIsDashed() throws {
        let layer = SceneFixture.layer("zones", .zones, .fill(Self.fill))
        let result = try Self.drawing.draw(
            layer, fill: Self.fill,
            features: SceneFixture.selected(
                SceneFixture.feature("z", .zones, SceneFixture.square(0.1, 0.1, 0.3), ["accuracy": "approximate"])))
        #expect(Self.strokes(result.items).map(\.dash) == [[4, 3]])
        #expect(result.showsApproximate && !result.showsUncertain)
    }

    /// Taken over some time between 20 April and 10 May: uncertain on 1 May, so hatched and dotted.
    @Test func aZoneOfUncertainDateIsHatchedAndDotted() throws {
        let layer = SceneFixture.layer("zones", .zones, .fill(Self.fill))
        let uncertain = try UncertainDate(edtf: "[2000-04-20..2000-05-10]")
        let result = try Self.drawing.draw(
            layer, fill: Self.fill,
            features: SceneFixture.selected(
                SceneFixture.feature(
                    "z", .zones, SceneFixture.square(0.1, 0.1, 0.3), ["accuracy": "approximate"],
                    startUncertainty: uncertain)))
        // The uncertain date wins over the approximate outline.
        #expect(Self.strokes(result.items).map(\.dash) == [[1, 2]])
        #expect(Self.fills(result.items).map(\.hatch) == [nil, Self.hatch])
        #expect(result.showsUncertain && result.uncertainHatch == Self.hatch && !result.showsApproximate)
    }

    /// An event of the days before is drawn at the recent opacity: alpha 1 * 0.25.
    @Test func recentEventLinesAreFaded() {
        let line = LineSymbolizer(color: SceneFixture.blue, width: 3, opacity: 1, recentOpacity: 0.25)
        let layer = SceneFixture.layer("attacks", .events, .line(line))
        let path = Geometry.lineString(
            LineString([Position(longitude: 0.2, latitude: 0.2), Position(longitude: 0.8, latitude: 0.8)]))
        let result = Self.drawing.draw(
            layer, line: line,
            features: [
                SelectedFeature(feature: SceneFixture.feature("old", .events, path), isRecent: true),
                SelectedFeature(feature: SceneFixture.feature("new", .events, path), isRecent: false),
            ])
        #expect(Self.strokes(result.items).map(\.color.alpha) == [0.25, 1])
        #expect(Self.strokes(result.items).map(\.width) == [3, 3])
        #expect(result.drewSomething && result.firstFeature?.id == "old")
    }
}
