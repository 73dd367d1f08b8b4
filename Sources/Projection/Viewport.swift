import Foundation
import GeoJSON

/// The one place that turns geography into pixels: a Web Mercator box mapped onto an image.
///
/// Pixels are logical (before any HiDPI scale), x to the right and y down, (0, 0) the top-left
/// corner of the image. The mapping is the same affine transform over the whole image, so a world
/// file describes it exactly.
public struct Viewport: Sendable, Hashable {
    /// The projected box the image shows, corner to corner.
    public var box: MercatorBox
    /// The image's size in logical pixels.
    public var width: Double
    public var height: Double

    /// A viewport showing exactly this projected box.
    public init(box: MercatorBox, width: Double, height: Double) {
        self.box = box
        self.width = width
        self.height = height
    }

    /// A viewport whose image shows `extent` whole inside the part of the image left free by the
    /// margins, with equal scale in x and y; the box grows in one direction to fill the image.
    /// - Parameters:
    ///   - extent: the geographic box that must be visible.
    ///   - width: the image width, logical pixels.
    ///   - height: the image height, logical pixels.
    ///   - margins: pixels at each edge that panels cover (title, footer), so the extent is fitted beside them.
    public init(fitting extent: BoundingBox, width: Double, height: Double, margins: EdgeInsets = .zero) {
        let projected = WebMercator.project(extent)
        let freeWidth = max(1, width - margins.left - margins.right)
        let freeHeight = max(1, height - margins.top - margins.bottom)
        let metresPerPixel = max(projected.width / freeWidth, projected.height / freeHeight)
        let center = projected.center
        // Centre of the free area, in pixels, sits on the extent's centre.
        let freeCenterX = margins.left + freeWidth / 2
        let freeCenterY = margins.top + freeHeight / 2
        let minX = center.x - freeCenterX * metresPerPixel
        let maxY = center.y + freeCenterY * metresPerPixel
        self.init(
            box: MercatorBox(
                minX: minX, minY: maxY - height * metresPerPixel, maxX: minX + width * metresPerPixel, maxY: maxY),
            width: width, height: height)
    }

    /// Projected metres per logical pixel (the same in x and y).
    public var metresPerPixel: Double { box.width / width }

    /// The pixel of a projected point.
    public func pixel(_ point: MercatorPoint) -> (x: Double, y: Double) {
        ((point.x - box.minX) / box.width * width, (box.maxY - point.y) / box.height * height)
    }

    /// The pixel of a geographic position.
    public func pixel(_ position: Position) -> (x: Double, y: Double) { pixel(WebMercator.project(position)) }

    /// The projected point at a pixel.
    public func mercator(atPixelX x: Double, y: Double) -> MercatorPoint {
        MercatorPoint(x: box.minX + x / width * box.width, y: box.maxY - y / height * box.height)
    }

    /// The geographic position at a pixel.
    public func position(atPixelX x: Double, y: Double) -> Position {
        WebMercator.unproject(mercator(atPixelX: x, y: y))
    }

    /// The geographic box the whole image shows.
    public var geographicBox: BoundingBox { WebMercator.unproject(box) }

    /// Ground metres per logical pixel at a latitude (Mercator stretches distances by 1/cos φ).
    public func groundMetresPerPixel(atLatitude latitude: Double) -> Double {
        metresPerPixel / WebMercator.scaleFactor(atLatitude: latitude)
    }

    /// The zoom level of the web-map tile pyramid (256 px tiles) whose scale this is.
    public var zoom: Double {
        let metresPerPixelAtZoomZero = 2 * WebMercator.halfWorld / 256
        return log2(metresPerPixelAtZoomZero / metresPerPixel)
    }

    /// The six lines of an ESRI world file for an image drawn at `scale` device pixels per logical pixel:
    /// pixel size in x, two rotation terms, negative pixel size in y, and the centre of the top-left pixel.
    public func worldFile(scale: Double = 1) -> String {
        let size = metresPerPixel / scale
        let lines = [size, 0, 0, -size, box.minX + size / 2, box.maxY - size / 2]
        return lines.map { String(format: "%.10f", $0) }.joined(separator: "\n") + "\n"
    }
}

/// Pixels at each edge of an image.
public struct EdgeInsets: Sendable, Hashable {
    public var top: Double
    public var left: Double
    public var bottom: Double
    public var right: Double

    public init(top: Double, left: Double, bottom: Double, right: Double) {
        self.top = top
        self.left = left
        self.bottom = bottom
        self.right = right
    }

    public static let zero = EdgeInsets(top: 0, left: 0, bottom: 0, right: 0)
}
