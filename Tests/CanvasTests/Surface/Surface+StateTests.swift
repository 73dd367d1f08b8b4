import Canvas
import Testing

@Suite struct SurfaceStateTests {
    @Test func savedStateRestoresTransformAndClip() throws {
        let surface = try Surface(width: 20, height: 20)
        surface.withSavedState {
            surface.translate(x: 5, y: 5)
            surface.scale(by: 2)
            #expect(surface.currentTransform == CanvasTransform(a: 2, b: 0, c: 0, d: 2, tx: 5, ty: 5))
            surface.addRect(CanvasRect(x: 0, y: 0, width: 2, height: 2))
            surface.clip()
            #expect(surface.clipBounds == CanvasRect(x: 0, y: 0, width: 2, height: 2))
        }
        #expect(surface.currentTransform == .identity)
        #expect(surface.clipBounds == surface.bounds)
        surface.concatenate(.translation(x: 3, y: 4))
        surface.addRect(CanvasRect(x: 0, y: 0, width: 1, height: 1))
        try surface.fill(.black)
        #expect(try surface.pixel(x: 3, y: 4) == .black)
        surface.currentTransform = .identity
        #expect(surface.currentTransform == .identity)
    }

    @Test func clipRestrictsAndResetClipRemoves() throws {
        let surface = try Surface(width: 20, height: 20)
        surface.addRect(CanvasRect(x: 0, y: 0, width: 10, height: 20))
        surface.clip()
        try surface.paint(.black)
        #expect(try surface.pixel(x: 5, y: 5) == .black)
        #expect(try surface.pixel(x: 15, y: 5) == .clear)
        surface.resetClip()
        try surface.paint(.white)
        #expect(try surface.pixel(x: 15, y: 5) == .white)
    }
}
