import Chronology

/// Which name a label shows for places the two sides name differently.
public enum NameRule: String, Sendable, Hashable, CaseIterable {
    /// English exonym (`name:en`).
    case en
    /// Azerbaijani (`name:az`), falling back to English.
    case az
    /// Armenian (`name:hy`), falling back to English.
    case hy
    /// English with the other side's English name: "Stepanakert / Khankendi".
    case dual

    /// The label of a place under this rule.
    public func label(for place: DatedFeature) -> String {
        let english = place.string("name:en") ?? place.string("name") ?? place.id
        switch self {
        case .en: return english
        case .az: return place.string("name:az").flatMap { $0.isEmpty || $0 == "—" ? nil : $0 } ?? english
        case .hy: return place.string("name:hy").flatMap { $0.isEmpty || $0 == "—" ? nil : $0 } ?? english
        case .dual:
            if let other = place.string("alt_name:en"), !other.isEmpty, other != english { return "\(english) / \(other)" }
            return english
        }
    }

    /// The sentence the legend gives for the rule.
    public var legendText: String {
        switch self {
        case .en: "Names: English"
        case .az: "Names: Azerbaijani (English where none)"
        case .hy: "Names: Armenian (English where none)"
        case .dual: "Names: English / other side's name"
        }
    }
}
