import Chronology
import Foundation
import GeoJSON
import HTTPTypes
import Hummingbird
import Localization
import Logging
import NIOCore
import Render
import Scene
import Support
import Tiles
import Viewer

/// The tile server: XYZ tiles, TileJSON, GeoJSON and events of any day over HTTP, and a viewer page
/// with a date slider, built on Hummingbird.
///
/// Routes (all `GET`, and `HEAD` for each):
/// - `/tiles/{date}/{z}/{x}/{y}.png` and `{y}@2x.png`: a tile, rendered on demand and cached.
/// - `/tiles/{date}.json`: TileJSON 3.0.0 of the day.
/// - `/export/{date}.geojson`: the day as RFC 7946 GeoJSON (gzip when the client accepts it).
/// - `/events/{date}.json`: the events of the day and of the window before it.
/// - `/dates.json`: the key dates, with their changes and events.
/// - `/legend/{date}/{z}.json` (and `/legend/{date}.json?z=Z`): the legend lines of what the tiles of the day draw
///   at a zoom.
/// - `/changes/{before}_{after}.geojson`: what changed hands between two days (as `compare` writes it).
/// - `/` and `/index.html`: the viewer; `/embed.html`: its embed snippet; `/viewer/...`: its scripts and style
///   sheets; `/leaflet/...`: Leaflet, from the local libjs-leaflet. The same page and URL scheme as a static site
///   (`chronomap site`), whose viewer reads the same documents as files.
///
/// Dates are `YYYY-MM-DD`, not before the data's first date. Every response allows any origin
/// (`Access-Control-Allow-Origin: *`) and carries `X-Content-Type-Options: nosniff`; every successful one carries
/// an `ETag` and answers `If-None-Match` with 304; errors are one line of plain text (400, 404, or 500 for a failed
/// render). The viewer's pages also carry ``ViewerSecurityPolicy``'s `Content-Security-Policy` and
/// `Referrer-Policy`.
///
/// Load is bounded: at most `maximumConcurrentRenders` renders run and `maximumQueuedRenders` wait; a request
/// beyond them, or one whose render is not ready within `renderDeadline`, gets 503 with `Retry-After`. Memory is
/// the tile cache's bound plus the zoom scenes and renders in flight (see the README's figures).
public struct MapServer: Sendable {
    /// The data set served.
    public let dataset: Dataset
    /// Where it listens, the cache's size, where Leaflet is.
    public let configuration: TileServerConfiguration
    /// Renders the tiles (stateless; the cache keeps the scenes).
    public let tileRenderer: TileRenderer
    /// The one cache: rendered tiles, zoom scenes and renders in progress.
    let cache: TileCache
    let logger: Logger
    let work: BlockingWorkQueue
    let leaflet: LeafletFiles
    let viewerPage: Data
    let embedPage: Data
    /// The headers of the viewer's pages: what they may load, and what they tell other hosts.
    let pageHeaders: HTTPFields
    let viewerAssets: [String: ViewerFile]
    let datesDocument: Data
    /// The wording of claims and denials in every language, for the events documents.
    let eventWordings: [EventWording]

    /// The zooms tiles are served at.
    public static let zooms = TileAddress.zooms
    /// `Cache-Control` of what a date names: the day's state is fixed (the data version is in the `ETag`).
    static let datedCacheControl = "public, max-age=86400"
    /// `Cache-Control` of what changes with the data set: revalidated each time (cheap, with the `ETag`).
    static let revalidatedCacheControl = "no-cache"

    /// Prepares a server: reads Leaflet, builds the viewer page and the key dates. Nothing listens yet.
    /// - Parameters:
    ///   - dataset: the data set to serve.
    ///   - renderer: the map renderer, with the style and its fonts loaded.
    ///   - configuration: address, cache size, Leaflet folder.
    ///   - eventsWindowDays: how many days before a date its events still count (drawn faded, listed).
    ///   - options: label names and the language of labels and the viewer.
    ///   - logger: where requests (debug), renders (debug) and failures (error) are logged.
    ///   - basemap: a basemap the viewer draws beneath the tiles (a reader's `?basemap=` overrides it).
    ///   - isOverlay: whether the renderer draws the style's transparent overlay (`serve --overlay`), for a basemap.
    /// - Throws: `TileServerError.leafletMissing` when the Leaflet folder lacks `leaflet.js` or `leaflet.css`;
    ///   `TileServerError.viewerMissing` when the viewer's files are not installed.
    public init(
        dataset: Dataset, renderer: MapRenderer, configuration: TileServerConfiguration = TileServerConfiguration(),
        eventsWindowDays: Int = 3,
        options: SceneOptions = SceneOptions(), logger: Logger = Logger(label: "chronomap.server"),
        basemap: Basemap? = nil, isOverlay: Bool = false
    ) throws(TileServerError) {
        self.dataset = dataset
        self.configuration = configuration
        self.logger = logger
        do { leaflet = try LeafletFiles(directory: configuration.leafletDirectory) } catch {
            switch error {
            case .leafletMissing(let file): throw .leafletMissing(file: file)
            case .unreadable(let file, let reason): throw .leafletUnreadable(file: file, reason: reason)
            case .viewerMissing(let message): throw .viewerMissing(message)
            case .catalog(let error): throw .data(error.description)
            }
        }
        tileRenderer = TileRenderer(
            dataset: dataset, renderer: renderer, eventsWindowDays: eventsWindowDays, options: options)
        work = BlockingWorkQueue(
            name: "chronomap.server.render", maximumConcurrentOperations: configuration.maximumConcurrentRenders,
            maximumWaitingOperations: configuration.maximumQueuedRenders)
        cache = TileCache(
            renderer: tileRenderer, work: work, capacityInBytes: configuration.cacheSizeInBytes, logger: logger)
        // Any day can be drawn, so the slider runs from the first date to "as of"; tiles carry the data version,
        // so a browser never keeps tiles of an older version.
        let settings = ViewerSettings(
            mode: .server, range: dataset.region.firstDate...max(dataset.region.firstDate, dataset.region.asOf),
            zooms: Self.zooms, extent: tileRenderer.extent, language: options.catalog.language, basemap: basemap,
            isOverlay: isOverlay, tileTemplate: "tiles/{date}/{z}/{x}/{y}{r}.png?v=\(dataset.region.version)")
        do {
            let style = renderer.style
            viewerPage = Data(try ViewerPage.indexHTML(dataset: dataset, style: style, settings: settings).utf8)
            embedPage = Data(try ViewerPage.embedHTML(dataset: dataset, style: style, settings: settings).utf8)
            viewerAssets = try ViewerPage.assets()
        } catch {
            throw .viewerMissing(error.description)
        }
        pageHeaders = [
            .contentSecurityPolicy: ViewerSecurityPolicy.contentSecurityPolicy(basemap: basemap),
            .referrerPolicy: ViewerSecurityPolicy.referrerPolicy,
        ]
        do { datesDocument = Data(JSONTextWriter.string(try ViewerJSON.datesDocument(for: dataset)).utf8) } catch {
            throw .data("dates.json: \(error)")
        }
        do { eventWordings = try ViewerJSON.eventWordings(for: dataset.region) } catch {
            throw .data(error.description)
        }
    }

