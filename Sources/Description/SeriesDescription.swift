import Localization

/// What a sequence of maps of one place on several dates shows, described as a whole: an animation (one frame per
/// date) or a grid of small multiples (one panel per date).
public struct SeriesDescription: Sendable, Hashable {
    /// How the maps are shown.
    public enum Form: Sendable, Hashable {
        /// One frame after another, each held for a number of seconds.
        case animation(holdSeconds: Double)
        /// Side by side in rows of `columns` panels.
        case grid(columns: Int)
    }

    /// One map of the sequence.
    public struct Frame: Sendable, Hashable {
        /// The day in the short form of lists ("27 Sep").
        public var shortDate: String
        public var map: MapDescription

        /// - Parameters: as described on each property.
        public init(shortDate: String, map: MapDescription) {
            self.shortDate = shortDate
            self.map = map
        }
    }

    public var title: String
    public var form: Form
    /// The maps, in order; at least one.
    public var frames: [Frame]

    /// - Parameters: as described on each property.
    public init(title: String, form: Form, frames: [Frame]) {
        self.title = title
        self.form = form
        self.frames = frames
    }

    /// The alt text: the short form says what the sequence is, how each side's area went from the first date to
    /// the last and (if they fit) the dates; the long form gives every map's date, areas and events, then the
    /// legend, the extent and the sources once.
    public func altText(_ catalog: Catalog) -> AltText {
        guard let first = frames.first, let last = frames.last else { return AltText(short: title, long: title) }
        var values = [
            "title": title, "count": String(frames.count), "from": first.map.date, "to": last.map.date,
        ]
        let opening: String
        switch form {
        case .animation(let hold):
            values["hold"] = catalog.number(hold, decimals: 2)
            values["total"] = catalog.number(hold * Double(frames.count), decimals: 1)
            opening = catalog.text(.altAnimation, values)
        case .grid(let columns):
            values["columns"] = String(columns)
            opening = catalog.text(.altGrid, values)
        }
        let change = seriesSentence(first: first.map, last: last.map, catalog)
        let dates = catalog.text(.altDates, ["dates": frames.map(\.shortDate).joined(separator: ", ")])
        let data = last.map.credit.sentence
        let short = Sentences.firstFitting([
            Sentences.join([opening, change, dates, data]), Sentences.join([opening, change, data]),
        ])
        var parts = [opening, change]
        for (index, frame) in frames.enumerated() {
            let map = frame.map
            let body = Sentences.join([map.areasSentence(catalog), map.eventsSentence(catalog, limit: nil)])
            parts.append(
                catalog.text(
                    isAnimation ? .altFrame : .altPanel,
                    ["number": String(index + 1), "date": map.date, "description": body]))
        }
        let legendText = last.map.legend.map { "\($0.title): \($0.labels.joined(separator: ", "))" }
            .joined(separator: "; ")
        parts += [
            legendText.isEmpty ? nil : catalog.text(.altLegend, ["groups": legendText]),
            last.map.extentSentence(catalog),
            last.map.namesLine.isEmpty ? nil : Sentences.ending(last.map.namesLine), data, last.map.credit.sources,
        ].compactMap { $0 }
        return AltText(short: short, long: Sentences.join(parts))
    }

    var isAnimation: Bool {
        if case .animation = form { return true }
        return false
    }

    /// "A: 11,904 km² on 27 September 2020, 7,687 km² on 10 November 2020; B: ..." for every side that held
    /// ground on the first or the last date.
    func seriesSentence(first: MapDescription, last: MapDescription, _ catalog: Catalog) -> String? {
        var names: [String] = []
        for area in first.areas + last.areas where !names.contains(area.name) { names.append(area.name) }
        guard !names.isEmpty else { return nil }
        let parts = names.map { name -> String in
            let start = first.areas.first { $0.name == name }, end = last.areas.first { $0.name == name }
            let isRemainder = (start ?? end)?.isRemainder ?? false
            return catalog.text(
                .altSeries,
                [
                    "name": isRemainder ? catalog.text(.altRemainderName, ["name": name]) : name,
                    "start": catalog.area(squareKilometres: start?.squareKilometres ?? 0), "from": first.date,
                    "end": catalog.area(squareKilometres: end?.squareKilometres ?? 0), "to": last.date,
                ])
        }
        return catalog.text(.altAreasHeld, ["areas": parts.joined(separator: "; ")])
    }
}
