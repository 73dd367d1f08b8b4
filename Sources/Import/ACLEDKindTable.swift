import Chronology
import Foundation

/// The one table from ACLED's event types to Chronomap's event kinds (docs/events-import.md has it as a table).
///
/// The finer `sub_event_type` decides; `event_type` only when a sheet has no sub-event type. Every one of the 25
/// sub-event types of ACLED's codebook is listed under its event type; the kind names what happened without
/// taking it from one side's wording.
public enum ACLEDKindTable {
    /// ACLED's event types, each with its sub-event types and their kinds, in the codebook's order.
    public static let rows: [(eventType: String, subEventType: String, kind: EventKind)] = [
        ("Battles", "Armed clash", .clash),
        ("Battles", "Government regains territory", .capture),
        ("Battles", "Non-state actor overtakes territory", .capture),
        ("Explosions/Remote violence", "Chemical weapon", .strike),
        ("Explosions/Remote violence", "Air/drone strike", .strike),
        ("Explosions/Remote violence", "Suicide bomb", .explosion),
        ("Explosions/Remote violence", "Shelling/artillery/missile attack", .strike),
        ("Explosions/Remote violence", "Remote explosive/landmine/IED", .explosion),
        ("Explosions/Remote violence", "Grenade", .explosion),
        ("Violence against civilians", "Sexual violence", .attack),
        ("Violence against civilians", "Attack", .attack),
        ("Violence against civilians", "Abduction/forced disappearance", .abduction),
        ("Protests", "Peaceful protest", .protest),
        ("Protests", "Protest with intervention", .protest),
        ("Protests", "Excessive force against protesters", .protest),
        ("Riots", "Violent demonstration", .riot),
        ("Riots", "Mob violence", .riot),
        ("Strategic developments", "Agreement", .agreement),
        ("Strategic developments", "Arrests", .arrest),
        ("Strategic developments", "Change to group/activity", .strategic),
        ("Strategic developments", "Disrupted weapons use", .strategic),
        ("Strategic developments", "Headquarters or base established", .strategic),
        ("Strategic developments", "Looting/property destruction", .strategic),
        ("Strategic developments", "Non-violent transfer of territory", .handover),
        ("Strategic developments", "Other", .strategic),
    ]

    /// The kind of an event type alone, for sheets without sub-event types.
    public static let eventTypes: [(eventType: String, kind: EventKind)] = [
        ("Battles", .clash), ("Explosions/Remote violence", .explosion), ("Violence against civilians", .attack),
        ("Protests", .protest), ("Riots", .riot), ("Strategic developments", .strategic),
    ]

    /// The kind of a sub-event type (ACLED's spelling; case and the codebook's older "protestors" aside).
    public static func kind(subEventType: String) -> EventKind? {
        let wanted = normalized(subEventType)
        return rows.first { normalized($0.subEventType) == wanted }?.kind
    }

    /// The kind of an event type.
    public static func kind(eventType: String) -> EventKind? {
        let wanted = normalized(eventType)
        return eventTypes.first { normalized($0.eventType) == wanted }?.kind
    }

    static func normalized(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(
            of: "protestors", with: "protesters")
    }
}
