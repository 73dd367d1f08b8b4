/// A rectangle of whole device pixels (y down): the part of a raster surface to encode or inspect, such as one
/// tile of a metatile.
public struct PixelBlock: Sendable, Hashable, CustomStringConvertible {
    /// Left column.
    public var x: Int
    /// Top row.
    public var y: Int
    /// Width in pixels.
    public var width: Int
    /// Height in pixels.
    public var height: Int

    /// Creates a block from its top-left pixel and size.
    /// - Parameters:
    ///   - x: Left column.
    ///   - y: Top row.
    ///   - width: Width in pixels.
    ///   - height: Height in pixels.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public var description: String { "\(width)×\(height) pixels at (\(x), \(y))" }

    /// Whether the block is non-empty and lies wholly inside an image of the given size.
    func fits(width imageWidth: Int, height imageHeight: Int) -> Bool {
        width > 0 && height > 0 && x >= 0 && y >= 0 && x <= imageWidth - width && y <= imageHeight - height
    }
}
