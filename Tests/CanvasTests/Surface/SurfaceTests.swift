import Canvas
import Testing

@Suite struct SurfaceTests {
    @Test func filledRectangleHasItsColourInsideOnly() throws {
        let surface = try Surface(width: 20, height: 20)
        surface.addRect(CanvasRect(x: 5, y: 5, width: 10, height: 10))
        try surface.fill(Color(hex: "#3366cc"))
        #expect(try surface.pixel(x: 5, y: 5).hexString == "#3366cc")
        #expect(try surface.pixel(x: 14, y: 14).hexString == "#3366cc")
        #expect(try surface.pixel(x: 4, y: 10) == .clear)
        #expect(try surface.pixel(x: 15, y: 15) == .clear)
    }

    @Test func scaleTwoDoublesThePixelsNotTheLayout() throws {
        let surface = try Surface(width: 20, height: 15, scale: 2)
        #expect(surface.width == 40 && surface.height == 30)
        #expect(surface.logicalWidth == 20 && surface.logicalHeight == 15)
        #expect(surface.bounds == CanvasRect(x: 0, y: 0, width: 20, height: 15))
        surface.addRect(CanvasRect(x: 5, y: 5, width: 10, height: 5))
        try surface.fill(.black)
        #expect(try surface.pixel(x: 10, y: 10) == .black)
        #expect(try surface.pixel(x: 29, y: 19) == .black)
        #expect(try surface.pixel(x: 9, y: 10) == .clear)
        #expect(try surface.pixel(x: 30, y: 19) == .clear)
        #expect(try surface.pixel(x: 29, y: 20) == .clear)
    }

    @Test(arguments: [
        (0, 10, 1.0), (10, -1, 1.0), (10, 10, 0.0), (10, 10, -2.0), (10, 10, Double.infinity), (40000, 10, 1.0),
        (20000, 10, 2.0),
    ])
    func rejectsImpossibleSizes(width: Int, height: Int, scale: Double) {
        #expect(throws: CanvasError.self) { try Surface(width: width, height: height, scale: scale) }
    }

    @Test func unmatchedRestoreIsReportedByTheNextPaintingCall() throws {
        let surface = try Surface(width: 10, height: 10)
        surface.restore()
        let error = #expect(throws: CanvasError.self) { try surface.paint(.black) }
        guard case .cairo(let operation, let message)? = error else {
            Issue.record("expected a Cairo error, got \(String(describing: error))")
            return
        }
        #expect(operation == "paint")
        #expect(message.contains("restore"))
        #expect(throws: CanvasError.self) { try surface.pngData() }
    }
}
