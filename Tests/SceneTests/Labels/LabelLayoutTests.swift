import GeoJSON
import Style
import Testing

@testable import Scene

/// Where an area label may go when the middle of its area is taken.
@Suite struct LabelLayoutTests {
    /// A square area whose middle is covered (by a panel, say) well beyond the candidates near its pole: the label
    /// still finds room inside the square, clear of the panel. Before the scan of the whole extent, it was dropped
    /// (the pair's "ethnic Armenian forces → Azerbaijan, 3,111 km²" label, whose pole lay in a narrow part).
    @Test func anAreaLabelFindsRoomAwayFromATakenMiddle() throws {
        let options = SceneOptions(width: 800, height: 800, drawsFurniture: false)
        let box = BoundingBox(
            southWest: Position(longitude: 46, latitude: 39), northEast: Position(longitude: 47, latitude: 40))
        let frame = MapFrame(options: options, extent: box, furniture: .standard)
        let corners = [(46.1, 39.1), (46.9, 39.1), (46.9, 39.9), (46.1, 39.9), (46.1, 39.1)]
        let square = Geometry.polygon(Polygon([corners.map { Position(longitude: $0.0, latitude: $0.1) }]))
        let anchor = try #require(try LabelCollection.interiorAnchor(of: square, frame: frame)?.anchor)
        // The square in pixels from its corners, and its middle 60% taken.
        let northWest = frame.pixel(Position(longitude: 46.1, latitude: 39.9))
        let southEast = frame.pixel(Position(longitude: 46.9, latitude: 39.1))
        let squareBox = PixelRect(
            x: northWest.x, y: northWest.y, width: southEast.x - northWest.x, height: southEast.y - northWest.y)
        #expect(squareBox.width > 400 && squareBox.height > 400)
        let taken = PixelRect(
            x: squareBox.x + squareBox.width * 0.2, y: squareBox.y + squareBox.height * 0.2,
            width: squareBox.width * 0.6, height: squareBox.height * 0.6)
        var collisions = CollisionIndex(bounds: frame.bounds)
        collisions.insert(taken, .furniture("panel"))

        let request = LabelRequest(
            featureID: "zone", lines: ["Held by one side", "1,000 km²"], fontRole: "bold", size: 13, color: .black,
            halo: .white, haloWidth: 2, priority: 0, rank: nil, anchor: anchor, layerID: "zone", isRequired: false)
        let result = try LabelPlacement(frame: frame, measurer: FixedAdvanceMeasurer())
            .place([request], droppedMarkerIDs: [], into: &collisions)

        let placed = try #require(result.placed.first, "the label was dropped")
        #expect(!placed.box.intersects(taken), "\(placed.box) covers the panel \(taken)")
        #expect(squareBox.contains(placed.box), "\(placed.box) is not inside the square \(squareBox)")
    }
}
