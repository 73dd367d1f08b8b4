import Chronology
import GeoJSON
import Localization
import Style

@testable import Scene

/// A made-up region one degree square at the origin, with one party, and the pieces scene steps are built from:
/// frames, layers, features. No bundled data.
enum SceneFixture {
    static let day = try! Day(iso: "2000-05-01")

    static let region = Region(
        id: "fixture", name: LocalizedText("Fixture"), title: LocalizedText("Fixture land"),
        extent: BoundingBox(
            southWest: Position(longitude: 0, latitude: 0), northEast: Position(longitude: 1, latitude: 1)),
        firstDate: try! Day(iso: "2000-01-01"), version: "1", asOf: try! Day(iso: "2001-01-01"),
        attribution: LocalizedText("Fixture sources"), licence: "L",
        parties: [Party(id: "north", name: LocalizedText("Northern forces"))])

    /// The frame of a map of the region; 1600 by 1200 draws symbols and furniture at scale 1.
    static func frame(width: Double = 1600, height: Double = 1200, drawsFurniture: Bool = false) -> MapFrame {
        MapFrame(
            options: SceneOptions(width: width, height: height, drawsFurniture: drawsFurniture),
            extent: region.extent, furniture: .standard)
    }

    /// A bound layer drawing from a data layer.
    static func layer(
        _ id: String, _ source: StyleLayer.Source?, _ symbolizer: Symbolizer, minZoom: Double = 0,
        legend: (LegendGroup, String)? = nil
    ) -> BoundLayer {
        let type: StyleLayer.LayerType =
            switch symbolizer {
            case .background: .background
            case .fill: .fill
            case .line: .line
            case .circle: .circle
            case .icon, .text: .symbol
            }
        let style = StyleLayer(
            id: id, type: type, source: source, minZoom: minZoom, symbolizer: symbolizer,
            legend: legend.map { LegendEntry(label: $0.1, group: $0.0) })
        return BoundLayer(style, id: id, match: nil, symbolizer: symbolizer, legendLabel: legend?.1)
    }

    /// A square polygon from (west, south) with sides of `size` degrees.
    static func square(_ west: Double, _ south: Double, _ size: Double) -> Geometry {
        let ring = [
            Position(longitude: west, latitude: south), Position(longitude: west + size, latitude: south),
            Position(longitude: west + size, latitude: south + size), Position(longitude: west, latitude: south + size),
            Position(longitude: west, latitude: south),
        ]
        return .polygon(Polygon([ring]))
    }

    static func point(_ longitude: Double, _ latitude: Double) -> Geometry {
        .point(Point(Position(longitude: longitude, latitude: latitude)))
    }

    /// A feature valid through the whole of 2000 unless told otherwise (`end` is the first day it is not).
    static func feature(
        _ id: String, _ layer: Layer, _ geometry: Geometry, kind: String = "k", _ properties: JSONObject = [:],
        startUncertainty: UncertainDate? = nil, from start: String = "2000-01-01", until end: String = "2001-01-01"
    ) -> DatedFeature {
        DatedFeature(
            id: id, layer: layer, kind: kind,
            validity: ValidityInterval(start: try! Day(iso: start), end: try! Day(iso: end)),
            feature: Feature(geometry: geometry, properties: properties), startUncertainty: startUncertainty)
    }

    static func selected(_ features: DatedFeature...) -> [SelectedFeature] {
        features.map { SelectedFeature(feature: $0, isRecent: false) }
    }

    static let red = StyleColor(red: 1, green: 0, blue: 0)
    static let blue = StyleColor(red: 0, green: 0, blue: 1)
}
