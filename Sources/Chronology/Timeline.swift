import GeoJSON

/// A day on which something in the data changes, with what changes.
public struct KeyDate: Sendable, Hashable {
    public var day: Day
    public var changes: [Change]
    /// Whether maps can be drawn for the day (it is not before the region's first date).
    public var isDrawable: Bool

    /// One change on a key date.
    public struct Change: Sendable, Hashable {
        /// What happens to the feature on the day.
        public enum Kind: String, Sendable, Hashable {
            /// A feature becomes valid (a zone, a route status).
            case begins
            /// A feature stops being valid.
            case ends
            /// An event happens.
            case happens
            /// A control zone's ground stops changing hands: from this day (the day after its window) it is its
            /// controller's alone.
            case settles
        }

        public var kind: Kind
        public var featureID: String
        public var layer: Layer
        /// A sentence for people: the event's title, or what the feature is.
        public var summary: String
    }
}

extension Dataset {
    /// Every start, end and event date of the data, and every day after a window of ground changing hands, with what
    /// changes on each, oldest first: the days the map changes, for every command that steps through them.
    /// Events before the region's first date are included (marked not drawable): they belong to the timeline.
    public var keyDates: [KeyDate] {
        var changesByDay: [Day: [KeyDate.Change]] = [:]
        for feature in features where feature.layer != .base {
            if feature.layer == .events {
                if let day = feature.eventDate {
                    changesByDay[day, default: []].append(
                        .init(kind: .happens, featureID: feature.id, layer: .events, summary: Self.summary(of: feature))
                    )
                }
                continue
            }
            if let start = feature.validity.start {
                changesByDay[start, default: []].append(
                    .init(
                        kind: .begins, featureID: feature.id, layer: feature.layer, summary: Self.summary(of: feature)))
            }
            if let end = feature.validity.end {
                changesByDay[end, default: []].append(
                    .init(kind: .ends, featureID: feature.id, layer: feature.layer, summary: Self.summary(of: feature)))
            }
            if let settled = feature.changingHandsWindow?.upperBound.adding(days: 1),
                feature.validity.contains(settled)
            {
                changesByDay[settled, default: []].append(
                    .init(
                        kind: .settles, featureID: feature.id, layer: feature.layer, summary: Self.summary(of: feature))
                )
            }
        }
        let order: [KeyDate.Change.Kind: Int] = [.happens: 0, .ends: 1, .begins: 2, .settles: 3]
        return changesByDay.keys.sorted().map { day in
            let changes = changesByDay[day]!.sorted {
                (order[$0.kind]!, $0.layer, $0.featureID) < (order[$1.kind]!, $1.layer, $1.featureID)
            }
            return KeyDate(day: day, changes: changes, isDrawable: day >= region.firstDate)
        }
    }

    /// The text the timeline gives a feature.
    static func summary(of feature: DatedFeature) -> String {
        switch feature.layer {
        case .events:
            var text = feature.string("title") ?? feature.id
            if let time = feature.string("time") { text += " (\(time))" }
            if let claimant = feature.claimedBy {
                text +=
                    " [claimed by \(claimant)"
                    + (feature.deniedBy.isEmpty ? "" : "; denied by \(feature.deniedBy.joined(separator: ", "))") + "]"
            }
            return text
        case .zones:
            if let controller = feature.controller { return "\(controller.id) control zone" }
            return "\(feature.kind) zone"
        case .routes:
            return "\(feature.string("name") ?? feature.id): \(feature.string("status") ?? "?")"
        case .places:
            return "place \(feature.englishName ?? feature.id)"
        case .base:
            return feature.englishName ?? feature.id
        }
    }
}
