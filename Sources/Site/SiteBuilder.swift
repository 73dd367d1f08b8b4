import Changes
import Chronology
import Foundation
import GeoJSON
import Logging
import Scene
import Support
import Tiles
import Viewer

/// Builds a static site: a folder any static host serves as it is (no server code), holding the viewer, Leaflet,
/// the tiles of every day of a ``SitePlan``, and the JSON the viewer reads. Nothing in it loads from outside the
/// folder (unless a basemap is chosen).
///
/// ```
/// index.html, embed.html, site.json          the viewer, the embed page, what the tiles were drawn from
/// viewer/, leaflet/                          the viewer's script and styles; Leaflet from libjs-leaflet
/// dates.json, events/<date>.json             the days and their events
/// legend/<date>/<z>.json                     the legend of a day's tiles at a zoom
/// changes/<d1>_<d2>.geojson                  what changed hands (the plan's pairs)
/// tiles/<date>/{z}/{x}/{y}.png, tilejson.json
/// ```
///
/// A re-run adds what is missing: tiles, legends and changes already there are kept (the pages and small JSON
/// files are written again). Identical tiles are stored once and hard-linked (``TileStore``).
public struct SiteBuilder: Sendable {
    /// The data set.
    public var dataset: Dataset
    /// Draws the tiles: the style (or its overlay variant), names, language, extent and window of events.
    public var tiles: TileRenderer
    /// The days and pairs.
    public var plan: SitePlan
    /// The zooms of the tiles.
    public var zooms: ClosedRange<Int>
    /// The site's folder.
    public var folder: String
    /// A basemap the viewer draws beneath the tiles, written into the page's configuration.
    public var basemap: Basemap?
    /// Whether the tiles are the style's transparent overlay.
    public var isOverlay: Bool
    /// Worker threads for the tiles.
    public var jobs: Int
    /// Where Leaflet is (the installation's copy of Debian's libjs-leaflet, or libjs-leaflet's own).
    public var leafletDirectory: String

    /// - Parameters: as described on each property.
    public init(
        dataset: Dataset, tiles: TileRenderer, plan: SitePlan, zooms: ClosedRange<Int>, folder: String,
        basemap: Basemap? = nil, isOverlay: Bool = false, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
        leafletDirectory: String = LeafletFiles.defaultDirectory
    ) {
        self.dataset = dataset
        self.tiles = tiles
        self.plan = plan
        self.zooms = zooms
        self.folder = folder
        self.basemap = basemap
        self.isOverlay = isOverlay
        self.jobs = max(1, jobs)
        self.leafletDirectory = leafletDirectory
    }

    /// What a build did.
    public struct Summary: Sendable {
        /// The days the site has maps of.
        public var days: Int
        /// Tiles written as files of their own.
        public var tilesWritten: Int
        /// Tiles stored as hard links to identical tiles.
        public var tilesLinked: Int
        /// Tiles already there.
        public var tilesSkipped: Int
        /// Bytes of the tile files written.
        public var tileBytes: Int
        /// Changes files written, and already there.
        public var changesWritten: Int
        public var changesSkipped: Int
        public var seconds: Double
    }

    /// The manifest the folder must match (or not have yet).
    var manifest: SiteManifest {
        let box = tiles.extent
        return SiteManifest(
            region: dataset.region.id, dataVersion: dataset.region.version, style: tiles.renderer.style.name,
            isOverlay: isOverlay, language: tiles.options.catalog.language, names: tiles.options.names.description,
            bbox: [box.southWest.longitude, box.southWest.latitude, box.northEast.longitude, box.northEast.latitude])
    }

    /// Builds or completes the site.
    /// - Throws: `SiteError`: the folder holds another site, a file cannot be written, Leaflet or the viewer is
    ///   missing, or drawing failed.
    public func build() throws(SiteError) -> Summary {
        let started = Date()
        let logger = Logger(label: "chronomap.site")
        if let existing = SiteManifest.read(in: folder) {
            let differences = manifest.differences(from: existing)
            guard differences.isEmpty else { throw .otherSite(folder: folder, differences: differences) }
        }
        let leaflet: LeafletFiles
        let assets: [String: ViewerFile]
        do {
            leaflet = try LeafletFiles(directory: leafletDirectory)
            assets = try ViewerPage.assets()
        } catch { throw .viewer(error) }
        try writing { () throws(AtomicFile.WriteError) in
            try manifest.write(in: folder)
            for (path, file) in leaflet.files { try AtomicFile.write(file.data, to: "\(folder)/leaflet/\(path)") }
            for (name, file) in assets { try AtomicFile.write(file.data, to: "\(folder)/viewer/\(name)") }
        }

        // The words of the pages and the events first: a catalog that cannot be read stops the site before hours of
        // tiles are drawn, not after.
        let wordings = try eventWordings()
        let pages = try pages()
        let store = TileStore(folder: folder + "/tiles", days: plan.days.map(\.description))
        let skipped = try drawTiles(into: store, logger: logger)
        try writeTimeline(wordings: wordings)
        let (changesWritten, changesSkipped) = try writeChanges(logger: logger)
        try writing { () throws(AtomicFile.WriteError) in
            try AtomicFile.write(Data(pages.index.utf8), to: folder + "/index.html")
            try AtomicFile.write(Data(pages.embed.utf8), to: folder + "/embed.html")
        }

        let counts = store.totals
        return Summary(
            days: plan.days.count, tilesWritten: counts.written, tilesLinked: counts.linked, tilesSkipped: skipped,
            tileBytes: counts.bytes, changesWritten: changesWritten, changesSkipped: changesSkipped,
            seconds: Date().timeIntervalSince(started))
    }

