import Canvas
import Testing

@Suite struct CanvasTransformTests {
    @Test func concatenationAppliesSelfFirst() {
        let transform = CanvasTransform.translation(x: 10, y: 0).concatenating(.scale(x: 2, y: 3))
        #expect(transform.apply(to: CanvasPoint(x: 1, y: 1)) == CanvasPoint(x: 22, y: 3))
    }

    @Test func inverseUndoes() throws {
        let transform = CanvasTransform(a: 2, b: 1, c: -1, d: 3, tx: 5, ty: -7)
        let inverse = try #require(transform.inverted())
        let point = inverse.apply(to: transform.apply(to: CanvasPoint(x: 4, y: -2)))
        #expect(abs(point.x - 4) < 1e-12 && abs(point.y + 2) < 1e-12)
        #expect(CanvasTransform.scale(x: 0, y: 1).inverted() == nil)
    }

    @Test func positiveRotationTurnsClockwiseOnScreen() {
        let point = CanvasTransform.rotation(radians: .pi / 2).apply(to: CanvasPoint(x: 1, y: 0))
        #expect(abs(point.x) < 1e-12 && abs(point.y - 1) < 1e-12)
    }
}
