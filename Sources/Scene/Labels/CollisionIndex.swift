/// Every box already taken on the map, shared by all layers and the map furniture of one render:
/// a label may be placed only where it meets none of them.
///
/// A uniform grid of buckets: maps hold hundreds of boxes, not millions, and a grid answers
/// "does this box meet any other" by looking only at the cells it covers.
public struct CollisionIndex: Sendable {
    /// What occupies a box.
    public enum Occupant: Sendable, Hashable {
        case label(String)
        case marker(String)
        case icon(String)
        case furniture(String)
    }

    /// One taken box.
    public struct Entry: Sendable, Hashable {
        public var box: PixelRect
        public var occupant: Occupant
    }

    /// The taken boxes, in the order they were taken (removed ones left out).
    public var entries: [Entry] { slots.compactMap { $0 } }
    /// Every box ever taken, nil where one was removed: the cells refer to the boxes by their place here.
    private var slots: [Entry?] = []
    private var cells: [Int: [Int]] = [:]
    private let cellSize: Double
    private let bounds: PixelRect

    /// - Parameters:
    ///   - bounds: the image; boxes reaching outside it are refused (labels are never cut at the frame).
    ///   - cellSize: the grid's cell size in logical pixels.
    public init(bounds: PixelRect, cellSize: Double = 64) {
        self.bounds = bounds
        self.cellSize = cellSize
    }

    /// Whether a box is free: inside the image and meeting no taken box.
    public func isFree(_ box: PixelRect) -> Bool {
        guard bounds.contains(box) else { return false }
        return firstCollision(with: box) == nil
    }

    /// The first taken box the box meets, if any.
    public func firstCollision(with box: PixelRect) -> Entry? {
        var seen = Set<Int>()
        for key in keys(for: box) {
            for index in cells[key] ?? [] where seen.insert(index).inserted {
                if let entry = slots[index], entry.box.intersects(box) { return entry }
            }
        }
        return nil
    }

    /// Every taken box the box meets, in the order they were taken.
    public func collisions(with box: PixelRect) -> [Entry] {
        var seen = Set<Int>()
        for key in keys(for: box) {
            for index in cells[key] ?? [] where slots[index]?.box.intersects(box) == true { seen.insert(index) }
        }
        return seen.sorted().compactMap { slots[$0] }
    }

    /// Takes a box (whether or not it is free: markers and furniture are placed unconditionally).
    public mutating func insert(_ box: PixelRect, _ occupant: Occupant) {
        let index = slots.count
        slots.append(Entry(box: box, occupant: occupant))
        for key in keys(for: box) { cells[key, default: []].append(index) }
    }

    /// Frees every box of an occupant (a marker that gave way to a label).
    public mutating func remove(_ occupant: Occupant) {
        for index in slots.indices where slots[index]?.occupant == occupant { slots[index] = nil }
    }

    private func keys(for box: PixelRect) -> [Int] {
        let minColumn = Int((box.minX / cellSize).rounded(.down)), maxColumn = Int((box.maxX / cellSize).rounded(.down))
        let minRow = Int((box.minY / cellSize).rounded(.down)), maxRow = Int((box.maxY / cellSize).rounded(.down))
        var keys: [Int] = []
        for row in minRow...max(minRow, maxRow) {
            for column in minColumn...max(minColumn, maxColumn) { keys.append(row &* 100_003 &+ column) }
        }
        return keys
    }
}
