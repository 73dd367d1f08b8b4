import Foundation
import GeoJSON
import SQLite
import Topology

/// The world base: a compact copy of Natural Earth's countries, borders, water and towns (`world/base.sqlite`),
/// read by bounding box through its R-tree so that a region's share costs a few milliseconds.
///
/// Large features are stored as pieces on a 5° grid (rows sharing a `feature_group`);
/// ``features(_:in:engine:)`` joins the pieces of each feature and cuts the result to the box asked for.
/// The format is described in `world/README.md`; ``formatVersion`` is the one this reader understands.
///
/// Like `Database`, a world base is used by one thread at a time.
public final class WorldBase {
    /// The `format_version` of the `meta` table this reader understands.
    public static let formatVersion = "1"

    /// The file, as given.
    public let path: String
    /// The credit line the file carries (`meta.source`), for footers and feature sources.
    public let source: String
    /// The languages of the `name:<lang>` properties the file holds.
    public let languages: [String]
    let database: Database

    /// Opens a world base file read-only and checks its format version.
    /// - Throws: `WorldBaseError` naming the file when it is missing, not SQLite, or of another format version.
    public init(path: String) throws(WorldBaseError) {
        self.path = path
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw WorldBaseError(path: path, "cannot read the world base (no such file, or no permission)")
        }
        do {
            database = try Database(path: path, mode: .readOnly)
            var meta: [String: String] = [:]
            for row in try database.query("SELECT key, value FROM meta") {
                if let key = row[0].textValue, let value = row[1].textValue { meta[key] = value }
            }
            guard meta["format_version"] == Self.formatVersion else {
                throw WorldBaseError(
                    path: path,
                    "world base format \(meta["format_version"] ?? "unknown"), but this Chronomap reads format \(Self.formatVersion)"
                )
            }
            source = meta["source"] ?? "Natural Earth (public domain), naturalearthdata.com"
            languages = (meta["languages"] ?? "en").split(separator: ",").map(String.init)
        } catch let error as WorldBaseError {
            throw error
        } catch {
            throw WorldBaseError(path: path, "not a readable world base: \(error)")
        }
    }

    /// The rows of a layer whose bounding box meets a box, as stored (pieces unjoined, uncut), in file order.
    /// - Throws: `WorldBaseError` when the file cannot be queried or a row is not GeoJSON.
    public func pieces(_ layer: WorldBaseLayer, in box: BoundingBox) throws(WorldBaseError) -> [WorldBasePiece] {
        let sql = """
            SELECT f.id, f.feature_group, f.min_zoom_rank, f.properties, f.geometry
            FROM features_index AS i JOIN features AS f ON f.id = i.id
            WHERE f.layer = ? AND i.max_x >= ? AND i.min_x <= ? AND i.max_y >= ? AND i.min_y <= ?
            ORDER BY f.id
            """
        let rows: [Row]
        do {
            rows = try database.query(
                sql,
                [
                    .text(layer.rawValue), .real(box.southWest.longitude), .real(box.northEast.longitude),
                    .real(box.southWest.latitude), .real(box.northEast.latitude),
                ])
        } catch {
            throw WorldBaseError(path: path, "cannot query layer \(layer.rawValue): \(error)")
        }
        var pieces: [WorldBasePiece] = []
        pieces.reserveCapacity(rows.count)
        for row in rows {
            let id = row[0].intValue ?? 0
            guard let group = row[1].textValue, let properties = row[3].textValue, let geometry = row[4].textValue
            else { throw WorldBaseError(path: path, "features row \(id): missing group, properties or geometry") }
            let text = #"{"type":"Feature","properties":"# + properties + #","geometry":"# + geometry + "}"
            let result = GeoJSONReader().read(Data(text.utf8), file: "\(path): features row \(id)")
            guard let feature = result.object?.features.first, !result.hasErrors else {
                let reason = result.diagnostics.first(where: \.isError)?.description ?? "not a GeoJSON feature"
                throw WorldBaseError(path: path, reason)
            }
            pieces.append(WorldBasePiece(group: group, rank: row[2].intValue ?? 0, feature: feature))
        }
        return pieces
    }

    /// The features of a layer that meet a box: the pieces of each feature joined (GEOS union) and cut to the box,
    /// those left empty dropped, in the order of their first piece. Points are returned as stored.
    /// - Parameters:
    ///   - layer: the layer.
    ///   - box: the box to cut to.
    ///   - engine: the GEOS engine to join and cut with.
    /// - Throws: `WorldBaseError` when the file cannot be read or GEOS fails on a feature (never a silent drop).
    public func features(
        _ layer: WorldBaseLayer, in box: BoundingBox, engine: GeometryEngine
    ) throws(WorldBaseError) -> [WorldBasePiece] {
        let pieces = try pieces(layer, in: box)
        var order: [String] = []
        var grouped: [String: [WorldBasePiece]] = [:]
        for piece in pieces {
            if grouped[piece.group] == nil { order.append(piece.group) }
            grouped[piece.group, default: []].append(piece)
        }
        var joined: [WorldBasePiece] = []
        for group in order {
            guard let members = grouped[group], let first = members.first, let geometry = first.feature.geometry
            else { continue }
            if case .point = geometry {
                if let position = geometry.pointPosition, box.contains(position) { joined.append(first) }
                continue
            }
            do {
                let shapes = try members.compactMap { piece throws(TopologyError) -> TopologyGeometry? in
                    guard let geometry = piece.feature.geometry else { return nil }
                    return try TopologyGeometry(geometry, engine: engine)
                }
                let isAreal = !geometry.polygons.isEmpty
                // A feature of one piece needs no union, only the cut.
                let union: TopologyGeometry
                if shapes.count == 1 {
                    union = try shapes[0].clipped(to: box)
                } else if isAreal {
                    // In normal form, so that the base does not depend on which way the pieces were joined.
                    union = try PieceJoin(engine: engine).joined(members.compactMap(\.feature.geometry), shapes: shapes)
                        .clipped(to: box).normalized()
                } else {
                    union = try TopologyGeometry.unaryUnion(shapes, engine: engine).clipped(to: box)
                }
                if try union.isEmpty { continue }
                var feature = first.feature
                let cut = isAreal ? try union.polygonalGeoJSON() : try union.lineMerged().geoJSON()
                if isAreal, cut.polygons.isEmpty { continue }
                if !isAreal, cut.lines.isEmpty { continue }
                feature.geometry = cut
                joined.append(WorldBasePiece(group: group, rank: first.rank, feature: feature))
            } catch {
                throw WorldBaseError(path: path, "cannot join the pieces of \(group): \(error)")
            }
        }
        return joined
    }
}