    /// The routes, behind request logging, `nosniff`, CORS and plain-text errors.
    public func buildRouter() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self, options: .autoGenerateHeadEndpoints)
        // Middleware applies to the routes added after it: it comes first.
        router.addMiddleware {
            LogRequestsMiddleware(.debug)
            NoSniffMiddleware()
            CrossOriginMiddleware()
            PlainTextErrorMiddleware(logger: logger)
        }
        for path in ["/", "/index.html"] {
            router.get(RouterPath(path)) { request, _ in
                respond(
                    with: viewerPage, contentType: "text/html; charset=utf-8",
                    cacheControl: Self.revalidatedCacheControl, headers: pageHeaders, to: request)
            }
        }
        router.get("/embed.html") { request, _ in
            respond(
                with: embedPage, contentType: "text/html; charset=utf-8", cacheControl: Self.revalidatedCacheControl,
                headers: pageHeaders, to: request)
        }
        router.get("/viewer/{file}") { request, context in
            guard let file = viewerAssets[try context.parameters.require("file")] else {
                throw RequestError.notFound("not found: \(request.uri.path)")
            }
            return respond(
                with: file.data, contentType: file.contentType, cacheControl: Self.revalidatedCacheControl,
                to: request)
        }
        router.get("/legend/{date}.json") { request, context in
            try await legend(request, context, zoomText: request.uri.queryParameters.get("z") ?? "8")
        }
        router.get("/legend/{date}/{z}.json") { request, context in
            try await legend(request, context, zoomText: context.parameters.require("z"))
        }
        router.get("/changes/{pair}.geojson") { request, context in try await changes(request, context) }
        router.get("/dates.json") { request, _ in
            respond(
                with: datesDocument, contentType: "application/json", cacheControl: Self.revalidatedCacheControl,
                to: request)
        }
        router.get("/tiles/{date}/{z}/{x}/{y}.png") { request, context in try await tile(request, context) }
        router.get("/tiles/{date}.json") { request, context in try tileJSON(request, context) }
        router.get("/export/{date}.geojson") { request, context in try await export(request, context) }
        router.get("/events/{date}.json") { request, context in try events(request, context) }
        router.get("/leaflet/{file}") { request, context in
            try leafletFile(request, path: context.parameters.require("file"))
        }
        router.get("/leaflet/images/{file}") { request, context in
            try leafletFile(request, path: "images/" + context.parameters.require("file"))
        }
        return router
    }

    /// Listens and serves until SIGINT or SIGTERM, then finishes the requests in progress and returns.
    /// - Parameter onServerRunning: called once the server listens, with the port it listens on.
    /// - Throws: `TileServerError.cannotListen` when the address cannot be bound (a port in use, a
    ///   host that is not this machine's); other errors as the server reports them.
    public func run(onServerRunning: @escaping @Sendable (_ port: Int) async -> Void = { _ in }) async throws {
        do {
            try await buildApplication(onServerRunning: onServerRunning).runService()
        } catch let error as IOError {
            throw TileServerError.cannotListen(
                address: "\(configuration.host):\(configuration.port)",
                reason: String(cString: strerror(error.errnoCode)).lowercased())
        }
    }

    /// The Hummingbird application, listening on the configured host and port. Run it with
    /// `runService()`, which stops it cleanly on SIGINT and SIGTERM (open requests are finished).
    /// - Parameter onServerRunning: called once the server listens, with the port it listens on
    ///   (the chosen one when the configured port is 0).
    public func buildApplication(
        onServerRunning: @escaping @Sendable (_ port: Int) async -> Void = { _ in }
    )
        -> some ApplicationProtocol
    {
        let port = configuration.port
        return Application(
            router: buildRouter(),
            configuration: ApplicationConfiguration(
                address: .hostname(configuration.host, port: port), serverName: "Chronomap"),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) },
            logger: logger)
    }
}
