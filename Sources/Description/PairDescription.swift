import Localization

/// What a before/after pair shows: two maps on one extent, what changed hands between them (hatched on the
/// later map), and the area each side held on each date.
public struct PairDescription: Sendable, Hashable {
    /// Where the two maps sit.
    public enum Arrangement: Sendable, Hashable {
        /// Side by side: before on the left.
        case sideBySide
        /// Stacked: before on top.
        case stacked
    }

    public var title: String
    /// The two days in the long form.
    public var before: String
    public var after: String
    public var arrangement: Arrangement
    /// Each direction that changed hands with its area: "Valley Council forces → Hill Front: 492 km²".
    public var changes: [String]
    public var areasBefore: [HeldArea]
    public var areasAfter: [HeldArea]
    /// Each map's own description (its long form goes into the pair's long form).
    public var beforeMap: MapDescription
    public var afterMap: MapDescription

    /// - Parameters: as described on each property.
    public init(
        title: String, before: String, after: String, arrangement: Arrangement, changes: [String],
        beforeMap: MapDescription, afterMap: MapDescription
    ) {
        self.title = title
        self.before = before
        self.after = after
        self.arrangement = arrangement
        self.changes = changes
        self.areasBefore = beforeMap.areas
        self.areasAfter = afterMap.areas
        self.beforeMap = beforeMap
        self.afterMap = afterMap
    }

    /// The alt text: the short form says which map is which, what changed hands and the areas after; the long form
    /// adds the areas before and both maps' own long descriptions.
    public func altText(_ catalog: Catalog) -> AltText {
        let sides: (Phrase, Phrase) =
            arrangement == .sideBySide ? (.altSideLeft, .altSideRight) : (.altSideTop, .altSideBottom)
        let opening = catalog.text(
            .altPair,
            [
                "title": title, "before": before, "after": after, "before_side": catalog.text(sides.0),
                "after_side": catalog.text(sides.1),
            ])
        let changed =
            changes.isEmpty
            ? catalog.text(.pairNothingChanged)
            : catalog.text(
                .altPairChanges, ["side": catalog.text(sides.1), "changes": changes.joined(separator: "; ")])
        func held(_ date: String, _ areas: [HeldArea]) -> String {
            areas.isEmpty
                ? catalog.text(.altNoZones)
                : catalog.text(.altAreasOn, ["date": date, "areas": HeldArea.list(areas, catalog)])
        }
        let data = beforeMap.credit.sentence
        let short = Sentences.firstFitting([
            Sentences.join([opening, changed, held(before, areasBefore), held(after, areasAfter), data]),
            Sentences.join([opening, changed, held(after, areasAfter), data]),
        ])
        let beforeLong = beforeMap.altText(catalog).long, afterLong = afterMap.altText(catalog).long
        let long = Sentences.join([
            opening, changed, held(before, areasBefore), held(after, areasAfter),
            catalog.text(.altPairMap, ["side": catalog.text(sides.0), "description": beforeLong]),
            catalog.text(.altPairMap, ["side": catalog.text(sides.1), "description": afterLong]),
        ])
        return AltText(short: short, long: long)
    }
}
