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

    public private(set) var entries: [Entry] = []
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
                if entries[index].box.intersects(box) { return entries[index] }
            }
        }
        return nil
    }

    /// Takes a box (whether or not it is free: markers and furniture are placed unconditionally).
    public mutating func insert(_ box: PixelRect, _ occupant: Occupant) {
        let index = entries.count
        entries.append(Entry(box: box, occupant: occupant))
        for key in keys(for: box) { cells[key, default: []].append(index) }
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
