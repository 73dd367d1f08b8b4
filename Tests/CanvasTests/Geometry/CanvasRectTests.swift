import Canvas
import Testing

@Suite struct CanvasRectTests {
    let box = CanvasRect(x: 10, y: 20, width: 30, height: 40)

    @Test func normalisesNegativeSizes() {
        #expect(CanvasRect(x: 40, y: 60, width: -30, height: -40) == box)
        #expect(CanvasRect(minX: 40, minY: 20, maxX: 10, maxY: 60) == box)
    }

    @Test func edgesAndCentre() {
        #expect(box.maxX == 40)
        #expect(box.maxY == 60)
        #expect(box.center == CanvasPoint(x: 25, y: 40))
    }

    @Test func touchingRectanglesDoNotIntersect() {
        #expect(!box.intersects(CanvasRect(x: 40, y: 20, width: 5, height: 5)))
        #expect(box.intersects(CanvasRect(x: 39.5, y: 20, width: 5, height: 5)))
        #expect(
            box.intersection(CanvasRect(x: 30, y: 50, width: 20, height: 20))
                == CanvasRect(x: 30, y: 50, width: 10, height: 10))
        #expect(box.intersection(CanvasRect(x: 100, y: 100, width: 1, height: 1)) == nil)
        #expect(!box.intersects(CanvasRect(x: 20, y: 30, width: 0, height: 0)))
    }

    @Test func unionIgnoresEmptyRectangles() {
        #expect(box.union(CanvasRect(x: 0, y: 0, width: 5, height: 5)) == CanvasRect(x: 0, y: 0, width: 40, height: 60))
        #expect(box.union(.zero) == box)
    }

    @Test func insetShrinksAndGrows() {
        #expect(box.insetBy(dx: 5, dy: 10) == CanvasRect(x: 15, y: 30, width: 20, height: 20))
        #expect(box.insetBy(dx: -2, dy: -2) == CanvasRect(x: 8, y: 18, width: 34, height: 44))
        let collapsed = box.insetBy(dx: 20, dy: 0)
        #expect(collapsed.isEmpty)
        #expect(collapsed.midX == box.midX)
    }

    @Test func containmentIsHalfOpen() {
        #expect(box.contains(CanvasPoint(x: 10, y: 20)))
        #expect(!box.contains(CanvasPoint(x: 40, y: 30)))
        #expect(box.contains(CanvasRect(x: 10, y: 20, width: 30, height: 40)))
        #expect(!box.contains(CanvasRect(x: 9, y: 20, width: 2, height: 2)))
    }

    @Test func enclosingPoints() {
        let points = [CanvasPoint(x: 3, y: 9), CanvasPoint(x: -1, y: 4), CanvasPoint(x: 2, y: 12)]
        #expect(CanvasRect(enclosing: points) == CanvasRect(x: -1, y: 4, width: 4, height: 8))
        #expect(CanvasRect(enclosing: [CanvasPoint]()) == nil)
    }
}
