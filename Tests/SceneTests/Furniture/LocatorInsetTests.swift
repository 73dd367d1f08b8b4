import Scene
import Testing
import _ChronomapTestSupport

/// The locator inset's red frame (the map's extent) lies inside the inset at every size, also where the inset is
/// drawn from the data set's own base countries (the fixture region has no world base) and those cover less than the
/// map shows.
@Suite struct LocatorInsetTests {
    @Test(arguments: [(640.0, 480.0), (1600.0, 1200.0), (1080.0, 1350.0)])
    func theExtentFrameStaysInsideTheInset(width: Double, height: Double) throws {
        let scene = try FixtureMap.layout(FixtureMap.keyDates[1], options: SceneOptions(width: width, height: height))
        let rects = scene.items.compactMap { item -> SceneItem.Rect? in
            if case .rect(let rect) = item, rect.layer == .furniture(.inset) { return rect } else { return nil }
        }
        // The inset's water (filled) is the inset's box; the frame is the stroked rectangle without a fill.
        let box = try #require(rects.first { $0.fill != nil }?.rect)
        let frames = rects.filter { $0.fill == nil && $0.rect != box }
        #expect(!frames.isEmpty)
        for frame in frames {
            #expect(frame.rect.minX >= box.minX - 0.01 && frame.rect.maxX <= box.maxX + 0.01, "\(frame.rect) in \(box)")
            #expect(frame.rect.minY >= box.minY - 0.01 && frame.rect.maxY <= box.maxY + 0.01, "\(frame.rect) in \(box)")
            #expect(frame.rect.width > 0 && frame.rect.height > 0)
        }
    }
}
