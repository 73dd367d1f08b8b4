import Chronology
import Import
import Testing

/// The kind table against ACLED's own list of event and sub-event types: the data frame `acled_event_categories`
/// of acledR, ACLED's R package (25 rows), copied here.
@Suite struct ACLEDKindTableTests {
    static let acledCategories: [(String, String)] = [
        ("Battles", "Armed clash"),
        ("Battles", "Government regains territory"),
        ("Battles", "Non-state actor overtakes territory"),
        ("Explosions/Remote violence", "Chemical weapon"),
        ("Explosions/Remote violence", "Air/drone strike"),
        ("Explosions/Remote violence", "Suicide bomb"),
        ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
        ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ("Explosions/Remote violence", "Grenade"),
        ("Protests", "Peaceful protest"),
        ("Protests", "Protest with intervention"),
        ("Protests", "Excessive force against protesters"),
        ("Riots", "Violent demonstration"),
        ("Riots", "Mob violence"),
        ("Strategic developments", "Agreement"),
        ("Strategic developments", "Arrests"),
        ("Strategic developments", "Change to group/activity"),
        ("Strategic developments", "Disrupted weapons use"),
        ("Strategic developments", "Headquarters or base established"),
        ("Strategic developments", "Looting/property destruction"),
        ("Strategic developments", "Non-violent transfer of territory"),
        ("Strategic developments", "Other"),
        ("Violence against civilians", "Sexual violence"),
        ("Violence against civilians", "Attack"),
        ("Violence against civilians", "Abduction/forced disappearance"),
    ]

    @Test func everyACLEDSubEventTypeHasOneKindAndNoOtherIsListed() {
        let listed = ACLEDKindTable.rows.map { "\($0.eventType) / \($0.subEventType)" }
        let official = Self.acledCategories.map { "\($0.0) / \($0.1)" }
        #expect(official.count == 25 && listed.sorted() == official.sorted())
        for (_, subEventType) in Self.acledCategories {
            #expect(ACLEDKindTable.kind(subEventType: subEventType) != nil, "\(subEventType)")
        }
        // Every event type alone has a kind too.
        for eventType in Set(Self.acledCategories.map(\.0)) {
            #expect(ACLEDKindTable.kind(eventType: eventType) != nil, "\(eventType)")
        }
    }

    @Test func theKindsOfSomeSubEventTypes() {
        #expect(ACLEDKindTable.kind(subEventType: "Armed clash") == .clash)
        #expect(ACLEDKindTable.kind(subEventType: "Shelling/artillery/missile attack") == .strike)
        #expect(ACLEDKindTable.kind(subEventType: "Remote explosive/landmine/IED") == .explosion)
        #expect(ACLEDKindTable.kind(subEventType: "Non-violent transfer of territory") == .handover)
        #expect(ACLEDKindTable.kind(subEventType: "Abduction/forced disappearance") == .abduction)
        // The codebook's older spelling, and a sheet's own capitals.
        #expect(ACLEDKindTable.kind(subEventType: "Excessive force against protestors") == .protest)
        #expect(ACLEDKindTable.kind(subEventType: "ARRESTS") == .arrest)
        #expect(ACLEDKindTable.kind(subEventType: "Peaceful march") == nil)
    }
}
