import GeoJSON

/// A data set's `region.json`: its names and neutral title, default extent, date range, version, the parties
/// and overlays its maps draw, and the languages its place names come in (docs/data-format.md, "region.json").
public struct Region: Sendable, Hashable {
    /// The data set's slug (`riverland`), used in output file names.
    public var id: String
    /// The region's name, with translations.
    public var name: LocalizedText
    /// The neutral title printed on maps, with translations.
    public var title: LocalizedText
    /// The default map extent.
    public var extent: BoundingBox
    /// The first date maps can be drawn for.
    public var firstDate: Day
    /// The data's version.
    public var version: String
    /// The day the data was last checked.
    public var asOf: Day
    /// Who to credit, with translations.
    public var attribution: LocalizedText
    /// The licence of the data.
    public var licence: String
    /// The languages place names come in (BCP 47 codes), English first when present.
    public var languages: [String]
    /// The region's local time as an offset from UTC (`+04:00`): the zone of events' `time`.
    public var utcOffset: String?
    /// The sides, in legend order.
    public var parties: [Party]
    /// The overlay zone kinds the data set uses, in legend order.
    public var overlays: [OverlayKind]
    /// The area the control zones tile on every date, or nil for the extent's box.
    public var studyArea: Geometry?
    /// The caption of the locator inset ("South Caucasus"), or nil for none.
    public var insetTitle: LocalizedText?

    /// - Parameters: the members of `region.json`, as described on each property.
    public init(
        id: String, name: LocalizedText, title: LocalizedText, extent: BoundingBox, firstDate: Day, version: String,
        asOf: Day, attribution: LocalizedText, licence: String, languages: [String] = ["en"], utcOffset: String? = nil,
        parties: [Party] = [], overlays: [OverlayKind] = [], studyArea: Geometry? = nil,
        insetTitle: LocalizedText? = nil
    ) {
        self.id = id
        self.name = name
        self.title = title
        self.extent = extent
        self.firstDate = firstDate
        self.version = version
        self.asOf = asOf
        self.attribution = attribution
        self.licence = licence
        self.languages = languages
        self.utcOffset = utcOffset
        self.parties = parties
        self.overlays = overlays
        self.studyArea = studyArea
        self.insetTitle = insetTitle
    }

    /// The party with an id.
    public func party(_ id: String) -> Party? { parties.first { $0.id == id } }

    /// The overlay kind of a zone `kind`.
    public func overlay(_ kind: String) -> OverlayKind? { overlays.first { $0.kind == kind } }

    /// Every value a control zone's `controller` may take: the party ids and `contested`.
    public var controllers: [Controller] { parties.map { Controller($0.id) } + [.contested] }
}

extension Region {
    /// The study area as a geometry: `study_area`, or the extent's box.
    public var studyAreaGeometry: Geometry {
        if let studyArea { return studyArea }
        let (west, south) = (extent.southWest.longitude, extent.southWest.latitude)
        let (east, north) = (extent.northEast.longitude, extent.northEast.latitude)
        let ring = [
            Position(longitude: west, latitude: south), Position(longitude: east, latitude: south),
            Position(longitude: east, latitude: north), Position(longitude: west, latitude: north),
            Position(longitude: west, latitude: south),
        ]
        return .polygon(Polygon([ring]))
    }
}