extension BoundingBox {
    fileprivate func contains(_ position: Position) -> Bool {
        position.longitude >= southWest.longitude && position.longitude <= northEast.longitude
            && position.latitude >= southWest.latitude && position.latitude <= northEast.latitude
    }
}

extension WorldBase {
    /// The box a locator inset shows around a map's extent: centred on it, about five times its larger side
    /// (at least 8° wide) so that the extent reads as a small frame among its neighbours, 7:10 high to wide.
    public static func locatorBox(around extent: BoundingBox) -> BoundingBox {
        let width = extent.northEast.longitude - extent.southWest.longitude
        let height = extent.northEast.latitude - extent.southWest.latitude
        let spanLongitude = min(360, max(8, 5 * max(width, height)))
        let spanLatitude = min(170, spanLongitude * 0.7)
        let centreLongitude = (extent.southWest.longitude + extent.northEast.longitude) / 2
        let centreLatitude = min(
            85 - spanLatitude / 2,
            max(-85 + spanLatitude / 2, (extent.southWest.latitude + extent.northEast.latitude) / 2))
        let west = max(-180, centreLongitude - spanLongitude / 2), east = min(180, centreLongitude + spanLongitude / 2)
        return BoundingBox(
            southWest: Position(longitude: west, latitude: centreLatitude - spanLatitude / 2),
            northEast: Position(longitude: east, latitude: centreLatitude + spanLatitude / 2))
    }

    /// The country (its ISO 3166 alpha-3 code) whose land covers a position, from the detailed countries; nil at sea.
    /// - Throws: `WorldBaseError` when the file cannot be read or GEOS fails.
    public func country(at position: Position, engine: GeometryEngine) throws(WorldBaseError) -> String? {
        for piece in try pieces(.country, in: BoundingBox(southWest: position, northEast: position)) {
            guard let geometry = piece.feature.geometry else { continue }
            do {
                if try TopologyGeometry(geometry, engine: engine).covers(position) {
                    return piece.feature.string("iso_a3")
                }
            } catch {
                throw WorldBaseError(path: path, "cannot tell whether \(piece.group) covers a point: \(error)")
            }
        }
        return nil
    }

    /// The simplified countries of a locator inset around a map's extent, cut to ``locatorBox(around:)``.
    /// - Throws: `WorldBaseError` when the file cannot be read or GEOS fails.
    public func locatorCountries(
        around extent: BoundingBox, engine: GeometryEngine
    ) throws(WorldBaseError) -> (box: BoundingBox, countries: [WorldBasePiece]) {
        let box = Self.locatorBox(around: extent)
        return (box, try features(.insetCountry, in: box, engine: engine))
    }
}
