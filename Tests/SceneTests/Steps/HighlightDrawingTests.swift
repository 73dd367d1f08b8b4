import GeoJSON
import Style
import Testing

@testable import Scene

/// Each highlighted area is filled with the style's highlight hatch, outlined with a casing 2.1 times the line
/// width, and asks for a bold label placed before any place label; an area with no polygon draws nothing.
@Suite struct HighlightDrawingTests {
    @Test func eachAreaIsHatchedOutlinedAndLabelled() throws {
        let style = FurnitureStyle.standard
        let drawing = HighlightDrawing(frame: SceneFixture.frame(), style: style)
        let result = try drawing.draw([
            HighlightArea(geometry: .multiPolygon(MultiPolygon([])), lines: ["Nothing"]),
            HighlightArea(geometry: SceneFixture.square(0.2, 0.2, 0.5), lines: ["Taken", "in May"]),
        ])
        #expect(result.items.count == 2)
        guard case .fill(let fill) = result.items.first, case .stroke(let stroke) = result.items.last else {
            Issue.record("expected a fill then a stroke")
            return
        }
        #expect(fill.hatch == style.highlightHatch && fill.color == style.highlightFillColor)
        #expect(fill.layer == .style("highlight") && stroke.layer == .style("highlight"))
        #expect(stroke.isClosed && stroke.width == style.highlightLineWidth)
        #expect(stroke.casing?.width == style.highlightLineWidth * 2.1)
        // The square's one ring, closed: five points.
        #expect(stroke.paths.map(\.count) == [5])
        // The labels keep the area's index among all areas, and come before every place label (priority -10).
        #expect(result.labels.map(\.featureID) == ["highlight-1"])
        #expect(result.labels.map(\.lines) == [["Taken", "in May"]])
        #expect(result.labels.map(\.priority) == [-10])
        #expect(result.labels.map(\.fontRole) == ["bold"])
    }

    @Test func noAreasDrawNothing() throws {
        let result = try HighlightDrawing(frame: SceneFixture.frame(), style: .standard).draw([])
        #expect(result.items.isEmpty && result.labels.isEmpty)
    }
}
