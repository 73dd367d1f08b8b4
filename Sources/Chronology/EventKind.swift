/// The kinds an event may have (the `kind` of a feature of `events.geojson`): the one list the data rules, the
/// wording, the subtitle's choice and the area chart's markers read.
///
/// The cases are in order of significance: when a map's subtitle can name only some of a day's events, it names
/// those nearer the top (an offensive or a ceasefire before a mine incident).
public enum EventKind: String, Sendable, Hashable, CaseIterable {
    case offensive, ceasefire, agreement, handover, capture, decree, declaration, referendum, resolution, flag
    case blockade, closure, checkpoint, crossing, exodus, withdrawal
    case explosion, strike, attack, abduction, clash, mine
    case riot, protest, arrest, aid, strategic

    /// The kind of a `kind` value, or nil when the data rules refuse it.
    public init?(kind: String) { self.init(rawValue: kind) }

    /// The key of the kind's legend wording in the furniture catalogs (`event.mine`).
    public var phraseKey: String { "event." + rawValue }

    /// Lower is more significant: the position in the list.
    public var significance: Int { Self.allCases.firstIndex(of: self)! }

    /// How much the kind explains a chart of who held what: the beginning and end of fighting first, then agreed
    /// transfers of ground and changes of status, then captures; a side's declaration ("says it has taken 60
    /// positions") explains little on its own, and the rest nothing.
    public var chartWeight: Double {
        switch self {
        case .offensive, .ceasefire: 6
        case .handover, .withdrawal, .agreement, .decree: 3
        case .capture, .exodus: 2
        case .declaration, .referendum: 1
        default: 0
        }
    }

    /// The `kind` values of the events layer.
    public static var names: Set<String> { Set(allCases.map(\.rawValue)) }
}
