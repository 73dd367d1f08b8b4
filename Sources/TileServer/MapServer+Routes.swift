import Changes
import Chronology
import Export
import Foundation
import GeoJSON
import HTTPTypes
import Hummingbird
import Tiles
import Viewer

extension MapServer {
    /// `GET /tiles/{date}/{z}/{x}/{y}.png` (and `{y}@2x.png`).
    func tile(_ request: Request, _ context: some RequestContext) async throws -> Response {
        let parameters = context.parameters
        let address = try TileAddress(
            date: parameters.require("date"), zoom: parameters.require("z"), column: parameters.require("x"),
            row: parameters.require("y"), dataset: dataset)
        let cache = self.cache
        let entry = try await Deadline.value(within: configuration.renderDeadline) { try await cache.tile(address.key) }
        return respond(
            with: entry.png, contentType: "image/png", cacheControl: Self.datedCacheControl, entityTag: entry.entityTag,
            to: request)
    }

    /// `GET /tiles/{date}.json`: TileJSON 3.0.0, with absolute tile URLs when the request named its host.
    func tileJSON(_ request: Request, _ context: some RequestContext) throws -> Response {
        let day = try TileAddress.day(context.parameters.require("date"), in: dataset)
        let pyramid = TilePyramid(bbox: tileRenderer.extent, zooms: Self.zooms)
        let origin = request.head.authority.map { "http://\($0)" } ?? ""
        let document = TileJSON.document(
            for: TileSetDescription(dataset: dataset, day: day, pyramid: pyramid, scale: 1),
            tilesURL: "\(origin)/tiles/\(day)/{z}/{x}/{y}.png")
        return respond(
            with: Data(JSONTextWriter.string(document).utf8), contentType: "application/json",
            cacheControl: Self.datedCacheControl, to: request)
    }

    /// `GET /export/{date}.geojson`: what `chronomap export` writes for the day, gzipped when accepted.
    func export(_ request: Request, _ context: some RequestContext) async throws -> Response {
        let day = try TileAddress.day(context.parameters.require("date"), in: dataset)
        let dataset = self.dataset
        let eventsWindowDays = tileRenderer.eventsWindowDays
        let wantsGzip = GzipEncoding.isAccepted(by: request.headers[.acceptEncoding])
        let work = self.work
        let (data, isGzipped) = try await Deadline.value(within: configuration.renderDeadline) {
            try await work.run {
                let text = SnapshotExporter().data(
                    for: try dataset.snapshot(on: day, eventsWindowDays: eventsWindowDays))
                if wantsGzip, let compressed = try GzipEncoding.compressed(text) { return (compressed, true) }
                return (text, false)
            }
        }
        // The two codings are two representations: each has its own tag (RFC 9110 section 8.8.3).
        let tag = EntityTag.make(for: data, dataVersion: dataset.region.version, variant: isGzipped ? "gzip" : nil)
        var response = respond(
            with: data, contentType: "application/geo+json", cacheControl: Self.datedCacheControl, entityTag: tag,
            to: request)
        response.headers[.vary] = "Accept-Encoding"
        if isGzipped { response.headers[.contentEncoding] = "gzip" }
        return response
    }

    /// `GET /events/{date}.json`: the events of the day and of the window before it.
    func events(_ request: Request, _ context: some RequestContext) throws -> Response {
        let day = try TileAddress.day(context.parameters.require("date"), in: dataset)
        let snapshot = try dataset.snapshot(on: day, eventsWindowDays: tileRenderer.eventsWindowDays)
        let text = JSONTextWriter.string(ViewerJSON.eventsDocument(for: snapshot, wordings: eventWordings))
        return respond(
            with: Data(text.utf8), contentType: "application/json", cacheControl: Self.datedCacheControl, to: request)
    }

    /// `GET /legend/{date}/{z}.json` and `/legend/{date}.json?z=Z`: the legend lines of what the tiles of the day
    /// draw at zoom Z (default 8), from the zoom scene tiles are cut from, so the legend is the map's own.
    func legend(_ request: Request, _ context: some RequestContext, zoomText: String) async throws -> Response {
        let day = try TileAddress.day(context.parameters.require("date"), in: dataset)
        guard let zoom = Int(zoomText), Self.zooms.contains(zoom) else {
            throw RequestError.badRequest(
                "zoom \"\(zoomText)\" is not a whole number from \(Self.zooms.lowerBound) to \(Self.zooms.upperBound)")
        }
        let cache = self.cache
        let scene = try await Deadline.value(within: configuration.renderDeadline) {
            try await cache.zoomScene(on: day, zoom: zoom)
        }
        let document = ViewerJSON.legendDocument(day: day, zoom: zoom, lines: scene.prepared.scene.legend)
        return respond(
            with: Data(JSONTextWriter.string(document).utf8), contentType: "application/json",
            cacheControl: Self.datedCacheControl, to: request)
    }

    /// `GET /changes/{before}_{after}.geojson`: what changed hands between two days, the earlier first: the GEOS
    /// difference `compare` writes to `changes.geojson`, with the parties' wording in the server's language.
    func changes(_ request: Request, _ context: some RequestContext) async throws -> Response {
        let pair = try context.parameters.require("pair")
        let parts = pair.split(separator: "_", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2 else {
            throw RequestError.badRequest("\"\(pair)\" is not two dates joined by _, the earlier first")
        }
        let before = try TileAddress.day(parts[0], in: dataset), after = try TileAddress.day(parts[1], in: dataset)
        guard before < after else {
            throw RequestError.badRequest("\(before) is not before \(after): give the earlier date first")
        }
        let dataset = self.dataset
        let naming = ControllerNaming(region: dataset.region, catalog: tileRenderer.options.catalog)
        let work = self.work
        let data = try await Deadline.value(within: configuration.renderDeadline) {
            try await work.run {
                GeoJSONWriter().data(for: try ViewerJSON.changes(from: before, to: after, in: dataset, naming: naming))
            }
        }
        return respond(
            with: data, contentType: "application/geo+json", cacheControl: Self.datedCacheControl, to: request)
    }

    /// `GET /leaflet/...`: one of Leaflet's own files; any other path is not found.
    func leafletFile(_ request: Request, path: String) throws -> Response {
        guard let file = leaflet.file(at: path) else { throw RequestError.notFound("not found: \(request.uri.path)") }
        return respond(
            with: file.data, contentType: file.contentType, cacheControl: Self.datedCacheControl, to: request)
    }

    /// A 200 response with the bytes, or 304 Not Modified when the request's `If-None-Match` names them.
    /// - Parameters:
    ///   - entityTag: the bytes' tag, when already known (cached tiles); made here otherwise.
    ///   - extraHeaders: more headers for both answers (a page's security policy).
    func respond(
        with data: Data, contentType: String, cacheControl: String, entityTag: String? = nil,
        headers extraHeaders: HTTPFields = [:], to request: Request
    ) -> Response {
        let tag = entityTag ?? EntityTag.make(for: data, dataVersion: dataset.region.version)
        var headers: HTTPFields = [.eTag: tag, .cacheControl: cacheControl]
        headers.append(contentsOf: extraHeaders)
        if EntityTag.ifNoneMatch(request.headers[.ifNoneMatch], matches: tag) {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentType] = contentType
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
