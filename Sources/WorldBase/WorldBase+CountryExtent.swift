import GeoJSON
import SQLite

extension WorldBase {
    /// The bounding box of a country's whole land (its breakaway units with it, as the world base draws them),
    /// from the R-tree of its stored pieces: no geometry is read.
    /// - Parameter code: the ISO 3166 alpha-3 code (`iso_a3`).
    /// - Returns: nil when the world base has no country of that code.
    /// - Throws: `WorldBaseError` when the file cannot be queried.
    public func extent(ofCountry code: String) throws(WorldBaseError) -> BoundingBox? {
        let sql = """
            SELECT min(i.min_x), min(i.min_y), max(i.max_x), max(i.max_y)
            FROM features_index AS i JOIN features AS f ON f.id = i.id
            WHERE f.layer = ? AND json_extract(f.properties, '$.iso_a3') = ?
            """
        let rows: [Row]
        do { rows = try database.query(sql, [.text(WorldBaseLayer.country.rawValue), .text(code)]) } catch {
            throw WorldBaseError(path: path, "cannot query the extent of \(code): \(error)")
        }
        guard let row = rows.first, let west = row[0].doubleValue, let south = row[1].doubleValue,
            let east = row[2].doubleValue, let north = row[3].doubleValue
        else { return nil }
        return BoundingBox(
            southWest: Position(longitude: west, latitude: south), northEast: Position(longitude: east, latitude: north)
        )
    }
}
