import Chronology
import Foundation
import GeoJSON
import Localization
import Scene
import Style
import Support

/// The viewer: a page of resource files (`Resources/Viewer/index.html`, `viewer.css`, `viewer.js`) with Leaflet
/// from the server (so it works with no internet). Only the page's configuration is generated: the data set's
/// title, dates, version, attribution, the event kinds' icons and the month names of the language.
enum ViewerPage {
    /// A file of the viewer's folder.
    static func resource(_ name: String) throws(TemplateError) -> Data {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Viewer"),
            let data = FileManager.default.contents(atPath: url.path)
        else {
            throw TemplateError(message: "the viewer's \(name) is missing from the installation")
        }
        return data
    }

    /// The page, with its configuration.
    /// - Parameters:
    ///   - dataset: the data set (title, dates, version, attribution, event kinds).
    ///   - style: the style the tiles are drawn with (the icons of event kinds).
    ///   - catalog: the language of the page's dates and words.
    ///   - extent: the area the map opens on.
    ///   - zooms: the zooms the tiles exist at.
    static func html(
        dataset: Dataset, style: Style, catalog: Catalog, extent: BoundingBox, zooms: ClosedRange<Int>
    ) throws(TemplateError) -> String {
        let region = dataset.region
        let drawableDays = dataset.keyDates.filter(\.isDrawable).map(\.day)
        let openingDay = drawableDays.last { $0 <= region.asOf } ?? region.firstDate
        let wording = EventWording(catalog: catalog, region: region)
        var symbols = JSONObject()
        for kind in orderedEventKinds(in: dataset) {
            let symbol = style.eventSymbols.symbol(for: kind)
            symbols[kind] = [
                "glyph": .string(symbol.glyph), "color": .string(symbol.color.description),
                "label": .string(wording.kindLabel(kind)),
            ]
        }
        var config: JSONObject = [
            "title": .string(region.title.text(in: catalog.language)),
            "region": .string(region.id),
            "version": .string(region.version),
            "first_date": .string(region.firstDate.description),
            "as_of": .string(region.asOf.description),
            "opening_date": .string(openingDay.description),
            "bounds": .array(
                [
                    extent.southWest.longitude, extent.southWest.latitude, extent.northEast.longitude,
                    extent.northEast.latitude,
                ].map { .number($0) }),
            "min_zoom": .number(Double(zooms.lowerBound)),
            "max_zoom": .number(Double(zooms.upperBound)),
            "attribution": .string(
                "Chronomap data \(region.version) (as of \(region.asOf)); sources cited per feature; \(licenceName(region.licence))"
            ),
            "symbols": .object(symbols),
            "months": .array((1...12).map { .string(catalog.monthName($0)) }),
        ]
        if let offset = region.utcOffset { config["utc_offset"] = .string(offset) }
        let template = HTMLTemplate(String(decoding: try resource("index.html"), as: UTF8.self))
        return try template.filled(
            text: [
                "lang": catalog.language, "page_title": "\(region.title.text(in: catalog.language)) \u{00B7} Chronomap",
                "title": region.title.text(in: catalog.language), "first_date": region.firstDate.description,
                "opening_date": openingDay.description,
                "version": region.version, "as_of": region.asOf.description,
                "attribution": region.attribution.text(in: catalog.language),
                "licence": region.licence,
            ],
            raw: ["config": HTMLTemplate.scriptSafeJSON(JSONTextWriter.string(.object(config)))])
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
