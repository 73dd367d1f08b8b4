import Canvas
import Testing

@Suite struct SurfaceViewsTests {
    /// A view draws into its rows of the surface and nowhere else, in logical pixels starting at its first row.
    @Test func aViewDrawsIntoItsRowsOnly() throws {
        let surface = try Surface(width: 10, height: 8, scale: 1.5)
        #expect(surface.height == 12)
        let view = try surface.view(ofRows: 3..<9)
        #expect(view.width == 15 && view.height == 6)
        #expect(view.logicalWidth == 10 && view.logicalHeight == 4)
        try view.paint(.black)
        view.addRect(CanvasRect(x: 0, y: 0, width: 2, height: 2))
        try view.fill(try Color(hex: "#ff0000"))
        surface.viewsWereDrawn()
        #expect(try surface.pixel(x: 0, y: 2) == .clear)
        #expect(try surface.pixel(x: 0, y: 3).hexString == "#ff0000")
        #expect(try surface.pixel(x: 2, y: 5).hexString == "#ff0000")
        #expect(try surface.pixel(x: 3, y: 6) == .black)
        #expect(try surface.pixel(x: 14, y: 8) == .black)
        #expect(try surface.pixel(x: 14, y: 9) == .clear)
    }

    /// The surface reads what its views drew, in Cairo's own operations too: a view outlives the code that made it
    /// only as long as the surface does, and Cairo is told the pixels changed.
    @Test func theSurfaceSeesItsViewsPixels() throws {
        let surface = try Surface(width: 4, height: 4)
        try surface.view(ofRows: 2..<4).paint(.black)
        surface.viewsWereDrawn()
        let copy = try Surface(width: 4, height: 4)
        try copy.draw(surface, at: .zero)
        #expect(try copy.pixel(x: 0, y: 1) == .clear)
        #expect(try copy.pixel(x: 3, y: 3) == .black)
    }

    @Test func rowsOutsideTheSurfaceAndDocumentsAreRejected() throws {
        let surface = try Surface(width: 10, height: 10)
        #expect(throws: CanvasError.self) { try surface.view(ofRows: 5..<11) }
        #expect(throws: CanvasError.self) { try surface.view(ofRows: 4..<4) }
        let document = try Surface(document: .svg, width: 10, height: 10)
        #expect(throws: CanvasError.notAnImage(operation: "view(ofRows:)")) { try document.view(ofRows: 0..<1) }
    }
}
