import Chronology
import Foundation
import GeoJSON
import Localization
import Style
import Support

/// The viewer: pages of run-time files (`Resources/Viewer/index.html`, `embed.html`, `viewer.css`, `viewer.js`,
/// `state.js`, `swipe.js`) with Leaflet beside them (so it works with no internet). Only the pages' configuration
/// is generated: the data set's title, dates, version and licence, the zooms and extent, the event kinds' icons,
/// the words of every language, and what ``ViewerSettings`` says differs between the server and a static site.
///
/// Every URL in the pages is relative (`tiles/...`, `viewer/viewer.js`, `leaflet/leaflet.js`), so the same page
/// works at a server's root and in any folder of a static host.
public enum ViewerPage {
    /// The files the pages load from `viewer/`.
    public static let assetNames = ["viewer.js", "state.js", "swipe.js", "viewer.css", "embed.js", "embed.css"]

    /// A file of the viewer's folder (``RunTimeFile/viewer``).
    /// - Throws: `ViewerError.viewerMissing` when the installation lacks it, naming the places tried.
    public static func resource(_ name: String) throws(ViewerError) -> Data {
        let folder: String
        do { folder = try ResourceLocator.current.locate(.viewer) } catch { throw .viewerMissing(error.description) }
        let path = folder + "/" + name
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .viewerMissing("the viewer's \(name) is missing from the installation: \(path)")
        }
        return data
    }

    /// The files under `viewer/`, by name, with their media types.
    /// - Throws: `ViewerError.viewerMissing` when one is not installed.
    public static func assets() throws(ViewerError) -> [String: ViewerFile] {
        var files: [String: ViewerFile] = [:]
        for name in assetNames {
            files[name] = ViewerFile(data: try resource(name), contentType: ViewerFile.contentType(of: name))
        }
        return files
    }

    /// The viewer page (`index.html`), with its configuration.
    /// - Parameters:
    ///   - dataset: the data set (title, dates, version, licence, event kinds, wording).
    ///   - style: the style the tiles are drawn with (the icons of event kinds, the background).
    ///   - settings: what the server or the site offers.
    /// - Throws: `ViewerError.viewerMissing` when the page is not installed or its template is broken.
    public static func indexHTML(dataset: Dataset, style: Style, settings: ViewerSettings) throws(ViewerError) -> String
    {
        try page("index.html", dataset: dataset, style: style, settings: settings)
    }

    /// The embed page (`embed.html`): the iframe snippet to paste, shown for the page's own address and
    /// demonstrated in a frame.
    /// - Parameters: as ``indexHTML(dataset:style:settings:)``.
    /// - Throws: `ViewerError.viewerMissing` when the page is not installed or its template is broken.
    public static func embedHTML(dataset: Dataset, style: Style, settings: ViewerSettings) throws(ViewerError) -> String
    {
        try page("embed.html", dataset: dataset, style: style, settings: settings)
    }

    static func page(
        _ name: String, dataset: Dataset, style: Style, settings: ViewerSettings
    ) throws(ViewerError) -> String {
        let region = dataset.region
        let title = region.title.text(in: settings.language)
        let config: JSONValue, pageCatalog: Catalog
        do {
            config = try configuration(dataset: dataset, style: style, settings: settings)
            pageCatalog = try Catalog(language: settings.language)
        } catch {
            throw .catalog(error)
        }
        let template = HTMLTemplate(String(decoding: try resource(name), as: UTF8.self))
        do {
            return try template.filled(
                text: [
                    "lang": settings.language, "page_title": "\(title) \u{00B7} Chronomap", "title": title,
                    "noscript": pageCatalog.text(.viewerNeedsJavaScript),
                    "content_security_policy": ViewerSecurityPolicy.contentSecurityPolicy(basemap: settings.basemap),
                    "referrer_policy": ViewerSecurityPolicy.referrerPolicy,
                ],
                raw: ["config": HTMLTemplate.scriptSafeJSON(JSONTextWriter.string(config))])
        } catch {
            throw .viewerMissing("the viewer's \(name): \(error.description)")
        }
    }

    /// The page's configuration, the JSON of its `chronomap-config` element.
    static func configuration(
        dataset: Dataset, style: Style, settings: ViewerSettings
    ) throws(CatalogError) -> JSONValue {
        let region = dataset.region
        let eventKinds = orderedEventKinds(in: dataset)
        var symbols = JSONObject()
        for kind in eventKinds {
            let symbol = style.eventSymbols.symbol(for: kind)
            symbols[kind] = ["glyph": .string(symbol.glyph), "color": .string(symbol.color.description)]
        }
        let extent = settings.extent
        let opening: Day
        switch settings.mode {
        case .server:
            let drawable = dataset.keyDates.filter(\.isDrawable).map(\.day)
            opening = drawable.last { $0 <= region.asOf } ?? region.firstDate
        case .staticSite:
            opening = settings.siteDays?.last ?? settings.range.upperBound
        }
        var config: JSONObject = [
            "mode": .string(settings.mode.rawValue),
            "region": .string(region.id),
            "version": .string(region.version),
            "first_date": .string(region.firstDate.description),
            "as_of": .string(region.asOf.description),
            "licence": .string(licenceName(region.licence)),
            "range": [
                "from": .string(settings.range.lowerBound.description),
                "to": .string(settings.range.upperBound.description),
            ],
            "opening_date": .string(opening.description),
            "bounds": .array(
                [
                    extent.southWest.longitude, extent.southWest.latitude, extent.northEast.longitude,
                    extent.northEast.latitude,
                ].map { .number($0) }),
            "min_zoom": .number(Double(settings.zooms.lowerBound)),
            "max_zoom": .number(Double(settings.zooms.upperBound)),
            "background": .string(settings.isOverlay ? "#ecebe6" : style.backgroundColor.description),
            "overlay": .bool(settings.isOverlay),
            "urls": [
                "tiles": .string(settings.tileTemplate), "dates": "dates.json", "events": "events/{date}.json",
                "legend": "legend/{date}/{z}.json", "changes": "changes/{before}_{after}.geojson",
                "page": "index.html", "embed": "embed.html",
            ],
            "change_pairs": settings.changePairs.map { .array($0.map { .string($0) }) } ?? .null,
            "basemap": settings.basemap.map {
                ["url": .string($0.urlTemplate), "attribution": .string($0.attribution)]
            } ?? .null,
            "lang": .string(settings.language),
            "languages": try ViewerWording.document(region: region, eventKinds: eventKinds),
            "symbols": .object(symbols),
        ]
        if let offset = region.utcOffset { config["utc_offset"] = .string(offset) }
        return .object(config)
    }

    /// The kinds of the data's drawable events, in the order they first happen: a legend of what the data holds,
    /// not of every kind the format allows.
    static func orderedEventKinds(in dataset: Dataset) -> [String] {
        var kinds: [String] = []
        let events = dataset.features(in: .events).compactMap { event in event.eventDate.map { (event, $0) } }
            .filter { $0.1 >= dataset.region.firstDate }
        for (event, _) in events.sorted(by: { ($0.1, $0.0.id) < ($1.1, $1.0.id) }) where !kinds.contains(event.kind) {
            kinds.append(event.kind)
        }
        return kinds
    }

    /// A licence's name for the map's attribution line: its text up to the first colon or parenthesis ("CC BY 4.0").
    static func licenceName(_ licence: String) -> String {
        licence.prefix { $0 != ":" && $0 != "(" }.trimmingCharacters(in: .whitespaces)
    }
}
