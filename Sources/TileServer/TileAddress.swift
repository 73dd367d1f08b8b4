import Chronology
import Projection

/// What a tile URL (`/tiles/{date}/{z}/{x}/{y}.png`, `{y}@2x.png`) asks for, checked: a drawable day,
/// a zoom the server renders, a tile that exists at that zoom, and a scale it offers.
struct TileAddress: Sendable, Hashable {
    var day: Day
    var coordinate: TileCoordinate
    /// 1 for 256 px tiles, 2 for 512 px `@2x` tiles.
    var scale: Int

    /// The zooms the server renders.
    static let zooms = 0...16

    /// The cache key of the tile.
    var key: TileCache.Key { TileCache.Key(day: day, coordinate: coordinate, scale: scale) }

    /// Parses the parts of a tile path.
    /// - Parameters:
    ///   - date: the `{date}` part, `YYYY-MM-DD`.
    ///   - zoom: the `{z}` part.
    ///   - column: the `{x}` part.
    ///   - row: the `{y}` part without `.png`: `97` or `97@2x`.
    ///   - dataset: the data set (its first date bounds the days).
    /// - Throws: `RequestError` (400) saying which part is wrong.
    init(date: String, zoom: String, column: String, row: String, dataset: Dataset) throws(RequestError) {
        day = try Self.day(date, in: dataset)
        var rowText = Substring(row)
        scale = 1
        if let at = row.firstIndex(of: "@") {
            guard row[at...] == "@2x" else {
                throw .badRequest("tile \"\(row).png\": the only scale offered is @2x (512 px tiles)")
            }
            rowText = row[..<at]
            scale = 2
        }
        let z = try Self.integer(zoom, naming: "zoom")
        guard Self.zooms.contains(z) else {
            throw .badRequest("zoom \(z) is outside \(Self.zooms.lowerBound) to \(Self.zooms.upperBound)")
        }
        let x = try Self.integer(column, naming: "column x")
        let y = try Self.integer(rowText, naming: "row y")
        let limit = (1 << z) - 1
        guard x <= limit else { throw .badRequest("column x \(x) is outside 0 to \(limit) at zoom \(z)") }
        guard y <= limit else { throw .badRequest("row y \(y) is outside 0 to \(limit) at zoom \(z)") }
        coordinate = TileCoordinate(z: z, x: x, y: y)
    }

    /// A day the server can draw: a real `YYYY-MM-DD` date, not before the data's first date. Later
    /// than the data's `as_of` is allowed (the last known state).
    /// - Throws: `RequestError` (400) with the date's problem ("2023-02-30 is not a valid date: ...").
    static func day(_ text: String, in dataset: Dataset) throws(RequestError) -> Day {
        let day: Day
        do { day = try Day(iso: text) } catch { throw .badRequest(error.description) }
        do { try dataset.checkDrawable(day) } catch { throw .badRequest(error.description) }
        return day
    }

    /// A tile number: ASCII digits only (so every tile has one URL), at most 9 of them.
    private static func integer(_ text: some StringProtocol, naming name: String) throws(RequestError) -> Int {
        guard !text.isEmpty, text.count <= 9, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
            let value = Int(text)
        else {
            throw .badRequest("\(name) \"\(text)\" is not a whole number")
        }
        return value
    }
}
