import Canvas
import Testing

@Suite struct SurfaceCompositingTests {
    @Test func drawsAnotherSurfaceAtItsLogicalSize() throws {
        let tile = try Surface(width: 10, height: 10, scale: 2)
        try tile.paint(.black)
        let target = try Surface(width: 40, height: 40)
        try target.draw(tile, at: CanvasPoint(x: 5, y: 5))
        #expect(try target.pixel(x: 5, y: 5) == .black)
        #expect(try target.pixel(x: 14, y: 14) == .black)
        #expect(try target.pixel(x: 15, y: 15) == .clear)
        #expect(try target.pixel(x: 4, y: 4) == .clear)
        try target.draw(tile, at: CanvasPoint(x: 20, y: 20), scale: 2, opacity: 0.5)
        #expect(try target.pixel(x: 20, y: 20).hexString == "#00000080")
        #expect(try target.pixel(x: 39, y: 39).hexString == "#00000080")
    }

    @Test func scaleTwoImageDrawnIntoScaleTwoSurfaceKeepsEveryPixel() throws {
        let tile = try Surface(width: 4, height: 4, scale: 2)
        tile.addRect(CanvasRect(x: 0, y: 0, width: 0.5, height: 0.5))
        try tile.fill(.black)
        let target = try Surface(width: 8, height: 8, scale: 2)
        try target.draw(tile, at: CanvasPoint(x: 2, y: 2))
        #expect(try target.pixel(x: 4, y: 4) == .black)
        #expect(try target.pixel(x: 5, y: 5) == .clear)
        #expect(try target.pixel(x: 3, y: 3) == .clear)
    }

    @Test func drawingRejectsItselfAndDocuments() throws {
        let surface = try Surface(width: 10, height: 10)
        #expect(throws: CanvasError.self) { try surface.draw(surface, at: .zero) }
        let document = try Surface(document: .svg, width: 10, height: 10)
        #expect(throws: CanvasError.notAnImage(operation: "draw(_:at:)")) { try surface.draw(document, at: .zero) }
    }
}