    /// The tiles and legends of every day that misses some, behind one progress bar; returns the tiles already there.
    private func drawTiles(into store: TileStore, logger: Logger) throws(SiteError) -> Int {
        let pyramid = TilePyramid(bbox: tiles.extent, zooms: zooms)
        let allTiles = pyramid.tiles
        var skipped = 0
        var pending: [Day] = []
        for day in plan.days {
            let missingTiles = allTiles.filter { !store.contains($0, on: day.description) }.count
            let missingLegends = zooms.filter { !FileManager.default.fileExists(atPath: legendPath(day, zoom: $0)) }
            skipped += allTiles.count - missingTiles
            if missingTiles > 0 || !missingLegends.isEmpty { pending.append(day) }
        }
        let metatiles = pyramid.metatiles.count
        let progress = ProgressReporter(total: pending.count * metatiles, unit: "metatiles", logger: logger)
        for day in pending {
            let sink = SiteTileSink(store: store, day: day.description)
            let job = TileJob(day: day, pyramid: pyramid, jobs: jobs)
            do {
                let summary = try job.run(with: tiles, into: sink, progress: progress)
                for (zoom, lines) in summary.legends {
                    let document = ViewerJSON.legendDocument(day: day, zoom: zoom, lines: lines)
                    try AtomicFile.write(Data(JSONTextWriter.string(document).utf8), to: legendPath(day, zoom: zoom))
                }
                try sink.finish(TileSetDescription(dataset: dataset, day: day, pyramid: pyramid, scale: 1))
            } catch let error as AtomicFile.WriteError {
                throw .writing(error)
            } catch {
                throw .work("\(day): \(error)")
            }
        }
        progress.finish()
        return skipped
    }

    /// How the events are worded in each language of the viewer.
    private func eventWordings() throws(SiteError) -> [EventWording] {
        do throws(ViewerError) { return try ViewerJSON.eventWordings(for: dataset.region) } catch {
            throw .viewer(error)
        }
    }

    /// `dates.json` and the events of each day.
    private func writeTimeline(wordings: [EventWording]) throws(SiteError) {
        for day in plan.days {
            let snapshot: Snapshot
            do { snapshot = try dataset.snapshot(on: day, eventsWindowDays: tiles.eventsWindowDays) } catch {
                throw .work("\(day): \(error)")
            }
            let document = ViewerJSON.eventsDocument(for: snapshot, wordings: wordings)
            try writing { () throws(AtomicFile.WriteError) in try write(document, to: "events/\(day).json") }
        }
        let dates: JSONValue
        do { dates = try ViewerJSON.datesDocument(for: dataset, days: Set(plan.days)) } catch {
            throw .work("dates.json: \(error)")
        }
        try writing { () throws(AtomicFile.WriteError) in try write(dates, to: "dates.json") }
    }

    /// The changes of every pair of the plan not written yet; returns how many were written and skipped.
    private func writeChanges(logger: Logger) throws(SiteError) -> (Int, Int) {
        let naming = ControllerNaming(region: dataset.region, catalog: tiles.options.catalog)
        var written = 0
        var skipped = 0
        for pair in plan.pairs {
            let path = "\(folder)/changes/\(pair).geojson"
            if FileManager.default.fileExists(atPath: path) {
                skipped += 1
                continue
            }
            let collection: FeatureCollection
            do {
                collection = try ViewerJSON.changes(from: pair.before, to: pair.after, in: dataset, naming: naming)
            } catch { throw .work("changes \(pair): \(error)") }
            try writing { () throws(AtomicFile.WriteError) in
                try AtomicFile.write(GeoJSONWriter().data(for: collection), to: path)
            }
            written += 1
        }
        logger.info("changes: \(written) pairs written, \(skipped) already there")
        return (written, skipped)
    }

    /// `index.html` and `embed.html`, with the site's configuration.
    /// The viewer's page and its embeddable twin.
    private func pages() throws(SiteError) -> (index: String, embed: String) {
        let settings = ViewerSettings(
            mode: .staticSite, range: plan.range, zooms: zooms, extent: tiles.extent,
            language: tiles.options.catalog.language, basemap: basemap, isOverlay: isOverlay,
            changePairs: plan.pairs.map(\.description), siteDays: plan.days)
        let style = tiles.renderer.style
        do throws(ViewerError) {
            return (
                try ViewerPage.indexHTML(dataset: dataset, style: style, settings: settings),
                try ViewerPage.embedHTML(dataset: dataset, style: style, settings: settings)
            )
        } catch {
            throw .viewer(error)
        }
    }

    private func legendPath(_ day: Day, zoom: Int) -> String { "\(folder)/legend/\(day)/\(zoom).json" }

    private func write(_ document: JSONValue, to relativePath: String) throws(AtomicFile.WriteError) {
        try AtomicFile.write(Data(JSONTextWriter.string(document).utf8), to: "\(folder)/\(relativePath)")
    }

    private func writing(_ work: () throws(AtomicFile.WriteError) -> Void) throws(SiteError) {
        do { try work() } catch { throw .writing(error) }
    }
}
