import Canvas
import Testing

@Suite struct SurfacePathTests {
    @Test func arcsAndCurvesFillWhereExpected() throws {
        let surface = try Surface(width: 40, height: 20)
        surface.addCircle(center: CanvasPoint(x: 10, y: 10), radius: 8)
        try surface.fill(.black)
        #expect(try surface.pixel(x: 10, y: 10) == .black)
        #expect(try surface.pixel(x: 1, y: 1) == .clear)
        surface.beginPath()
        surface.move(to: CanvasPoint(x: 20, y: 20))
        surface.curve(
            to: CanvasPoint(x: 40, y: 20), control1: CanvasPoint(x: 20, y: 0), control2: CanvasPoint(x: 40, y: 0))
        surface.closePath()
        #expect(surface.pathBounds.minY > 4 && surface.pathBounds.minY < 6)
        try surface.fill(.black)
        #expect(try surface.pixel(x: 30, y: 15) == .black)
        #expect(try surface.pixel(x: 30, y: 2) == .clear)
    }
}
