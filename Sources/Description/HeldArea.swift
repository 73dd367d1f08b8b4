import Localization

/// The area one side held on a day, as a description words it.
public struct HeldArea: Sendable, Hashable {
    /// The side's wording in the description's language (the data set's `name`, or the catalog's "Contested").
    public var name: String
    /// Geodesic area on the WGS84 ellipsoid, km².
    public var squareKilometres: Double
    /// Whether the side holds the rest of a study area whose outer edge no source drew (`labelled: false`): its
    /// total says more about the study area than about the side, and the description says so.
    public var isRemainder: Bool

    /// - Parameters: as described on each property.
    public init(name: String, squareKilometres: Double, isRemainder: Bool = false) {
        self.name = name
        self.squareKilometres = squareKilometres
        self.isRemainder = isRemainder
    }

    /// "Hill Front 984 km²", or "Valley Council forces 1,231 km² (the rest of the study area)".
    public func text(_ catalog: Catalog) -> String {
        let area = catalog.area(squareKilometres: squareKilometres)
        return catalog.text(isRemainder ? .altAreaRemainder : .altAreaItem, ["name": name, "area": area])
    }

    /// The areas joined into one list: "A 3,111 km²; B 12,282 km²".
    public static func list(_ areas: [HeldArea], _ catalog: Catalog) -> String {
        areas.map { $0.text(catalog) }.joined(separator: "; ")
    }
}

/// An event as a description words it: its title, and when it happened and whose claim it is, if that matters.
public struct DescribedEvent: Sendable, Hashable {
    public var title: String
    /// The time of day, or "since 27 Sep" for an event that spans the day; nil when the date says it all.
    public var when: String?
    /// "per X; denied by Y", or nil when no single side makes the claim.
    public var attribution: String?

    /// - Parameters: as described on each property.
    public init(title: String, when: String? = nil, attribution: String? = nil) {
        self.title = title
        self.when = when
        self.attribution = attribution
    }

    /// "Hill Front announces capture of Millford (per the Hill Front; denied by ...)".
    public var text: String {
        let details = [when, attribution].compactMap { $0 }.filter { !$0.isEmpty }
        return details.isEmpty ? title : "\(title) (\(details.joined(separator: "; ")))"
    }

    /// Events joined into one list, the first `limit` of them, then "and N more".
    public static func list(_ events: [DescribedEvent], limit: Int? = nil, _ catalog: Catalog) -> String {
        let shown = limit.map { Array(events.prefix($0)) } ?? events
        var text = shown.map(\.text).joined(separator: "; ")
        if shown.count < events.count {
            text += "; " + catalog.text(.eventsMore, ["count": String(events.count - shown.count)])
        }
        return text
    }
}
